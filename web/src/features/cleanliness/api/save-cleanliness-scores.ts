import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cleanlinessCheckSchema, type CleanlinessCheck, type SaveCleanlinessScoresRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterCheckChange } from './query-keys';

/** 一评比: one drawn 科室's points, item by item. */
export function saveCleanlinessScores({ id, departmentId, ...body }: SaveCleanlinessScoresRequest & { id: string; departmentId: string }): Promise<CleanlinessCheck> {
  return api.put(`/api/cleanliness/checks/${encodeURIComponent(id)}/scores/${encodeURIComponent(departmentId)}`, cleanlinessCheckSchema, body);
}

export function useSaveCleanlinessScores() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveCleanlinessScores, onSuccess: (check) => afterCheckChange(queryClient, check) });
}
