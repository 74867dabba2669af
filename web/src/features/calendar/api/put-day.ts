import { useMutation, useQueryClient } from '@tanstack/react-query';
import { calendarDaySchema, type CalendarDay, type PutCalendarDayRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { calendarKeys } from './query-keys';

export function putCalendarDay({ date, ...body }: PutCalendarDayRequest & { date: string }): Promise<CalendarDay> {
  return api.put(`/api/calendar/days/${encodeURIComponent(date)}`, calendarDaySchema, body);
}

export function usePutCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putCalendarDay,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
