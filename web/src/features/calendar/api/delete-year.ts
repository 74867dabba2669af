import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calendarKeys } from './query-keys';

export function deleteCalendarYear(year: number): Promise<void> {
  return api.delete(`/api/calendar/years/${year}`);
}

export function useDeleteCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCalendarYear,
    // The list and the deadlines only: the removed year's own view is being left and must not refetch into a 404.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: calendarKeys.years }),
        queryClient.invalidateQueries({ queryKey: calendarKeys.deadlines }),
      ]),
  });
}
