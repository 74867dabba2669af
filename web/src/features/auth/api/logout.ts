import { useMutation } from '@tanstack/react-query';
import { okResponseSchema } from '@mofan/shared';
import { api, setCsrfToken } from '../../../lib/api-client';

export async function logout(): Promise<void> {
  try {
    await api.post('/api/auth/logout', okResponseSchema);
  } finally {
    setCsrfToken(null);
  }
}

/** The caller navigates to /login and then clears the cache, so no page refetches on the way out. */
export function useLogout() {
  return useMutation({ mutationFn: logout });
}
