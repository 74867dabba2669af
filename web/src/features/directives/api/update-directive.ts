import { useMutation, useQueryClient } from '@tanstack/react-query';
import { directiveDetailSchema, type DirectiveDetail, type UpdateDirectiveRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterDirectiveChange } from './query-keys';

/** Changes the registration before 交办; the server computes the limit again. */
export function updateDirective({ id, ...body }: UpdateDirectiveRequest & { id: string }): Promise<DirectiveDetail> {
  return api.patch(`/api/directives/${encodeURIComponent(id)}`, directiveDetailSchema, body);
}

export function useUpdateDirective() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateDirective, onSuccess: (d) => afterDirectiveChange(queryClient, d) });
}
