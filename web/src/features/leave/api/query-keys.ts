import type { QueryClient } from '@tanstack/react-query';
import type { LeaveRequestExportQuery, LeaveRequestListQuery } from '@mofan/shared';
import { complianceKeys } from '../../compliance/api/query-keys';
import { peopleKeys } from '../../people/api/query-keys';

export type LeaveListQuery = Partial<Omit<LeaveRequestListQuery, 'page' | 'pageSize'>> & Pick<LeaveRequestListQuery, 'page' | 'pageSize'>;
export type LeaveListFilters = Partial<LeaveRequestExportQuery>;

export const leaveKeys = {
  all: ['leave'] as const,
  mine: ['leave', 'mine'] as const,
  awaitingMe: ['leave', 'awaiting-me'] as const,
  lists: ['leave', 'list'] as const,
  list: (query: LeaveListQuery) => ['leave', 'list', query] as const,
  away: (nodeId: string, date: string) => ['leave', 'away', nodeId, date] as const,
};

/**
 * Any step on a request moves it between my list, the approver's inbox, the unit's list and who is
 * away (all small: refresh them all); approval, cancellation and 销假 change the person's
 * exemption, and so what 落实情况 asks of them.
 */
export function afterLeaveChange(queryClient: QueryClient, personId: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: leaveKeys.all }),
    queryClient.invalidateQueries({ queryKey: peopleKeys.exemptions(personId) }),
    queryClient.invalidateQueries({ queryKey: complianceKeys.all }),
  ]).then(() => undefined);
}
