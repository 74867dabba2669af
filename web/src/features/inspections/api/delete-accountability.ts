import { useMutation, useQueryClient } from '@tanstack/react-query';
import { problemDetailSchema, type ProblemDetail } from '@mofan/shared';
import { request } from '../../../lib/api-client';
import { afterSupervisionChange } from './query-keys';

/** Removes a 问责 recorded by mistake. */
export function deleteAccountability({ problemId, accountabilityId }: { problemId: string; accountabilityId: string }): Promise<ProblemDetail> {
  return request(`/api/problems/${encodeURIComponent(problemId)}/accountabilities/${encodeURIComponent(accountabilityId)}`, problemDetailSchema, { method: 'DELETE' });
}

export function useDeleteAccountability() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteAccountability, onSuccess: () => afterSupervisionChange(queryClient) });
}
