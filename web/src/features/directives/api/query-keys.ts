import type { QueryClient } from '@tanstack/react-query';
import type { DirectiveBoardQuery, DirectiveDetail, DirectiveListQuery } from '@mofan/shared';

/** Filters of the directive list, as the API names them. */
export type DirectiveFilters = Partial<Omit<DirectiveListQuery, 'page' | 'pageSize'>>;

export interface DirectivePageQuery extends DirectiveFilters {
  page: number;
  pageSize: number;
}

export type DirectiveBoardFilters = Partial<DirectiveBoardQuery>;

export const directiveKeys = {
  all: ['directives'] as const,
  lists: ['directives', 'list'] as const,
  list: (query: DirectivePageQuery) => ['directives', 'list', query] as const,
  board: (query: DirectiveBoardFilters) => ['directives', 'board', query] as const,
  reminders: ['directives', 'reminders'] as const,
  detail: (id: string) => ['directives', 'detail', id] as const,
  webhook: ['directives', 'webhook'] as const,
};

/**
 * A step answers with the directive itself: show it at once, then refresh lists, the board and the
 * reminders, whose lights and counts the step may have moved.
 */
export function afterDirectiveChange(queryClient: QueryClient, directive: DirectiveDetail): Promise<void> {
  queryClient.setQueryData(directiveKeys.detail(directive.id), directive);
  return queryClient.invalidateQueries({
    queryKey: directiveKeys.all,
    predicate: (q) => !(q.queryKey[1] === 'detail' && q.queryKey[2] === directive.id) && q.queryKey[1] !== 'webhook',
  });
}
