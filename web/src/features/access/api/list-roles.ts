import { useQuery } from '@tanstack/react-query';
import { roleSchema, type Role } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { accessKeys } from './query-keys';

const roleListSchema = roleSchema.array();

export function getRoles(signal?: AbortSignal): Promise<Role[]> {
  return api.get('/api/roles', roleListSchema, undefined, signal);
}

export function useRoles() {
  return useQuery({ queryKey: accessKeys.roles, queryFn: ({ signal }) => getRoles(signal) });
}
