import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { complianceKeys } from '../../compliance/api/query-keys';
import { peopleKeys } from './query-keys';

export function deleteExemption({ personId, id }: { personId: string; id: string }): Promise<void> {
  return api.delete(`/api/people/${encodeURIComponent(personId)}/exemptions/${encodeURIComponent(id)}`);
}

export function useDeleteExemption() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteExemption,
    onSuccess: (_, { personId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: peopleKeys.exemptions(personId) }),
        queryClient.invalidateQueries({ queryKey: complianceKeys.all }),
      ]),
  });
}
