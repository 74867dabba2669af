import { useMutation, useQueryClient } from '@tanstack/react-query';
import { taskItemDetailSchema, type TaskItemDetail, type UpdateMilestoneRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterItemChange } from './query-keys';

export function updateMilestone({ id, ...body }: UpdateMilestoneRequest & { id: string }): Promise<TaskItemDetail> {
  return api.patch(`/api/task-milestones/${encodeURIComponent(id)}`, taskItemDetailSchema, body);
}

export function useUpdateMilestone() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateMilestone, onSuccess: (item) => afterItemChange(queryClient, item) });
}
