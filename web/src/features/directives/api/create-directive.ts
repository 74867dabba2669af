import { useMutation, useQueryClient } from '@tanstack/react-query';
import { directiveDetailSchema, type CreateDirectiveRequest, type DirectiveDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterDirectiveChange } from './query-keys';

/** 立项: the server computes the time limit from the source, urgency and calendar. */
export function createDirective(body: CreateDirectiveRequest): Promise<DirectiveDetail> {
  return api.post('/api/directives', directiveDetailSchema, body);
}

export function useCreateDirective() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createDirective, onSuccess: (d) => afterDirectiveChange(queryClient, d) });
}
