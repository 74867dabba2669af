import { useMutation, useQueryClient } from '@tanstack/react-query';
import { taskItemDetailSchema, type CreateTaskItemRequest, type TaskItemDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterItemChange } from './query-keys';

export function createTaskItem({ planId, ...body }: CreateTaskItemRequest & { planId: string }): Promise<TaskItemDetail> {
  return api.post(`/api/task-plans/${encodeURIComponent(planId)}/items`, taskItemDetailSchema, body);
}

export function useCreateTaskItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createTaskItem, onSuccess: (item) => afterItemChange(queryClient, item) });
}
