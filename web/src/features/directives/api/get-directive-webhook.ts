import { useQuery } from '@tanstack/react-query';
import { directiveWebhookSchema, type DirectiveWebhookView } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { directiveKeys } from './query-keys';

export function getDirectiveWebhook(signal?: AbortSignal): Promise<DirectiveWebhookView> {
  return api.get('/api/directives/webhook', directiveWebhookSchema, undefined, signal);
}

export function useDirectiveWebhook() {
  return useQuery({ queryKey: directiveKeys.webhook, queryFn: ({ signal }) => getDirectiveWebhook(signal) });
}
