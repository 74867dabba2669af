import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meResponseSchema, type ChangePasswordRequest, type MeResponse } from '@mofan/shared';
import { api, setCsrfToken } from '../../../lib/api-client';
import { authKeys } from './query-keys';

export async function changePassword(body: ChangePasswordRequest): Promise<MeResponse> {
  const me = await api.post('/api/auth/change-password', meResponseSchema, body);
  setCsrfToken(me.csrfToken);
  return me;
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (me) => queryClient.setQueryData(authKeys.me, me),
  });
}
