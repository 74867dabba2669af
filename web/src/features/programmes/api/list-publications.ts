import { useQuery } from '@tanstack/react-query';
import { programmePublicationsSchema, type ProgrammePublications } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { programmeKeys } from './query-keys';

export type PublicationView = ProgrammePublications['publications'][number];
export type UnitStatusView = PublicationView['units'][number];

/** The programmes published at the node or above it, with the adoption status of each unit under the node. */
export function listPublications(nodeId: string, signal?: AbortSignal): Promise<ProgrammePublications> {
  return api.get('/api/programmes/publications', programmePublicationsSchema, { nodeId }, signal);
}

export function usePublications(nodeId: string | undefined) {
  return useQuery({
    queryKey: programmeKeys.publications(nodeId ?? ''),
    queryFn: ({ signal }) => listPublications(nodeId ?? '', signal),
    enabled: !!nodeId,
  });
}
