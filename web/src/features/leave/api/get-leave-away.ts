import { useQuery } from '@tanstack/react-query';
import { leaveAwaySchema, type LeaveAway } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { leaveKeys } from './query-keys';

/** Who is away under a node on a date (approved leave, up to the 销假 date). */
export function getLeaveAway(nodeId: string, date: string, signal?: AbortSignal): Promise<LeaveAway> {
  return api.get('/api/leave/away', leaveAwaySchema, { nodeId, date }, signal);
}

export function useLeaveAway(nodeId: string | undefined, date: string) {
  return useQuery({ queryKey: leaveKeys.away(nodeId ?? '', date), queryFn: ({ signal }) => getLeaveAway(nodeId ?? '', date, signal), enabled: !!nodeId });
}
