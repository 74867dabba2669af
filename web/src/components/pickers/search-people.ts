import { useQuery } from '@tanstack/react-query';
import { personDetailSchema, personPageSchema, type Person } from '@mofan/shared';
import { api } from '../../lib/api-client';

export async function searchPeople(q: string, signal?: AbortSignal): Promise<Person[]> {
  const page = await api.get('/api/people', personPageSchema, { q: q.trim(), pageSize: 20 }, signal);
  return page.items;
}

export function usePeopleSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['pickers', 'people', q],
    queryFn: ({ signal }) => searchPeople(q, signal),
    enabled,
    staleTime: 30_000,
  });
}

export function usePersonForLabel(id: string | null | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['pickers', 'person', id],
    queryFn: ({ signal }): Promise<Person> => api.get(`/api/people/${id ?? ''}`, personDetailSchema, undefined, signal),
    enabled: enabled && !!id,
    staleTime: 5 * 60_000,
  });
}
