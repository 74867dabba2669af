import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { inspectionPageSchema, type InspectionPage } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { supervisionKeys, type InspectionFilters, type Paged } from './query-keys';

export function getInspections(query: InspectionFilters & Paged, signal?: AbortSignal): Promise<InspectionPage> {
  return api.get('/api/inspections', inspectionPageSchema, { ...query }, signal);
}

export function useInspections(query: InspectionFilters & Paged) {
  return useQuery({ queryKey: supervisionKeys.inspectionList(query), queryFn: ({ signal }) => getInspections(query, signal), placeholderData: keepPreviousData });
}
