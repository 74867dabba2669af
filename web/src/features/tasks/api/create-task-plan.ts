import { useMutation, useQueryClient } from '@tanstack/react-query';
import { taskPlanDetailSchema, type CreateTaskPlanRequest, type TaskPlanDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { invalidateTasks } from './query-keys';

export function createTaskPlan(body: CreateTaskPlanRequest): Promise<TaskPlanDetail> {
  return api.post('/api/task-plans', taskPlanDetailSchema, body);
}

export function useCreateTaskPlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createTaskPlan, onSuccess: () => invalidateTasks(queryClient) });
}
