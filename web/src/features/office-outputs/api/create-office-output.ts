import { useMutation, useQueryClient } from '@tanstack/react-query';
import { officeOutputSchema, type CreateOfficeOutputRequest, type OfficeOutput } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { officeOutputKeys } from './query-keys';

export function createOfficeOutput(body: CreateOfficeOutputRequest): Promise<OfficeOutput> {
  return api.post('/api/office-outputs', officeOutputSchema, body);
}

export function useCreateOfficeOutput() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOfficeOutput,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: officeOutputKeys.lists }), queryClient.invalidateQueries({ queryKey: officeOutputKeys.monthlyAll })]),
  });
}
