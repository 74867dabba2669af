import { rectificationDetailSchema, type RectificationTextRequest, type RectificationDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 提交整改完成情况: waits for the inspector's verification. */
export function submitRectification({ id, ...body }: RectificationTextRequest & { id: string }): Promise<RectificationDetail> {
  return api.post(`/api/rectifications/${encodeURIComponent(id)}/submit`, rectificationDetailSchema, body);
}
