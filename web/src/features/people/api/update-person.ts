import { useMutation, useQueryClient } from '@tanstack/react-query';
import { personDetailSchema, type PersonDetail, type UpdatePersonRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { peopleKeys } from './query-keys';

export function updatePerson({ id, ...body }: UpdatePersonRequest & { id: string }): Promise<PersonDetail> {
  return api.patch(`/api/people/${encodeURIComponent(id)}`, personDetailSchema, body);
}

export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePerson,
    onSuccess: (person) => {
      queryClient.setQueryData(peopleKeys.detail(person.id), person);
      return queryClient.invalidateQueries({ queryKey: peopleKeys.all });
    },
  });
}
