import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { taskPlanPageSchema, type TaskPlanPage } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { type TaskPlanFilters, taskKeys } from './query-keys';

export function listTaskPlans(query: TaskPlanFilters, signal?: AbortSignal): Promise<TaskPlanPage> {
  return api.get('/api/task-plans', taskPlanPageSchema, { ...query }, signal);
}

export function useTaskPlans(query: TaskPlanFilters, enabled = true) {
  return useQuery({ queryKey: taskKeys.planList(query), queryFn: ({ signal }) => listTaskPlans(query, signal), placeholderData: keepPreviousData, enabled });
}
