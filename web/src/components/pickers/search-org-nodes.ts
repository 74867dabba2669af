import { useQuery } from '@tanstack/react-query';
import {
  orgNodeDetailSchema,
  orgNodePageSchema,
  type OrgNode,
  type OrgNodeDetail,
  type OrgNodeKind,
  type OrgTree,
  treeOfKind,
} from '@mofan/shared';
import { api } from '../../lib/api-client';

export interface OrgNodeSearch {
  q: string;
  kinds?: readonly OrgNodeKind[];
  tree?: OrgTree;
  unitId?: string | null;
  pageSize?: number;
}

/**
 * The list endpoint filters by one kind only. For several kinds (a 支部书记 may sit in a 机关党委,
 * a 党总支 or a 支部) it asks for their tree and keeps the wanted kinds here.
 */
export async function searchOrgNodes(search: OrgNodeSearch, signal?: AbortSignal): Promise<OrgNode[]> {
  const kinds = search.kinds ?? [];
  const single = kinds.length === 1 ? kinds[0] : undefined;
  const trees = new Set(kinds.map(treeOfKind));
  const tree = search.tree ?? (trees.size === 1 ? [...trees][0] : undefined);
  const page = await api.get(
    '/api/org/nodes',
    orgNodePageSchema,
    { q: search.q.trim(), kind: single, tree, unitId: search.unitId, pageSize: search.pageSize ?? 50 },
    signal,
  );
  return kinds.length > 1 ? page.items.filter((n) => kinds.includes(n.kind)) : page.items;
}

export function useOrgNodeSearch(search: OrgNodeSearch, enabled: boolean) {
  return useQuery({
    queryKey: ['pickers', 'org-nodes', search],
    queryFn: ({ signal }) => searchOrgNodes(search, signal),
    enabled,
    staleTime: 30_000,
  });
}

/** The label of a value the picker has not listed yet (a filter restored from the address bar). */
export function useOrgNodeForLabel(id: string | null | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['pickers', 'org-node', id],
    queryFn: ({ signal }): Promise<OrgNodeDetail> => api.get(`/api/org/nodes/${id ?? ''}`, orgNodeDetailSchema, undefined, signal),
    enabled: enabled && !!id,
    staleTime: 5 * 60_000,
  });
}
