import { useQuery } from '@tanstack/react-query';
import { cleanlinessCheckListSchema, type CleanlinessCheckSummary } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { cleanlinessKeys } from './query-keys';

export function listCleanlinessChecks(unitId: string, year: number, signal?: AbortSignal): Promise<CleanlinessCheckSummary[]> {
  return api.get('/api/cleanliness/checks', cleanlinessCheckListSchema, { unitId, year }, signal);
}

export function useCleanlinessChecks(unitId: string | undefined, year: number) {
  return useQuery({ queryKey: cleanlinessKeys.checks(unitId ?? '', year), queryFn: ({ signal }) => listCleanlinessChecks(unitId ?? '', year, signal), enabled: !!unitId });
}
