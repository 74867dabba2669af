import type { QueryClient } from '@tanstack/react-query';
import type { PublicRequestDetail, PublicRequestListQuery } from '@mofan/shared';

/** Filters of the 群众诉求 list, as the API names them. */
export type PublicRequestFilters = Partial<Omit<PublicRequestListQuery, 'page' | 'pageSize'>>;

export interface PublicRequestPageQuery extends PublicRequestFilters {
  page: number;
  pageSize: number;
}

export const publicRequestKeys = {
  all: ['public-requests'] as const,
  lists: ['public-requests', 'list'] as const,
  list: (query: PublicRequestPageQuery) => ['public-requests', 'list', query] as const,
  detail: (id: string) => ['public-requests', 'detail', id] as const,
  lookup: (code: string) => ['public-lookup', code] as const,
};

/** A step answers with the request itself: show it at once, then refresh the lists its status moved in. */
export function afterPublicRequestChange(queryClient: QueryClient, request: PublicRequestDetail): Promise<void> {
  queryClient.setQueryData(publicRequestKeys.detail(request.id), request);
  return queryClient.invalidateQueries({ queryKey: publicRequestKeys.lists });
}
