import { useQuery } from '@tanstack/react-query';
import { exemptionListSchema, type Exemption } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { peopleKeys } from './query-keys';

export function listExemptions(personId: string, signal?: AbortSignal): Promise<Exemption[]> {
  return api.get(`/api/people/${encodeURIComponent(personId)}/exemptions`, exemptionListSchema, undefined, signal);
}

export function useExemptions(personId: string) {
  return useQuery({ queryKey: peopleKeys.exemptions(personId), queryFn: ({ signal }) => listExemptions(personId, signal) });
}
