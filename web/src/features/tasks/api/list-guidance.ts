import { useQuery } from '@tanstack/react-query';
import { guidanceForUnitListSchema, type GuidanceForUnit } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { taskKeys } from './query-keys';

/** The 重点任务指引 the 工委s above a unit issued to it, with the unit's own list made from each. */
export function listGuidance(unitId: string, signal?: AbortSignal): Promise<GuidanceForUnit[]> {
  return api.get('/api/task-guidance', guidanceForUnitListSchema, { unitId }, signal);
}

export function useGuidanceForUnit(unitId: string | undefined) {
  return useQuery({ queryKey: taskKeys.guidance(unitId ?? ''), queryFn: ({ signal }) => listGuidance(unitId ?? '', signal), enabled: !!unitId });
}
