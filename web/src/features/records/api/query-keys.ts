import type { RecordListQuery } from '@mofan/shared';

/** Filters of the ledger list, as the API names them. */
export type RecordFilters = Partial<Pick<RecordListQuery, 'nodeId' | 'personId' | 'kind' | 'from' | 'to'>>;

export interface RecordPageQuery extends RecordFilters {
  page: number;
  pageSize: number;
}

export const recordKeys = {
  all: ['records'] as const,
  lists: ['records', 'list'] as const,
  list: (query: RecordPageQuery) => ['records', 'list', query] as const,
  detail: (id: string) => ['records', 'detail', id] as const,
};

/** A record changes compliance everywhere: overviews, grids, duties and the header's reminders are recomputed from the ledger. */
export const complianceKeyRoot = ['compliance'] as const;
