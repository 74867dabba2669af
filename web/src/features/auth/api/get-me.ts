import { useQuery } from '@tanstack/react-query';
import { meResponseSchema, type MeResponse } from '@mofan/shared';
import { api, setCsrfToken } from '../../../lib/api-client';
import { authKeys } from './query-keys';

export async function getMe(signal?: AbortSignal): Promise<MeResponse> {
  const me = await api.get('/api/me', meResponseSchema, undefined, signal);
  setCsrfToken(me.csrfToken);
  return me;
}

/** The signed-in user, permissions and grants. A 401 here sends the browser to /login (api client). */
export function useMe() {
  return useQuery({
    queryKey: authKeys.me,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 60_000,
    retry: false,
  });
}
