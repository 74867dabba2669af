import { useQuery } from '@tanstack/react-query';
import { effectiveCatalogueSchema, type EffectiveCatalogueView } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { localisationKeys } from './query-keys';

export type EffectiveRequirementView = EffectiveCatalogueView['requirements'][number];
export type RequirementChangeView = EffectiveRequirementView['changes'][number];

export function getEffectiveCatalogue(nodeId: string, signal?: AbortSignal): Promise<EffectiveCatalogueView> {
  return api.get('/api/catalogue/effective', effectiveCatalogueSchema, { nodeId }, signal);
}

/** The requirements as they bind a node, with every change made from the top down to it. */
export function useEffectiveCatalogue(nodeId: string | undefined) {
  return useQuery({
    queryKey: localisationKeys.effective(nodeId ?? ''),
    queryFn: ({ signal }) => getEffectiveCatalogue(nodeId ?? '', signal),
    enabled: !!nodeId,
  });
}
