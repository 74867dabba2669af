import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { peopleKeys } from './query-keys';

export function deletePerson(id: string): Promise<void> {
  return api.delete(`/api/people/${encodeURIComponent(id)}`);
}

export function useDeletePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePerson,
    // Lists only: the deleted person's own page is being left and must not refetch into a 404.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.lists }),
  });
}
