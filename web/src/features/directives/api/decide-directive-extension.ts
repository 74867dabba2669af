import { useMutation, useQueryClient } from '@tanstack/react-query';
import { directiveDetailSchema, type DirectiveDetail, type DirectiveExtensionDecisionRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterDirectiveChange } from './query-keys';

export interface DirectiveExtensionDecision extends DirectiveExtensionDecisionRequest {
  id: string;
  extensionId: string;
  approve: boolean;
}

/** 批准延期 or 不予延期 (the latter with a note). */
export function decideDirectiveExtension({ id, extensionId, approve, ...body }: DirectiveExtensionDecision): Promise<DirectiveDetail> {
  const verb = approve ? 'approve' : 'reject';
  return api.post(`/api/directives/${encodeURIComponent(id)}/extensions/${encodeURIComponent(extensionId)}/${verb}`, directiveDetailSchema, body);
}

export function useDecideDirectiveExtension() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: decideDirectiveExtension, onSuccess: (d) => afterDirectiveChange(queryClient, d) });
}
