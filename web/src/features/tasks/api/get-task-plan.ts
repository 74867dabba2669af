import { useQuery } from '@tanstack/react-query';
import { taskPlanDetailSchema, type TaskPlanDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { taskKeys } from './query-keys';

export function getTaskPlan(id: string, signal?: AbortSignal): Promise<TaskPlanDetail> {
  return api.get(`/api/task-plans/${encodeURIComponent(id)}`, taskPlanDetailSchema, undefined, signal);
}

export function useTaskPlan(id: string) {
  return useQuery({ queryKey: taskKeys.plan(id), queryFn: ({ signal }) => getTaskPlan(id, signal) });
}
