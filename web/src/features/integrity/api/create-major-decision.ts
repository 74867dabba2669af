import { useMutation, useQueryClient } from '@tanstack/react-query';
import { majorDecisionSchema, type CreateMajorDecisionRequest, type MajorDecision } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { integrityKeys } from './query-keys';

export function createMajorDecision(body: CreateMajorDecisionRequest): Promise<MajorDecision> {
  return api.post('/api/integrity/decisions', majorDecisionSchema, body);
}

export function useCreateMajorDecision() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createMajorDecision, onSuccess: () => queryClient.invalidateQueries({ queryKey: integrityKeys.decisions }) });
}
