import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meResponseSchema, type LoginRequest, type MeResponse } from '@mofan/shared';
import { request, setCsrfToken } from '../../../lib/api-client';
import { authKeys } from './query-keys';

export async function login(body: LoginRequest): Promise<MeResponse> {
  // A 401 here means a wrong password, not an expired session: no redirect.
  const me = await request('/api/auth/login', meResponseSchema, { method: 'POST', body, skipAuthRedirect: true });
  setCsrfToken(me.csrfToken);
  return me;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // Whatever was cached belonged to the previous session and its data scope.
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, me);
    },
  });
}
