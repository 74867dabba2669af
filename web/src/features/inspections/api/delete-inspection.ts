import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { afterSupervisionChange } from './query-keys';

/** Only a plan without problems registered. */
export function deleteInspection(id: string): Promise<void> {
  return api.delete(`/api/inspections/${encodeURIComponent(id)}`);
}

export function useDeleteInspection() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteInspection, onSuccess: () => afterSupervisionChange(queryClient) });
}
