/**
 * 时间倒排: milestones counted back from an item's deadline on the official working-day calendar.
 * The mirror of addWorkingDays: the day counted from is not itself counted, so
 * addWorkingDays(subtractWorkingDays(d, n), n) is d again whenever d is a working day.
 */
import { type WorkingCalendar, addDays, isWorkingDay } from '@mofan/shared';

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('工作日数须为非负整数');
}

/** The n-th working day before `from` (from itself not counted); n = 0 is `from`. */
export function subtractWorkingDays(calendar: WorkingCalendar, from: string, n: number): string {
  assertCount(n);
  isWorkingDay(calendar, from);
  let d = from;
  let left = n;
  while (left > 0) {
    d = addDays(d, -1);
    if (isWorkingDay(calendar, d)) left -= 1;
  }
  return d;
}

/** The date itself when it is a working day, else the working day before it. */
export function onOrPreviousWorkingDay(calendar: WorkingCalendar, date: string): string {
  let d = date;
  // As onOrNextWorkingDay: no holiday run in any published schedule comes near 60 days.
  for (let i = 0; i < 60; i++) {
    if (isWorkingDay(calendar, d)) return d;
    d = addDays(d, -1);
  }
  throw new RangeError(`${date} 之前 60 天内没有工作日，请检查工作日历`);
}

export interface ScheduleStep {
  title: string;
  /** Working days the step needs. */
  workingDays: number;
}

export interface BackwardSchedule {
  /** The day the first step must be set off from (its working days follow it). */
  startOn: string;
  /** One milestone per step, in the steps' order: the day the step must be finished. */
  milestones: { title: string; dueOn: string }[];
}

/**
 * The last step ends on the deadline, or on the working day before it when the deadline is not
 * one (a task is handed in on a working day); each earlier step ends where the next one's working
 * days begin.
 */
export function scheduleBackwards(calendar: WorkingCalendar, dueOn: string, steps: readonly ScheduleStep[]): BackwardSchedule {
  const ends: string[] = new Array<string>(steps.length);
  let end = onOrPreviousWorkingDay(calendar, dueOn);
  for (let i = steps.length - 1; i >= 0; i--) {
    ends[i] = end;
    end = subtractWorkingDays(calendar, end, steps[i]!.workingDays);
  }
  return { startOn: end, milestones: steps.map((s, i) => ({ title: s.title, dueOn: ends[i]! })) };
}
