import { useMutation, useQueryClient } from '@tanstack/react-query';
import { leaveRequestSchema, type LeaveRequest, type RejectLeaveRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterLeaveChange } from './query-keys';

export function rejectLeave({ id, ...body }: RejectLeaveRequest & { id: string }): Promise<LeaveRequest> {
  return api.post(`/api/leave/requests/${encodeURIComponent(id)}/reject`, leaveRequestSchema, body);
}

export function useRejectLeave() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: rejectLeave, onSuccess: (r: LeaveRequest) => afterLeaveChange(queryClient, r.personId) });
}
