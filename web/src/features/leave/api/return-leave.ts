import { useMutation, useQueryClient } from '@tanstack/react-query';
import { leaveRequestSchema, type LeaveRequest, type ReturnLeaveRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterLeaveChange } from './query-keys';

/** 销假: the actual last day of leave; an early return shortens it. */
export function returnLeave({ id, ...body }: ReturnLeaveRequest & { id: string }): Promise<LeaveRequest> {
  return api.post(`/api/leave/requests/${encodeURIComponent(id)}/return`, leaveRequestSchema, body);
}

export function useReturnLeave() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: returnLeave, onSuccess: (r: LeaveRequest) => afterLeaveChange(queryClient, r.personId) });
}
