import { useQuery } from '@tanstack/react-query';
import { orgNodePageSchema, type OrgNodePage, type OrgTree } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { orgKeys, TREE_PAGE_SIZE } from './query-keys';

/** The top nodes of the user's visible scope: the city for a city admin, their unit for a unit admin. */
export function getOrgRoots(tree: OrgTree, signal?: AbortSignal): Promise<OrgNodePage> {
  return api.get('/api/org/nodes', orgNodePageSchema, { tree, roots: 'true', pageSize: TREE_PAGE_SIZE }, signal);
}

export function useOrgRoots(tree: OrgTree) {
  return useQuery({ queryKey: orgKeys.roots(tree), queryFn: ({ signal }) => getOrgRoots(tree, signal) });
}
