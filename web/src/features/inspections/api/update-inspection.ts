import { useMutation, useQueryClient } from '@tanstack/react-query';
import { inspectionDetailSchema, type InspectionDetail, type UpdateInspectionRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterSupervisionChange } from './query-keys';

/** Changes the plan while it is 计划中. */
export function updateInspection({ id, ...body }: UpdateInspectionRequest & { id: string }): Promise<InspectionDetail> {
  return api.patch(`/api/inspections/${encodeURIComponent(id)}`, inspectionDetailSchema, body);
}

export function useUpdateInspection() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateInspection, onSuccess: () => afterSupervisionChange(queryClient) });
}
