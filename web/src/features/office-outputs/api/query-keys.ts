import type { OfficeOutputListQuery } from '@mofan/shared';

/** Filters of the 精文减会 list, as the API names them. */
export type OfficeOutputFilters = Partial<Pick<OfficeOutputListQuery, 'nodeId' | 'kind' | 'from' | 'to' | 'q'>>;

export interface OfficeOutputPageQuery extends OfficeOutputFilters {
  page: number;
  pageSize: number;
}

export const officeOutputKeys = {
  all: ['office-outputs'] as const,
  lists: ['office-outputs', 'list'] as const,
  list: (query: OfficeOutputPageQuery) => ['office-outputs', 'list', query] as const,
  monthlyAll: ['office-outputs', 'monthly'] as const,
  monthly: (nodeId: string, year: number) => ['office-outputs', 'monthly', nodeId, year] as const,
};
