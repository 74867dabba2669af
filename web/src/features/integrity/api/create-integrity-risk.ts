import { useMutation, useQueryClient } from '@tanstack/react-query';
import { integrityRiskSchema, type CreateIntegrityRiskRequest, type IntegrityRisk } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { integrityKeys } from './query-keys';

export function createIntegrityRisk(body: CreateIntegrityRiskRequest): Promise<IntegrityRisk> {
  return api.post('/api/integrity/risks', integrityRiskSchema, body);
}

export function useCreateIntegrityRisk() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createIntegrityRisk, onSuccess: () => queryClient.invalidateQueries({ queryKey: integrityKeys.risks }) });
}
