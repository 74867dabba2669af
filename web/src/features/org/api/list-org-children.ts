import { queryOptions } from '@tanstack/react-query';
import { orgNodePageSchema, type OrgNodePage } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { orgKeys, TREE_PAGE_SIZE } from './query-keys';

export function getOrgChildren(parentId: string, signal?: AbortSignal): Promise<OrgNodePage> {
  return api.get('/api/org/nodes', orgNodePageSchema, { parentId, pageSize: TREE_PAGE_SIZE }, signal);
}

/** Shared by the tree's loadData (ensureQueryData) and its useQueries, so both read one cache entry. */
export function orgChildrenQuery(parentId: string) {
  return queryOptions({
    queryKey: orgKeys.children(parentId),
    queryFn: ({ signal }) => getOrgChildren(parentId, signal),
  });
}
