import { useCallback, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { getLeaveAway } from './api/get-leave-away';
import { leaveKeys } from './api/query-keys';

interface AttendanceLike {
  personId: string;
  present: boolean;
  absenceReason?: string | null;
}

/**
 * For a meeting's attendance: people on approved leave that day are marked absent with the leave as
 * the reason (「请假（事假，3月9日至3月13日）」). Marks it made for an earlier date are undone when the
 * date changes; what the recorder typed is left alone. Without the right to see who is away, the
 * rows come back unchanged (the server still fills the reason of anyone recorded absent).
 */
export function useAwayMarks(): <T extends AttendanceLike>(rows: T[], nodeId: string | null | undefined, date: string | null) => Promise<T[]> {
  const queryClient = useQueryClient();
  const marked = useRef(new Map<string, string>());
  return useCallback(
    async <T extends AttendanceLike>(rows: T[], nodeId: string | null | undefined, date: string | null): Promise<T[]> => {
      let away = new Map<string, string>();
      if (nodeId && date) {
        try {
          const list = await queryClient.fetchQuery({ queryKey: leaveKeys.away(nodeId, date), queryFn: ({ signal }) => getLeaveAway(nodeId, date, signal), staleTime: 60_000 });
          away = new Map(list.people.map((p) => [p.personId, p.absenceReason]));
        } catch {
          return rows;
        }
      }
      const before = marked.current;
      const ours = (row: T) => !row.present && before.has(row.personId) && row.absenceReason === before.get(row.personId);
      const next = rows.map((row) => {
        const reason = away.get(row.personId);
        if (reason && (row.present || !row.absenceReason?.trim() || ours(row))) return { ...row, present: false, absenceReason: reason };
        if (!reason && ours(row)) return { ...row, present: true, absenceReason: null };
        return row;
      });
      marked.current = away;
      return next;
    },
    [queryClient],
  );
}
