import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { officeOutputKeys } from './query-keys';

export function deleteOfficeOutput(id: string): Promise<void> {
  return api.delete(`/api/office-outputs/${encodeURIComponent(id)}`);
}

export function useDeleteOfficeOutput() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteOfficeOutput,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: officeOutputKeys.lists }), queryClient.invalidateQueries({ queryKey: officeOutputKeys.monthlyAll })]),
  });
}
