import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { majorDecisionPageSchema, type MajorDecisionPage } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { integrityKeys, type MajorDecisionFilters } from './query-keys';

export function listMajorDecisions(query: MajorDecisionFilters & { page: number; pageSize: number }, signal?: AbortSignal): Promise<MajorDecisionPage> {
  return api.get('/api/integrity/decisions', majorDecisionPageSchema, { ...query }, signal);
}

export function useMajorDecisions(query: MajorDecisionFilters & { page: number; pageSize: number }) {
  return useQuery({ queryKey: integrityKeys.decisionList(query), queryFn: ({ signal }) => listMajorDecisions(query, signal), placeholderData: keepPreviousData });
}
