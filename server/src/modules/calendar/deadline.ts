/**
 * One deadline question — from a date, N working days, days or months — answered on a calendar,
 * the same way for the API and the CLI.
 */
import { type DeadlineResponse, type DeadlineUnit, type WorkingCalendar, addCalendarDays, addMonths, addWorkingDays } from '@mofan/shared';

const COMPUTE: Record<DeadlineUnit, (calendar: WorkingCalendar, from: string, n: number) => string> = {
  workingDays: addWorkingDays,
  days: addCalendarDays,
  months: addMonths,
};

function ruleText(unit: DeadlineUnit, n: number): string {
  switch (unit) {
    case 'workingDays':
      return n === 0 ? '当日办结（随到随办）' : `${n} 个工作日：起算日当天不计，节假日不计，调休上班日计入`;
    case 'days':
      return `${n} 日：起算日当天不计；届满日为节假日或周末的，顺延至其后第一个工作日`;
    case 'months':
      return `${n} 个月：以到期月的对应日为届满日（没有对应日的，为该月最后一日）；届满日为节假日或周末的，顺延至其后第一个工作日`;
  }
}

/** Throws CalendarNotCoveredError when a date it needs lies in a year the calendar does not cover. */
export function computeDeadline(calendar: WorkingCalendar, from: string, unit: DeadlineUnit, count: number): DeadlineResponse {
  return { from, due: COMPUTE[unit](calendar, from, count), unit, count, rule: ruleText(unit, count) };
}
