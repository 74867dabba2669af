import type { QueryClient } from '@tanstack/react-query';
import type { InspectionListQuery, ProblemListQuery, RectificationListQuery } from '@mofan/shared';

/** Filters of each list, as the API names them. */
export type InspectionFilters = Partial<Omit<InspectionListQuery, 'page' | 'pageSize'>>;
export type ProblemFilters = Partial<Omit<ProblemListQuery, 'page' | 'pageSize'>>;
export type RectificationFilters = Partial<Omit<RectificationListQuery, 'page' | 'pageSize'>>;

export interface Paged {
  page: number;
  pageSize: number;
}

export const supervisionKeys = {
  all: ['supervision'] as const,
  inspectionList: (query: InspectionFilters & Paged) => ['supervision', 'inspections', 'list', query] as const,
  inspection: (id: string) => ['supervision', 'inspections', 'detail', id] as const,
  problemList: (query: ProblemFilters & Paged) => ['supervision', 'problems', 'list', query] as const,
  problem: (id: string) => ['supervision', 'problems', 'detail', id] as const,
  rectificationList: (query: RectificationFilters & Paged) => ['supervision', 'rectifications', 'list', query] as const,
};

/**
 * A check, its problems and their 整改 hang together: a 整改 step closes the problem, a completed
 * check publishes its problems, a new problem flags the earlier ones as repeats. Any write reloads
 * them all.
 */
export function afterSupervisionChange(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: supervisionKeys.all });
}
