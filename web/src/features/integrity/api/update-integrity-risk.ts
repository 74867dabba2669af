import { useMutation, useQueryClient } from '@tanstack/react-query';
import { integrityRiskSchema, type IntegrityRisk, type UpdateIntegrityRiskRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { integrityKeys } from './query-keys';

export function updateIntegrityRisk({ id, ...body }: UpdateIntegrityRiskRequest & { id: string }): Promise<IntegrityRisk> {
  return api.patch(`/api/integrity/risks/${encodeURIComponent(id)}`, integrityRiskSchema, body);
}

export function useUpdateIntegrityRisk() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateIntegrityRisk, onSuccess: () => queryClient.invalidateQueries({ queryKey: integrityKeys.risks }) });
}
