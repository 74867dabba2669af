import { useQuery } from '@tanstack/react-query';
import { unitOverviewSchema, type UnitOverview } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { complianceKeys } from './query-keys';

export function getUnitOverview(unitId: string, year: number, signal?: AbortSignal): Promise<UnitOverview> {
  return api.get(`/api/compliance/units/${encodeURIComponent(unitId)}`, unitOverviewSchema, { year }, signal);
}

export function useUnitOverview(unitId: string | undefined, year: number) {
  return useQuery({
    queryKey: complianceKeys.overview(unitId ?? '', year),
    queryFn: ({ signal }) => getUnitOverview(unitId ?? '', year, signal),
    enabled: !!unitId,
  });
}
