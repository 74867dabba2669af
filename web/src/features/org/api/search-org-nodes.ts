import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { orgNodePageSchema, type OrgNodePage, type OrgTree } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { orgKeys } from './query-keys';

export const ORG_SEARCH_PAGE_SIZE = 50;

export function searchOrgNodes(tree: OrgTree, q: string, signal?: AbortSignal): Promise<OrgNodePage> {
  return api.get('/api/org/nodes', orgNodePageSchema, { tree, q, pageSize: ORG_SEARCH_PAGE_SIZE }, signal);
}

export function useOrgNodeSearch(tree: OrgTree, q: string) {
  return useQuery({
    queryKey: orgKeys.search(tree, q),
    queryFn: ({ signal }) => searchOrgNodes(tree, q, signal),
    enabled: q.trim() !== '',
    placeholderData: keepPreviousData,
  });
}
