import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { integrityKeys } from './query-keys';

export function deleteIntegrityRisk(id: string): Promise<void> {
  return api.delete(`/api/integrity/risks/${encodeURIComponent(id)}`);
}

export function useDeleteIntegrityRisk() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteIntegrityRisk, onSuccess: () => queryClient.invalidateQueries({ queryKey: integrityKeys.risks }) });
}
