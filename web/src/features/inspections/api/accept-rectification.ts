import { rectificationDetailSchema, type RectificationAcceptRequest, type RectificationDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 核验通过: the 整改 and its problem are 销号. */
export function acceptRectification({ id, ...body }: RectificationAcceptRequest & { id: string }): Promise<RectificationDetail> {
  return api.post(`/api/rectifications/${encodeURIComponent(id)}/accept`, rectificationDetailSchema, body);
}
