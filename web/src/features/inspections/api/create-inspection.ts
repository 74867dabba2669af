import { useMutation, useQueryClient } from '@tanstack/react-query';
import { inspectionDetailSchema, type CreateInspectionRequest, type InspectionDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterSupervisionChange } from './query-keys';

/** 制定检查计划: the creator is among the inspectors whether listed or not. */
export function createInspection(body: CreateInspectionRequest): Promise<InspectionDetail> {
  return api.post('/api/inspections', inspectionDetailSchema, body);
}

export function useCreateInspection() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createInspection, onSuccess: () => afterSupervisionChange(queryClient) });
}
