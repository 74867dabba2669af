import type { QueryClient } from '@tanstack/react-query';
import { complianceKeyRoot, localisationKeyRoot, programmeKeys } from './query-keys';

/** After any change to an own requirement: the lists, what the node is bound by, and the overviews. */
export function invalidateAfterOwnRequirementChange(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
    queryClient.invalidateQueries({ queryKey: localisationKeyRoot }),
    queryClient.invalidateQueries({ queryKey: complianceKeyRoot }),
  ]);
}
