import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { afterSupervisionChange } from './query-keys';

/** Only a problem not yet handed over for 整改. */
export function deleteProblem(id: string): Promise<void> {
  return api.delete(`/api/problems/${encodeURIComponent(id)}`);
}

export function useDeleteProblem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteProblem, onSuccess: () => afterSupervisionChange(queryClient) });
}
