import type { DeadlineQuery } from '@mofan/shared';

export const calendarKeys = {
  all: ['calendar'] as const,
  years: ['calendar', 'years'] as const,
  year: (year: number) => ['calendar', 'year', year] as const,
  deadlines: ['calendar', 'deadline'] as const,
  deadline: (query: DeadlineQuery) => ['calendar', 'deadline', query] as const,
};
