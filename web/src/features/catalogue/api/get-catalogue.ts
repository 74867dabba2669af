import { useQuery } from '@tanstack/react-query';
import { catalogueResponseSchema, type CatalogueResponse } from '@mofan/shared';
import { api } from '../../../lib/api-client';

export type ActivityKindInfo = CatalogueResponse['activityKinds'][number];
export type RequirementInfo = CatalogueResponse['requirements'][number];
export type ProgrammeInfo = CatalogueResponse['programmes'][number];

export function getCatalogue(signal?: AbortSignal): Promise<CatalogueResponse> {
  return api.get('/api/catalogue', catalogueResponseSchema, undefined, signal);
}

/** Seed data that changes only with a release: fetched once per session. */
export function useCatalogue() {
  return useQuery({ queryKey: ['catalogue'], queryFn: ({ signal }) => getCatalogue(signal), staleTime: Infinity, gcTime: Infinity });
}

/** Kind id → label; unknown ids (a kind retired since the record was made) show as themselves. */
export function useKindLabels(): (kind: string) => string {
  const catalogue = useCatalogue();
  const labels = new Map(catalogue.data?.activityKinds.map((k) => [k.id, k.label]));
  return (kind) => labels.get(kind) ?? kind;
}
