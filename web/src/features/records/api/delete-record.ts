import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { complianceKeyRoot, recordKeys } from './query-keys';

export function deleteRecord(id: string): Promise<void> {
  return api.delete(`/api/records/${encodeURIComponent(id)}`);
}

export function useDeleteRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteRecord,
    // Lists only: the deleted record's own page is being left and must not refetch into a 404.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: recordKeys.lists }),
        queryClient.invalidateQueries({ queryKey: complianceKeyRoot }),
      ]),
  });
}
