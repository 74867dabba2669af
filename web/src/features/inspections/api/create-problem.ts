import { useMutation, useQueryClient } from '@tanstack/react-query';
import { problemDetailSchema, type CreateProblemRequest, type ProblemDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterSupervisionChange } from './query-keys';

/** 登记问题, found by a check or on its own; the answer carries the repeat flags. */
export function createProblem(body: CreateProblemRequest): Promise<ProblemDetail> {
  return api.post('/api/problems', problemDetailSchema, body);
}

export function useCreateProblem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createProblem, onSuccess: () => afterSupervisionChange(queryClient) });
}
