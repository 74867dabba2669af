import { useQuery } from '@tanstack/react-query';
import { complianceWarningsSchema, type ComplianceWarnings } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { complianceKeys } from './query-keys';

/** What concerns the signed-in user; empty lists for a user with nothing to look after. */
export function getWarnings(signal?: AbortSignal): Promise<ComplianceWarnings> {
  return api.get('/api/compliance/warnings', complianceWarningsSchema, undefined, signal);
}

export function useWarnings() {
  // The bell sits on every page: fresh enough for five minutes, and again when the user comes back
  // to the tab (a record may have been entered at another desk). Saving a record here invalidates it.
  return useQuery({
    queryKey: complianceKeys.warnings,
    queryFn: ({ signal }) => getWarnings(signal),
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: true,
  });
}
