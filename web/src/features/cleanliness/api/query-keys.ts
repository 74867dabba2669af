import type { QueryClient } from '@tanstack/react-query';
import type { CleanlinessCheck } from '@mofan/shared';

export const cleanlinessKeys = {
  all: ['cleanliness'] as const,
  sheets: ['cleanliness', 'sheet'] as const,
  sheet: (nodeId: string, includeInactive: boolean) => ['cleanliness', 'sheet', nodeId, includeInactive] as const,
  checks: (unitId: string, year: number) => ['cleanliness', 'checks', unitId, year] as const,
  check: (id: string) => ['cleanliness', 'check', id] as const,
  history: (departmentId: string, year: number) => ['cleanliness', 'history', departmentId, year] as const,
};

/** A step on a check answers with the check: show it at once, then refresh the lists and histories it moves. */
export function afterCheckChange(queryClient: QueryClient, check: CleanlinessCheck): Promise<void> {
  queryClient.setQueryData(cleanlinessKeys.check(check.id), check);
  return queryClient.invalidateQueries({
    queryKey: cleanlinessKeys.all,
    predicate: (q) => q.queryKey[1] === 'checks' || q.queryKey[1] === 'history',
  });
}
