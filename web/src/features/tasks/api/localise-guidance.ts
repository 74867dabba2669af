import { useMutation, useQueryClient } from '@tanstack/react-query';
import { taskPlanDetailSchema, type LocaliseGuidanceRequest, type TaskPlanDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { invalidateTasks } from './query-keys';

/** The unit's own 重点任务清单 from a guidance, its items copied for the unit to adjust. */
export function localiseGuidance({ guidanceId, ...body }: LocaliseGuidanceRequest & { guidanceId: string }): Promise<TaskPlanDetail> {
  return api.post(`/api/task-plans/${encodeURIComponent(guidanceId)}/localise`, taskPlanDetailSchema, body);
}

export function useLocaliseGuidance() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: localiseGuidance, onSuccess: () => invalidateTasks(queryClient) });
}
