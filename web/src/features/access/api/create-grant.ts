import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userSchema, type CreateGrantRequest, type User } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { accessKeys } from './query-keys';

/** A role within a data scope: an org node and everything under it, or null for everything. */
export function createGrant({ userId, ...body }: CreateGrantRequest & { userId: string }): Promise<User> {
  return api.post(`/api/users/${encodeURIComponent(userId)}/grants`, userSchema, body);
}

export function useCreateGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createGrant,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.users }),
  });
}
