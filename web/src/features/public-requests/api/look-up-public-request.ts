import { useQuery } from '@tanstack/react-query';
import { publicLookupSchema, type PublicLookup } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { publicRequestKeys } from './query-keys';

/** The progress a lookup code shows, without an account. */
export function lookUpPublicRequest(code: string, signal?: AbortSignal): Promise<PublicLookup> {
  return api.get(`/api/public/requests/${encodeURIComponent(code)}`, publicLookupSchema, undefined, signal);
}

/** Asked once per code typed: a miss or the rate limit is an answer, not something to retry. */
export function usePublicLookup(code: string | null) {
  return useQuery({
    queryKey: publicRequestKeys.lookup(code ?? ''),
    queryFn: ({ signal }) => lookUpPublicRequest(code ?? '', signal),
    enabled: !!code,
    retry: false,
    refetchOnWindowFocus: false,
  });
}
