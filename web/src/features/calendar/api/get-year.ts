import { useQuery } from '@tanstack/react-query';
import { calendarYearDetailSchema, type CalendarYearDetail } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { calendarKeys } from './query-keys';

export function getCalendarYear(year: number, signal?: AbortSignal): Promise<CalendarYearDetail> {
  return api.get(`/api/calendar/years/${year}`, calendarYearDetailSchema, undefined, signal);
}

export function useCalendarYear(year: number | undefined) {
  return useQuery({
    queryKey: calendarKeys.year(year ?? 0),
    queryFn: ({ signal }) => getCalendarYear(year ?? 0, signal),
    enabled: year !== undefined,
  });
}
