import { useQuery } from '@tanstack/react-query';
import { branchGridSchema, type BranchGrid } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { complianceKeys } from './query-keys';

export function getBranchGrid(unitId: string, year: number, signal?: AbortSignal): Promise<BranchGrid> {
  return api.get(`/api/compliance/units/${encodeURIComponent(unitId)}/branch-grid`, branchGridSchema, { year }, signal);
}

export function useBranchGrid(unitId: string | undefined, year: number, enabled: boolean) {
  return useQuery({
    queryKey: complianceKeys.branchGrid(unitId ?? '', year),
    queryFn: ({ signal }) => getBranchGrid(unitId ?? '', year, signal),
    enabled: enabled && !!unitId,
  });
}
