import { useQuery } from '@tanstack/react-query';
import { taskItemDetailSchema, type TaskItemDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { taskKeys } from './query-keys';

export function getTaskItem(id: string, signal?: AbortSignal): Promise<TaskItemDetail> {
  return api.get(`/api/task-items/${encodeURIComponent(id)}`, taskItemDetailSchema, undefined, signal);
}

export function useTaskItem(id: string | null) {
  return useQuery({ queryKey: taskKeys.item(id ?? ''), queryFn: ({ signal }) => getTaskItem(id ?? '', signal), enabled: !!id });
}
