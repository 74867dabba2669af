import { useQuery } from '@tanstack/react-query';
import { inspectionDetailSchema, type InspectionDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { supervisionKeys } from './query-keys';

export function getInspection(id: string, signal?: AbortSignal): Promise<InspectionDetail> {
  return api.get(`/api/inspections/${encodeURIComponent(id)}`, inspectionDetailSchema, undefined, signal);
}

export function useInspection(id: string) {
  return useQuery({ queryKey: supervisionKeys.inspection(id), queryFn: ({ signal }) => getInspection(id, signal) });
}
