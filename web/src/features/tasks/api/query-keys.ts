import type { QueryClient } from '@tanstack/react-query';
import type { TaskItemDetail, TaskPlanListQuery } from '@mofan/shared';

export type TaskPlanFilters = Partial<Pick<TaskPlanListQuery, 'nodeId' | 'kind' | 'year' | 'page' | 'pageSize'>>;

export const taskKeys = {
  all: ['tasks'] as const,
  planList: (query: TaskPlanFilters) => ['tasks', 'plans', 'list', query] as const,
  plan: (id: string) => ['tasks', 'plans', 'detail', id] as const,
  item: (id: string) => ['tasks', 'items', id] as const,
  guidance: (unitId: string) => ['tasks', 'guidance', unitId] as const,
  localisations: (guidanceId: string) => ['tasks', 'localisations', guidanceId] as const,
};

/** Any change to a plan or item moves counts, Gantt bars and localisation figures: refetch what the tasks area shows. */
export function invalidateTasks(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: taskKeys.all });
}

/** An item step answers with the item itself: show it at once, then refresh the rest. */
export function afterItemChange(queryClient: QueryClient, item: TaskItemDetail): Promise<void> {
  queryClient.setQueryData(taskKeys.item(item.id), item);
  return invalidateTasks(queryClient);
}
