import { useQuery } from '@tanstack/react-query';
import { ownRequirementSchema, type OwnRequirementView } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { programmeKeys } from './query-keys';

const listSchema = ownRequirementSchema.array();

/** The items the node itself added (those of the levels above show in its effective catalogue). */
export function listOwnRequirements(nodeId: string, signal?: AbortSignal): Promise<OwnRequirementView[]> {
  return api.get('/api/programmes/own-requirements', listSchema, { nodeId }, signal);
}

export function useOwnRequirements(nodeId: string | undefined) {
  return useQuery({
    queryKey: programmeKeys.ownRequirements(nodeId ?? ''),
    queryFn: ({ signal }) => listOwnRequirements(nodeId ?? '', signal),
    enabled: !!nodeId,
  });
}
