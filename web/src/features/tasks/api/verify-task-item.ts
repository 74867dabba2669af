import { useMutation, useQueryClient } from '@tanstack/react-query';
import { taskItemDetailSchema, type TaskItemDetail, type VerifyTaskItemRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterItemChange } from './query-keys';

export function verifyTaskItem({ id, ...body }: VerifyTaskItemRequest & { id: string }): Promise<TaskItemDetail> {
  return api.post(`/api/task-items/${encodeURIComponent(id)}/verify`, taskItemDetailSchema, body);
}

export function useVerifyTaskItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: verifyTaskItem, onSuccess: (item) => afterItemChange(queryClient, item) });
}
