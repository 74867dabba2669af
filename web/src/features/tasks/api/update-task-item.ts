import { useMutation, useQueryClient } from '@tanstack/react-query';
import { taskItemDetailSchema, type TaskItemDetail, type UpdateTaskItemRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterItemChange } from './query-keys';

export function updateTaskItem({ id, ...body }: UpdateTaskItemRequest & { id: string }): Promise<TaskItemDetail> {
  return api.patch(`/api/task-items/${encodeURIComponent(id)}`, taskItemDetailSchema, body);
}

export function useUpdateTaskItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateTaskItem, onSuccess: (item) => afterItemChange(queryClient, item) });
}
