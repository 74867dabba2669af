import { useMutation, useQueryClient } from '@tanstack/react-query';
import { leaveRequestSchema, type ApproveLeaveRequest, type LeaveRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterLeaveChange } from './query-keys';

/** 批准: the server writes the person's exemption at the same time. */
export function approveLeave({ id, ...body }: ApproveLeaveRequest & { id: string }): Promise<LeaveRequest> {
  return api.post(`/api/leave/requests/${encodeURIComponent(id)}/approve`, leaveRequestSchema, body);
}

export function useApproveLeave() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: approveLeave, onSuccess: (r: LeaveRequest) => afterLeaveChange(queryClient, r.personId) });
}
