import { rectificationDetailSchema, type RectificationTextRequest, type RectificationDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 报告整改进展 (the responsible side). */
export function reportRectificationProgress({ id, ...body }: RectificationTextRequest & { id: string }): Promise<RectificationDetail> {
  return api.post(`/api/rectifications/${encodeURIComponent(id)}/progress`, rectificationDetailSchema, body);
}
