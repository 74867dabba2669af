import { useMutation, useQueryClient } from '@tanstack/react-query';
import { taskPlanDetailSchema, type TaskPlanDetail, type UpdateTaskPlanRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { invalidateTasks } from './query-keys';

export function updateTaskPlan({ id, ...body }: UpdateTaskPlanRequest & { id: string }): Promise<TaskPlanDetail> {
  return api.patch(`/api/task-plans/${encodeURIComponent(id)}`, taskPlanDetailSchema, body);
}

export function useUpdateTaskPlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateTaskPlan, onSuccess: () => invalidateTasks(queryClient) });
}
