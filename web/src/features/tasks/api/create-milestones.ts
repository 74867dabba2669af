import { useMutation, useQueryClient } from '@tanstack/react-query';
import { taskItemDetailSchema, type CreateMilestonesRequest, type TaskItemDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterItemChange } from './query-keys';

export function createMilestones({ itemId, ...body }: CreateMilestonesRequest & { itemId: string }): Promise<TaskItemDetail> {
  return api.post(`/api/task-items/${encodeURIComponent(itemId)}/milestones`, taskItemDetailSchema, body);
}

export function useCreateMilestones() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createMilestones, onSuccess: (item) => afterItemChange(queryClient, item) });
}
