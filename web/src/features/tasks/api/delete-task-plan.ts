import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { taskKeys } from './query-keys';

export function deleteTaskPlan(id: string): Promise<void> {
  return api.delete(`/api/task-plans/${encodeURIComponent(id)}`);
}

export function useDeleteTaskPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTaskPlan,
    // The deleted plan's own query must not refetch into a 404 while the page navigates away.
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: taskKeys.plan(id) });
      return queryClient.invalidateQueries({ queryKey: ['tasks', 'plans', 'list'] });
    },
  });
}
