import { useQuery } from '@tanstack/react-query';
import { cleanlinessSheetSchema, type CleanlinessSheet } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { cleanlinessKeys } from './query-keys';

/** The sheet in force at a node: its own items and those its 工委 set; with the own switched-off ones for the editor. */
export function getCleanlinessSheet(nodeId: string, includeInactive: boolean, signal?: AbortSignal): Promise<CleanlinessSheet> {
  return api.get('/api/cleanliness/sheet', cleanlinessSheetSchema, { nodeId, includeInactive: includeInactive ? 'true' : undefined }, signal);
}

export function useCleanlinessSheet(nodeId: string | undefined, includeInactive: boolean) {
  return useQuery({
    queryKey: cleanlinessKeys.sheet(nodeId ?? '', includeInactive),
    queryFn: ({ signal }) => getCleanlinessSheet(nodeId ?? '', includeInactive, signal),
    enabled: !!nodeId,
  });
}
