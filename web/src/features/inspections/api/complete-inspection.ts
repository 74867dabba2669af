import { useMutation, useQueryClient } from '@tanstack/react-query';
import { inspectionDetailSchema, type CompleteInspectionRequest, type InspectionDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterSupervisionChange } from './query-keys';

/** 检查完成: the result is recorded and an unannounced check becomes visible to its targets. */
export function completeInspection({ id, ...body }: CompleteInspectionRequest & { id: string }): Promise<InspectionDetail> {
  return api.post(`/api/inspections/${encodeURIComponent(id)}/complete`, inspectionDetailSchema, body);
}

export function useCompleteInspection() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: completeInspection, onSuccess: () => afterSupervisionChange(queryClient) });
}
