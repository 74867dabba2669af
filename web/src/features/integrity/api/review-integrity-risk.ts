import { useMutation, useQueryClient } from '@tanstack/react-query';
import { integrityRiskSchema, type IntegrityRisk, type IntegrityRiskReviewRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { integrityKeys } from './query-keys';

/** The yearly review of a risk point. */
export function reviewIntegrityRisk({ id, ...body }: IntegrityRiskReviewRequest & { id: string }): Promise<IntegrityRisk> {
  return api.post(`/api/integrity/risks/${encodeURIComponent(id)}/review`, integrityRiskSchema, body);
}

export function useReviewIntegrityRisk() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reviewIntegrityRisk, onSuccess: () => queryClient.invalidateQueries({ queryKey: integrityKeys.risks }) });
}
