import { useQuery } from '@tanstack/react-query';
import { orgNodePageSchema, type MeResponse } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { officeOutputKeys } from './query-keys';

/**
 * The node the page opens on: the scope of the user's first office.write grant, or for a
 * system-wide grant the first top node they see (the city).
 */
export async function getDefaultOfficeNodeId(me: MeResponse, signal?: AbortSignal): Promise<string | null> {
  const grant = me.grants.find((g) => g.permissions.includes('office.write') && g.scopeNodeId);
  if (grant?.scopeNodeId) return grant.scopeNodeId;
  const page = await api.get('/api/org/nodes', orgNodePageSchema, { roots: 'true', tree: 'admin', pageSize: 1 }, signal);
  return page.items[0]?.id ?? null;
}

export function useDefaultOfficeNodeId(me: MeResponse, enabled: boolean) {
  return useQuery({
    queryKey: officeOutputKeys.defaultNode(me.id),
    queryFn: ({ signal }) => getDefaultOfficeNodeId(me, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}
