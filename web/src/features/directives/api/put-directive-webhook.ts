import { useMutation, useQueryClient } from '@tanstack/react-query';
import { directiveWebhookSchema, type DirectiveWebhookRequest, type DirectiveWebhookView } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { directiveKeys } from './query-keys';

export function putDirectiveWebhook(body: DirectiveWebhookRequest): Promise<DirectiveWebhookView> {
  return api.put('/api/directives/webhook', directiveWebhookSchema, body);
}

export function usePutDirectiveWebhook() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: putDirectiveWebhook, onSuccess: (view) => queryClient.setQueryData(directiveKeys.webhook, view) });
}
