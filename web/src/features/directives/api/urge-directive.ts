import { directiveDetailSchema, type DirectiveDetail, type DirectiveUrgeRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 催办: in the handlers' reminders until they answer. */
export function urgeDirective({ id, ...body }: DirectiveUrgeRequest & { id: string }): Promise<DirectiveDetail> {
  return api.post(`/api/directives/${encodeURIComponent(id)}/urge`, directiveDetailSchema, body);
}
