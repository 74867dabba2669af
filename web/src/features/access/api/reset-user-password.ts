import { useMutation, useQueryClient } from '@tanstack/react-query';
import { resetPasswordResponseSchema } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { accessKeys } from './query-keys';

/** Replaces the password with a one-time one; the user must change it at next login. */
export function resetUserPassword(id: string) {
  return api.post(`/api/users/${encodeURIComponent(id)}/reset-password`, resetPasswordResponseSchema);
}

export function useResetUserPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetUserPassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.users }),
  });
}
