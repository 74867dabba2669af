/**
 * Deadline arithmetic on the official calendar, with the rules of 期间 in Chinese procedure law:
 * the start day itself does not count; a limit of calendar days or months whose last day is not a
 * working day ends on the next working day; a month that has no such day (31 March + 1 month)
 * ends on its last day.
 */
import { addDays, dateParts, isoDate, lastDayOfMonth } from '../compliance/calendar';
import { type WorkingCalendar, isWorkingDay, onOrNextWorkingDay } from './calendar';

function assertCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what}须为非负整数`);
}

/** The n-th working day after `from` (from itself not counted); n = 0 is `from` (随到随办: the same day). */
export function addWorkingDays(calendar: WorkingCalendar, from: string, n: number): string {
  assertCount(n, '工作日数');
  isWorkingDay(calendar, from);
  let d = from;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(calendar, d)) left -= 1;
  }
  return d;
}

/** `n` calendar days after `from`, moved to the next working day when that day is not one. */
export function addCalendarDays(calendar: WorkingCalendar, from: string, n: number): string {
  assertCount(n, '天数');
  isWorkingDay(calendar, from);
  return onOrNextWorkingDay(calendar, addDays(from, n));
}

/**
 * The same day of the month `n` months after `from` (the month's last day when it is shorter:
 * 31 January + 1 month = 28 or 29 February), moved to the next working day when that day is not one.
 */
export function addMonths(calendar: WorkingCalendar, from: string, n: number): string {
  assertCount(n, '月数');
  isWorkingDay(calendar, from);
  const { year, month, day } = dateParts(from);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return onOrNextWorkingDay(calendar, isoDate(y, m, Math.min(day, lastDayOfMonth(y, m))));
}

/** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
export function countWorkingDays(calendar: WorkingCalendar, from: string, to: string): number {
  isWorkingDay(calendar, from);
  isWorkingDay(calendar, to);
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(calendar, d)) count += 1;
  return count;
}
