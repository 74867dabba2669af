import { useMutation, useQueryClient } from '@tanstack/react-query';
import { personDetailSchema, type CreatePersonRequest, type PersonDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { peopleKeys } from './query-keys';

export function createPerson(body: CreatePersonRequest): Promise<PersonDetail> {
  return api.post('/api/people', personDetailSchema, body);
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: (person) => {
      queryClient.setQueryData(peopleKeys.detail(person.id), person);
      return queryClient.invalidateQueries({ queryKey: peopleKeys.all });
    },
  });
}
