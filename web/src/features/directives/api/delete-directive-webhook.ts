import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { directiveKeys } from './query-keys';

export function deleteDirectiveWebhook(): Promise<void> {
  return api.delete('/api/directives/webhook');
}

export function useDeleteDirectiveWebhook() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteDirectiveWebhook, onSuccess: () => queryClient.invalidateQueries({ queryKey: directiveKeys.webhook }) });
}
