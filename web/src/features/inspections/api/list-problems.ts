import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { problemPageSchema, type ProblemPage } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { supervisionKeys, type Paged, type ProblemFilters } from './query-keys';

export function getProblems(query: ProblemFilters & Paged, signal?: AbortSignal): Promise<ProblemPage> {
  return api.get('/api/problems', problemPageSchema, { ...query }, signal);
}

export function useProblems(query: ProblemFilters & Paged, enabled = true) {
  return useQuery({ queryKey: supervisionKeys.problemList(query), queryFn: ({ signal }) => getProblems(query, signal), placeholderData: keepPreviousData, enabled });
}
