import { directiveDetailSchema, type DirectiveDetail, type DirectiveRejectRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 审核退回: back to 办理 with the reason. */
export function rejectDirective({ id, ...body }: DirectiveRejectRequest & { id: string }): Promise<DirectiveDetail> {
  return api.post(`/api/directives/${encodeURIComponent(id)}/reject`, directiveDetailSchema, body);
}
