import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { personPageSchema, type PersonPage } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { peopleKeys, type PeoplePageQuery } from './query-keys';

export function getPeople(query: PeoplePageQuery, signal?: AbortSignal): Promise<PersonPage> {
  return api.get('/api/people', personPageSchema, { ...query }, signal);
}

/** One page, sliced by the server. The previous page stays on screen while the next one loads. */
export function usePeople(query: PeoplePageQuery) {
  return useQuery({
    queryKey: peopleKeys.list(query),
    queryFn: ({ signal }) => getPeople(query, signal),
    placeholderData: keepPreviousData,
  });
}
