import { useQuery } from '@tanstack/react-query';
import { cleanlinessHistorySchema, type CleanlinessHistory } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { cleanlinessKeys } from './query-keys';

/** A 科室's published results month by month, for its 平时考核. */
export function getCleanlinessHistory(departmentId: string, year: number, signal?: AbortSignal): Promise<CleanlinessHistory> {
  return api.get(`/api/cleanliness/departments/${encodeURIComponent(departmentId)}/history`, cleanlinessHistorySchema, { year }, signal);
}

export function useCleanlinessHistory(departmentId: string | undefined, year: number) {
  return useQuery({
    queryKey: cleanlinessKeys.history(departmentId ?? '', year),
    queryFn: ({ signal }) => getCleanlinessHistory(departmentId ?? '', year, signal),
    enabled: !!departmentId,
  });
}
