import { directiveDetailSchema, type DirectiveDetail, type DirectiveCompleteRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 办结: the 承办 reports the result for review. */
export function completeDirective({ id, ...body }: DirectiveCompleteRequest & { id: string }): Promise<DirectiveDetail> {
  return api.post(`/api/directives/${encodeURIComponent(id)}/complete`, directiveDetailSchema, body);
}
