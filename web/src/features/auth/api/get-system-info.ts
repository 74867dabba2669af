import { useQuery } from '@tanstack/react-query';
import { systemInfoResponseSchema, type SystemInfo } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { authKeys } from './query-keys';

export function getSystemInfo(signal?: AbortSignal): Promise<SystemInfo> {
  return api.get('/api/system/info', systemInfoResponseSchema, undefined, signal);
}

/** Public: the system name, whether this is a demo, and the password policy. */
export function useSystemInfo() {
  return useQuery({
    queryKey: authKeys.systemInfo,
    queryFn: ({ signal }) => getSystemInfo(signal),
    staleTime: Infinity,
  });
}
