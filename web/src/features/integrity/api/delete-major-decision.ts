import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { integrityKeys } from './query-keys';

export function deleteMajorDecision(id: string): Promise<void> {
  return api.delete(`/api/integrity/decisions/${encodeURIComponent(id)}`);
}

export function useDeleteMajorDecision() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteMajorDecision, onSuccess: () => queryClient.invalidateQueries({ queryKey: integrityKeys.decisions }) });
}
