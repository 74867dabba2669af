import { useMutation, useQueryClient } from '@tanstack/react-query';
import { directiveDetailSchema, type DirectiveDetail, type DirectiveExtensionRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterDirectiveChange } from './query-keys';

/** 申请延期: at most 15 working days after 立项, decided by the supervisor. */
export function requestDirectiveExtension({ id, ...body }: DirectiveExtensionRequest & { id: string }): Promise<DirectiveDetail> {
  return api.post(`/api/directives/${encodeURIComponent(id)}/extensions`, directiveDetailSchema, body);
}

export function useRequestDirectiveExtension() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: requestDirectiveExtension, onSuccess: (d) => afterDirectiveChange(queryClient, d) });
}
