import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateTasks } from './query-keys';

export function deleteMilestone(id: string): Promise<void> {
  return api.delete(`/api/task-milestones/${encodeURIComponent(id)}`);
}

export function useDeleteMilestone() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteMilestone, onSuccess: () => invalidateTasks(queryClient) });
}
