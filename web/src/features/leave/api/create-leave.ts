import { useMutation, useQueryClient } from '@tanstack/react-query';
import { leaveRequestSchema, type CreateLeaveRequest, type LeaveRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { afterLeaveChange } from './query-keys';

export function createLeave(body: CreateLeaveRequest): Promise<LeaveRequest> {
  return api.post('/api/leave/requests', leaveRequestSchema, body);
}

export function useCreateLeave() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createLeave, onSuccess: (r: LeaveRequest) => afterLeaveChange(queryClient, r.personId) });
}
