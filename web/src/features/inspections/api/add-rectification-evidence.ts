import { rectificationDetailSchema, type RectificationTextRequest, type RectificationDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 提交整改佐证: a written account; photos are never required. */
export function addRectificationEvidence({ id, ...body }: RectificationTextRequest & { id: string }): Promise<RectificationDetail> {
  return api.post(`/api/rectifications/${encodeURIComponent(id)}/evidence`, rectificationDetailSchema, body);
}
