/**
 * The official working-day calendar (国务院办公厅 schedules, 调休 included) as data the deadline
 * arithmetic reads: which years are known, and the days that differ from Monday–Friday. Pure: the
 * server loads it from its calendar table, tests write it as literals.
 */
import { addDays, dateParts } from '../compliance/calendar';

export type CalendarException = 'holiday' | 'workday';

export interface WorkingCalendar {
  /** Years whose schedule is known. Any other year is refused, never guessed as Monday–Friday. */
  years: ReadonlySet<number>;
  /** Holidays (休, weekday or weekend) and 调休 working days (班, on a weekend) of the known years. */
  exceptions: ReadonlyMap<string, CalendarException>;
}

/** A date in a year the calendar does not cover: the caller must say so, not assume Monday–Friday. */
export class CalendarNotCoveredError extends Error {
  constructor(readonly year: number) {
    super(`工作日历尚未包含 ${year} 年的节假日安排（国务院办公厅通知发布后由管理员录入），无法计算该年的期限`);
  }
}

export function yearOf(date: string): number {
  return dateParts(date).year;
}

/** Monday = 1 … Sunday = 7. */
export function isoWeekday(date: string): number {
  const { year, month, day } = dateParts(date);
  const d = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return d === 0 ? 7 : d;
}

export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  const year = yearOf(date);
  if (!calendar.years.has(year)) throw new CalendarNotCoveredError(year);
  const exception = calendar.exceptions.get(date);
  if (exception) return exception === 'workday';
  return isoWeekday(date) <= 5;
}

/** The date itself when it is a working day, else the next one. */
export function onOrNextWorkingDay(calendar: WorkingCalendar, date: string): string {
  let d = date;
  // A year of holidays would be a broken calendar: 60 days is more than any Chinese holiday run.
  for (let i = 0; i < 60; i++) {
    if (isWorkingDay(calendar, d)) return d;
    d = addDays(d, 1);
  }
  throw new RangeError(`${date} 之后 60 天内没有工作日，请检查工作日历`);
}
