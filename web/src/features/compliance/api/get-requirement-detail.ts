import { useQuery } from '@tanstack/react-query';
import { requirementDetailSchema, type RequirementDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { complianceKeys } from './query-keys';

export interface RequirementDetailQuery {
  unitId: string;
  requirementId: string;
  year: number;
  period: string;
}

export function getRequirementDetail(q: RequirementDetailQuery, signal?: AbortSignal): Promise<RequirementDetail> {
  return api.get(
    `/api/compliance/units/${encodeURIComponent(q.unitId)}/requirements/${encodeURIComponent(q.requirementId)}`,
    requirementDetailSchema,
    { year: q.year, period: q.period },
    signal,
  );
}

export function useRequirementDetail(q: RequirementDetailQuery | null) {
  return useQuery({
    queryKey: complianceKeys.detail(q?.unitId ?? '', q?.requirementId ?? '', q?.year ?? 0, q?.period ?? ''),
    queryFn: ({ signal }) => getRequirementDetail(q!, signal),
    enabled: !!q,
  });
}
