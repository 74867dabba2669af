import { useMutation, useQueryClient } from '@tanstack/react-query';
import { taskItemDetailSchema, type CompleteTaskItemRequest, type TaskItemDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterItemChange } from './query-keys';

export function completeTaskItem({ id, ...body }: CompleteTaskItemRequest & { id: string }): Promise<TaskItemDetail> {
  return api.post(`/api/task-items/${encodeURIComponent(id)}/complete`, taskItemDetailSchema, body);
}

export function useCompleteTaskItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: completeTaskItem, onSuccess: (item) => afterItemChange(queryClient, item) });
}
