import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rectificationDetailSchema, type CreateRectificationRequest, type RectificationDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterSupervisionChange } from './query-keys';

/** 交付整改: the server counts the working days on the official calendar and answers with the due date. */
export function createRectification({ problemId, ...body }: CreateRectificationRequest & { problemId: string }): Promise<RectificationDetail> {
  return api.post(`/api/problems/${encodeURIComponent(problemId)}/rectification`, rectificationDetailSchema, body);
}

export function useCreateRectification() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createRectification, onSuccess: () => afterSupervisionChange(queryClient) });
}
