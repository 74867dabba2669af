import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { leaveRequestPageSchema, type LeaveRequestPage } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { leaveKeys, type LeaveListQuery } from './query-keys';

export function listLeave(query: LeaveListQuery, signal?: AbortSignal): Promise<LeaveRequestPage> {
  return api.get('/api/leave/requests', leaveRequestPageSchema, { ...query }, signal);
}

export function useLeaveList(query: LeaveListQuery, enabled: boolean) {
  return useQuery({ queryKey: leaveKeys.list(query), queryFn: ({ signal }) => listLeave(query, signal), placeholderData: keepPreviousData, enabled });
}
