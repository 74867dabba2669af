import { useQuery } from '@tanstack/react-query';
import { officeOutputMonthlySchema, type OfficeOutputMonthly } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { officeOutputKeys } from './query-keys';

export function getOfficeOutputMonthly(nodeId: string, year: number, signal?: AbortSignal): Promise<OfficeOutputMonthly> {
  return api.get('/api/office-outputs/monthly', officeOutputMonthlySchema, { nodeId, year }, signal);
}

export function useOfficeOutputMonthly(nodeId: string | undefined, year: number, enabled: boolean) {
  return useQuery({
    queryKey: officeOutputKeys.monthly(nodeId ?? '', year),
    queryFn: ({ signal }) => getOfficeOutputMonthly(nodeId ?? '', year, signal),
    enabled: enabled && !!nodeId,
  });
}
