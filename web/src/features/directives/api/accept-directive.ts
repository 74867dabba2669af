import { directiveDetailSchema, type DirectiveDetail, type DirectiveStepRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 审核通过: 销号. */
export function acceptDirective({ id, ...body }: DirectiveStepRequest & { id: string }): Promise<DirectiveDetail> {
  return api.post(`/api/directives/${encodeURIComponent(id)}/accept`, directiveDetailSchema, body);
}
