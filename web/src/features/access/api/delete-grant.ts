import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userSchema, type User } from '@mofan/shared';
import { request } from '../../../lib/api-client';
import { accessKeys } from './query-keys';

export function deleteGrant({ userId, grantId }: { userId: string; grantId: string }): Promise<User> {
  return request(`/api/users/${encodeURIComponent(userId)}/grants/${encodeURIComponent(grantId)}`, userSchema, {
    method: 'DELETE',
  });
}

export function useDeleteGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteGrant,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.users }),
  });
}
