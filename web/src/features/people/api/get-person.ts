import { useQuery } from '@tanstack/react-query';
import { personDetailSchema, type PersonDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { peopleKeys } from './query-keys';

export function getPerson(id: string, signal?: AbortSignal): Promise<PersonDetail> {
  return api.get(`/api/people/${encodeURIComponent(id)}`, personDetailSchema, undefined, signal);
}

export function usePerson(id: string) {
  return useQuery({ queryKey: peopleKeys.detail(id), queryFn: ({ signal }) => getPerson(id, signal) });
}
