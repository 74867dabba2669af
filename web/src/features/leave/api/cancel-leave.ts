import { useMutation, useQueryClient } from '@tanstack/react-query';
import { leaveRequestSchema, type CancelLeaveRequest, type LeaveRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterLeaveChange } from './query-keys';

export function cancelLeave({ id, ...body }: CancelLeaveRequest & { id: string }): Promise<LeaveRequest> {
  return api.post(`/api/leave/requests/${encodeURIComponent(id)}/cancel`, leaveRequestSchema, body);
}

export function useCancelLeave() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: cancelLeave, onSuccess: (r: LeaveRequest) => afterLeaveChange(queryClient, r.personId) });
}
