import { useQuery } from '@tanstack/react-query';
import { guidanceLocalisationsSchema, type GuidanceLocalisations } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { taskKeys } from './query-keys';

/** Per unit below the 工委: what became of each item of its guidance. */
export function getLocalisations(guidanceId: string, signal?: AbortSignal): Promise<GuidanceLocalisations> {
  return api.get(`/api/task-plans/${encodeURIComponent(guidanceId)}/localisations`, guidanceLocalisationsSchema, undefined, signal);
}

export function useLocalisations(guidanceId: string, enabled: boolean) {
  return useQuery({ queryKey: taskKeys.localisations(guidanceId), queryFn: ({ signal }) => getLocalisations(guidanceId, signal), enabled });
}
