import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userSchema, type UpdateUserRequest, type User } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { accessKeys } from './query-keys';

/** Display name and 停用/启用. */
export function updateUser({ id, ...body }: UpdateUserRequest & { id: string }): Promise<User> {
  return api.patch(`/api/users/${encodeURIComponent(id)}`, userSchema, body);
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.users }),
  });
}
