import { directiveDetailSchema, type DirectiveDetail, type DirectiveStepRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 交办: the 承办 and 协办 see it from now on. */
export function assignDirective({ id, ...body }: DirectiveStepRequest & { id: string }): Promise<DirectiveDetail> {
  return api.post(`/api/directives/${encodeURIComponent(id)}/assign`, directiveDetailSchema, body);
}
