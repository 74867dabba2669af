import { useMutation, useQueryClient } from '@tanstack/react-query';
import { majorDecisionSchema, type MajorDecision, type UpdateMajorDecisionRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { integrityKeys } from './query-keys';

export function updateMajorDecision({ id, ...body }: UpdateMajorDecisionRequest & { id: string }): Promise<MajorDecision> {
  return api.patch(`/api/integrity/decisions/${encodeURIComponent(id)}`, majorDecisionSchema, body);
}

export function useUpdateMajorDecision() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateMajorDecision, onSuccess: () => queryClient.invalidateQueries({ queryKey: integrityKeys.decisions }) });
}
