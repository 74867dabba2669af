import { useQuery } from '@tanstack/react-query';
import { orgNodePageSchema, type MeResponse, type Permission } from '@mofan/shared';
import { api } from './api-client';

/**
 * The node a page about one permission opens on: the scope of the user's first grant carrying it,
 * or for a system-wide grant the first top node they see (the city).
 */
export async function getDefaultNodeId(me: MeResponse, permission: Permission, signal?: AbortSignal): Promise<string | null> {
  const grant = me.grants.find((g) => g.permissions.includes(permission) && g.scopeNodeId);
  if (grant?.scopeNodeId) return grant.scopeNodeId;
  const page = await api.get('/api/org/nodes', orgNodePageSchema, { roots: 'true', tree: 'admin', pageSize: 1 }, signal);
  return page.items[0]?.id ?? null;
}

export function useDefaultNodeId(me: MeResponse, permission: Permission, enabled: boolean) {
  return useQuery({
    queryKey: ['default-node', me.id, permission],
    queryFn: ({ signal }) => getDefaultNodeId(me, permission, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}
