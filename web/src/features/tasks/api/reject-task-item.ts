import { useMutation, useQueryClient } from '@tanstack/react-query';
import { taskItemDetailSchema, type ReasonRequest, type TaskItemDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterItemChange } from './query-keys';

/** Not up to the 工作标准: back to 推进中 with the reason. */
export function rejectTaskItem({ id, ...body }: ReasonRequest & { id: string }): Promise<TaskItemDetail> {
  return api.post(`/api/task-items/${encodeURIComponent(id)}/reject`, taskItemDetailSchema, body);
}

export function useRejectTaskItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: rejectTaskItem, onSuccess: (item) => afterItemChange(queryClient, item) });
}
