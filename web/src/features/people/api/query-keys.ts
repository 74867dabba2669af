import type { PersonListQuery } from '@mofan/shared';

/** Filters of the people list, as the API names them. */
export type PeopleFilters = Partial<Pick<PersonListQuery, 'q' | 'nodeId' | 'politicalStatus' | 'role' | 'status'>>;

export interface PeoplePageQuery extends PeopleFilters {
  page: number;
  pageSize: number;
}

export const peopleKeys = {
  all: ['people'] as const,
  lists: ['people', 'list'] as const,
  list: (query: PeoplePageQuery) => ['people', 'list', query] as const,
  detail: (id: string) => ['people', 'detail', id] as const,
  exemptions: (personId: string) => ['people', 'exemptions', personId] as const,
};
