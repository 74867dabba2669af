import { useQuery } from '@tanstack/react-query';
import { leaveRequestListSchema, type LeaveRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { leaveKeys } from './query-keys';

/** Pending requests the signed-in approver may decide, oldest first. */
export function listLeaveAwaitingMe(signal?: AbortSignal): Promise<LeaveRequest[]> {
  return api.get('/api/leave/requests/awaiting-me', leaveRequestListSchema, undefined, signal);
}

export function useLeaveAwaitingMe(enabled: boolean) {
  return useQuery({ queryKey: leaveKeys.awaitingMe, queryFn: ({ signal }) => listLeaveAwaitingMe(signal), enabled });
}
