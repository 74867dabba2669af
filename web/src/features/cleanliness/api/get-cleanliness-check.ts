import { useQuery } from '@tanstack/react-query';
import { cleanlinessCheckSchema, type CleanlinessCheck } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { cleanlinessKeys } from './query-keys';

export function getCleanlinessCheck(id: string, signal?: AbortSignal): Promise<CleanlinessCheck> {
  return api.get(`/api/cleanliness/checks/${encodeURIComponent(id)}`, cleanlinessCheckSchema, undefined, signal);
}

export function useCleanlinessCheck(id: string | undefined) {
  return useQuery({ queryKey: cleanlinessKeys.check(id ?? ''), queryFn: ({ signal }) => getCleanlinessCheck(id ?? '', signal), enabled: !!id });
}
