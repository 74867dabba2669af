import { useMutation, useQueryClient } from '@tanstack/react-query';
import { taskPlanDetailSchema, type TaskPlanDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { invalidateTasks } from './query-keys';

/** draft → issued: a guidance becomes visible to the units below. */
export function issueTaskPlan({ id, version }: { id: string; version: number }): Promise<TaskPlanDetail> {
  return api.post(`/api/task-plans/${encodeURIComponent(id)}/issue`, taskPlanDetailSchema, { version });
}

export function useIssueTaskPlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: issueTaskPlan, onSuccess: () => invalidateTasks(queryClient) });
}
