import { useQuery } from '@tanstack/react-query';
import { orgNodeDetailSchema, orgNodePageSchema, type MeResponse } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/**
 * The unit an overview opens on: the first unit in the user's scope, or else the unit of a node
 * they read records at (a 支部书记's branch lies inside a unit they do not cover as a whole).
 */
export async function getDefaultUnitId(me: MeResponse, signal?: AbortSignal): Promise<string | null> {
  const page = await api.get('/api/org/nodes', orgNodePageSchema, { kind: 'unit', pageSize: 1 }, signal);
  const first = page.items[0];
  if (first) return first.id;
  const grant = me.grants.find((g) => g.scopeNodeId && g.permissions.includes('records.read'));
  if (!grant?.scopeNodeId) return null;
  const node = await api.get(`/api/org/nodes/${encodeURIComponent(grant.scopeNodeId)}`, orgNodeDetailSchema, undefined, signal);
  return node.kind === 'unit' ? node.id : node.unitId;
}

export function useDefaultUnitId(me: MeResponse, enabled: boolean) {
  return useQuery({
    queryKey: ['compliance', 'default-unit', me.id],
    queryFn: ({ signal }) => getDefaultUnitId(me, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}
