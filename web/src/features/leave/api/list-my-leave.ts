import { useQuery } from '@tanstack/react-query';
import { leaveRequestListSchema, type LeaveRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { leaveKeys } from './query-keys';

export function listMyLeave(signal?: AbortSignal): Promise<LeaveRequest[]> {
  return api.get('/api/leave/requests/mine', leaveRequestListSchema, undefined, signal);
}

export function useMyLeave(enabled: boolean) {
  return useQuery({ queryKey: leaveKeys.mine, queryFn: ({ signal }) => listMyLeave(signal), enabled });
}
