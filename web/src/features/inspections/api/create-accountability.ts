import { useMutation, useQueryClient } from '@tanstack/react-query';
import { problemDetailSchema, type CreateAccountabilityRequest, type ProblemDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterSupervisionChange } from './query-keys';

/** 问责: the consequence of a problem with its basis. */
export function createAccountability({ problemId, ...body }: CreateAccountabilityRequest & { problemId: string }): Promise<ProblemDetail> {
  return api.post(`/api/problems/${encodeURIComponent(problemId)}/accountabilities`, problemDetailSchema, body);
}

export function useCreateAccountability() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createAccountability, onSuccess: () => afterSupervisionChange(queryClient) });
}
