import { rectificationDetailSchema, type RectificationReopenRequest, type RectificationDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 核验退回: back to 整改中 with the reason. */
export function reopenRectification({ id, ...body }: RectificationReopenRequest & { id: string }): Promise<RectificationDetail> {
  return api.post(`/api/rectifications/${encodeURIComponent(id)}/reopen`, rectificationDetailSchema, body);
}
