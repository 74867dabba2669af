import { useQuery } from '@tanstack/react-query';
import { directiveRemindersSchema, type DirectiveReminders } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { directiveKeys } from './query-keys';

export function getDirectiveReminders(signal?: AbortSignal): Promise<DirectiveReminders> {
  return api.get('/api/directives/reminders', directiveRemindersSchema, undefined, signal);
}

export function useDirectiveReminders(enabled = true) {
  return useQuery({ queryKey: directiveKeys.reminders, queryFn: ({ signal }) => getDirectiveReminders(signal), enabled });
}
