import { rectificationDetailSchema, type RectificationEscalateRequest, type RectificationDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 逾期转督办: an overdue 整改 becomes a directive, once. */
export function escalateRectification({ id, ...body }: RectificationEscalateRequest & { id: string }): Promise<RectificationDetail> {
  return api.post(`/api/rectifications/${encodeURIComponent(id)}/escalate`, rectificationDetailSchema, body);
}
