import { directiveDetailSchema, type DirectiveDetail, type DirectiveStepRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 签收 by the 承办. */
export function signDirective({ id, ...body }: DirectiveStepRequest & { id: string }): Promise<DirectiveDetail> {
  return api.post(`/api/directives/${encodeURIComponent(id)}/sign`, directiveDetailSchema, body);
}
