import { useMutation, useQueryClient } from '@tanstack/react-query';
import { roleSchema, type CreateRoleRequest, type Role } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { accessKeys } from './query-keys';

export function createRole(body: CreateRoleRequest): Promise<Role> {
  return api.post('/api/roles', roleSchema, body);
}

export function useCreateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.roles }),
  });
}
