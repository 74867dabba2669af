import { useQuery } from '@tanstack/react-query';
import { calendarYearListSchema, type CalendarYearSummary } from '@mofan/shared';
import { api } from '../../../lib/api-client';
import { calendarKeys } from './query-keys';

export function listCalendarYears(signal?: AbortSignal): Promise<CalendarYearSummary[]> {
  return api.get('/api/calendar/years', calendarYearListSchema, undefined, signal);
}

export function useCalendarYears() {
  return useQuery({ queryKey: calendarKeys.years, queryFn: ({ signal }) => listCalendarYears(signal) });
}
