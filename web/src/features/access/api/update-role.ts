import { useMutation, useQueryClient } from '@tanstack/react-query';
import { roleSchema, type Role, type UpdateRoleRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { accessKeys } from './query-keys';

export function updateRole({ id, ...body }: UpdateRoleRequest & { id: string }): Promise<Role> {
  return api.patch(`/api/roles/${encodeURIComponent(id)}`, roleSchema, body);
}

export function useUpdateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRole,
    // Grants show role names, so the user list is refreshed too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.all }),
  });
}
