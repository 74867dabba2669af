import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userSchema, type User } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { accessKeys } from './query-keys';

/** Lifts a lock set after too many wrong passwords, before it would expire by itself. */
export function unlockUser(id: string): Promise<User> {
  return api.post(`/api/users/${encodeURIComponent(id)}/unlock`, userSchema);
}

export function useUnlockUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlockUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.users }),
  });
}
