import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { cityOverviewSchema, type CityOverview, type ProgrammeCode } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { complianceKeys } from './query-keys';

export interface CityOverviewQuery {
  year: number;
  programme: ProgrammeCode;
  /** A city or 县区: only the units under it; omitted, every unit the user may read. */
  nodeId?: string;
}

export function getCityOverview(q: CityOverviewQuery, signal?: AbortSignal): Promise<CityOverview> {
  return api.get('/api/compliance/city', cityOverviewSchema, { year: q.year, programme: q.programme, nodeId: q.nodeId }, signal);
}

export function useCityOverview(q: CityOverviewQuery) {
  // The previous grid stays while another programme or year loads, so the page does not jump.
  return useQuery({ queryKey: complianceKeys.city(q), queryFn: ({ signal }) => getCityOverview(q, signal), placeholderData: keepPreviousData });
}
