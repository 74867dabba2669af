import { useMutation, useQueryClient } from '@tanstack/react-query';
import { calendarYearDetailSchema, type CalendarYearDetail, type PutCalendarYearRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { calendarKeys } from './query-keys';

export function putCalendarYear({ year, ...body }: PutCalendarYearRequest & { year: number }): Promise<CalendarYearDetail> {
  return api.put(`/api/calendar/years/${year}`, calendarYearDetailSchema, body);
}

/** Every cached deadline may change with the calendar: the whole calendar key is refetched. */
export function usePutCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putCalendarYear,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
