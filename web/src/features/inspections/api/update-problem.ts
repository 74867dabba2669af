import { useMutation, useQueryClient } from '@tanstack/react-query';
import { problemDetailSchema, type ProblemDetail, type UpdateProblemRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterSupervisionChange } from './query-keys';

/** Until its 整改 is accepted. */
export function updateProblem({ id, ...body }: UpdateProblemRequest & { id: string }): Promise<ProblemDetail> {
  return api.patch(`/api/problems/${encodeURIComponent(id)}`, problemDetailSchema, body);
}

export function useUpdateProblem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateProblem, onSuccess: () => afterSupervisionChange(queryClient) });
}
