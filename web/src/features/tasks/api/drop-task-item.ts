import { useMutation, useQueryClient } from '@tanstack/react-query';
import { taskItemDetailSchema, type ReasonRequest, type TaskItemDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterItemChange } from './query-keys';

/** 取消 / 不采纳, with the reason the 工委 reads. */
export function dropTaskItem({ id, ...body }: ReasonRequest & { id: string }): Promise<TaskItemDetail> {
  return api.post(`/api/task-items/${encodeURIComponent(id)}/drop`, taskItemDetailSchema, body);
}

export function useDropTaskItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: dropTaskItem, onSuccess: (item) => afterItemChange(queryClient, item) });
}
