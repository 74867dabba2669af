import { useMutation, useQueryClient } from '@tanstack/react-query';
import { officeOutputSchema, type OfficeOutput, type UpdateOfficeOutputRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { officeOutputKeys } from './query-keys';

export function updateOfficeOutput({ id, ...body }: UpdateOfficeOutputRequest & { id: string }): Promise<OfficeOutput> {
  return api.patch(`/api/office-outputs/${encodeURIComponent(id)}`, officeOutputSchema, body);
}

export function useUpdateOfficeOutput() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOfficeOutput,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: officeOutputKeys.lists }), queryClient.invalidateQueries({ queryKey: officeOutputKeys.monthlyAll })]),
  });
}
