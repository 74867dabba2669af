import { useQuery } from '@tanstack/react-query';
import { problemDetailSchema, type ProblemDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { supervisionKeys } from './query-keys';

/** The problem with its repeats, its 整改 (history and light included) and its 问责. */
export function getProblem(id: string, signal?: AbortSignal): Promise<ProblemDetail> {
  return api.get(`/api/problems/${encodeURIComponent(id)}`, problemDetailSchema, undefined, signal);
}

export function useProblem(id: string) {
  return useQuery({ queryKey: supervisionKeys.problem(id), queryFn: ({ signal }) => getProblem(id, signal) });
}
