import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createUserResponseSchema, type CreateUserRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { accessKeys } from './query-keys';

/** Answers with the account and, when no password was given, a one-time password shown only now. */
export function createUser(body: CreateUserRequest) {
  return api.post('/api/users', createUserResponseSchema, body);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.users }),
  });
}
