import { useMutation, useQueryClient } from '@tanstack/react-query';
import { taskItemDetailSchema, type ReportProgressRequest, type TaskItemDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterItemChange } from './query-keys';

export function reportProgress({ id, ...body }: ReportProgressRequest & { id: string }): Promise<TaskItemDetail> {
  return api.post(`/api/task-items/${encodeURIComponent(id)}/progress`, taskItemDetailSchema, body);
}

export function useReportProgress() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reportProgress, onSuccess: (item) => afterItemChange(queryClient, item) });
}
