import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateTasks, taskKeys } from './query-keys';

export function deleteTaskItem(id: string): Promise<void> {
  return api.delete(`/api/task-items/${encodeURIComponent(id)}`);
}

export function useDeleteTaskItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTaskItem,
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: taskKeys.item(id) });
      return invalidateTasks(queryClient);
    },
  });
}
