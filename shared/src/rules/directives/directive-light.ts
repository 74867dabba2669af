/**
 * 亮灯 and the progress-report clock of a 督办件, derived whenever it is read (never stored, so a
 * light cannot go stale overnight): green; yellow when not done and due within 3 working days;
 * red when not done and past its limit.
 */
import type { DirectiveLight, DirectiveStatus } from '../../schemas/directives';
import { addDays } from '../compliance/calendar';
import { CalendarNotCoveredError, type WorkingCalendar, isWorkingDay, yearOf } from '../working-days/calendar';
import { addWorkingDays } from '../working-days/deadlines';

/** Yellow: due within this many working days after today. */
export const DIRECTIVE_YELLOW_WORKING_DAYS = 3;

/** Finished as far as its limit is concerned: submitted as 办结 (awaiting review) or 销号. */
export function isDirectiveDone(status: DirectiveStatus): boolean {
  return status === 'completed' || status === 'closed';
}

/** The limit in force: an approved extension's, else the original. */
export function directiveEffectiveDueOn(d: { dueOn: string; extendedDueOn: string | null }): string {
  return d.extendedDueOn ?? d.dueOn;
}

/**
 * What a light needs to know about one day, computed once per request: a limit on or after
 * `greenFrom` is more than 3 working days away. `greenFrom` is the 4th working day after today,
 * since countWorkingDays(today, due) ≤ 3 exactly when due comes before it. When the walk reaches
 * a year the calendar does not cover, it stops there: every limit before it is fewer than 4
 * working days away (so yellow), and limits are only ever set in covered years.
 */
export interface DirectiveLightDay {
  today: string;
  greenFrom: string;
}

export function directiveLightDay(calendar: WorkingCalendar, today: string): DirectiveLightDay {
  let d = today;
  let count = 0;
  while (count <= DIRECTIVE_YELLOW_WORKING_DAYS) {
    d = addDays(d, 1);
    if (!calendar.years.has(yearOf(d))) return { today, greenFrom: d };
    if (isWorkingDay(calendar, d)) count += 1;
  }
  return { today, greenFrom: d };
}

export function directiveLight(day: DirectiveLightDay, d: { status: DirectiveStatus; dueOn: string; extendedDueOn: string | null }): DirectiveLight {
  if (isDirectiveDone(d.status)) return 'green';
  const due = directiveEffectiveDueOn(d);
  if (day.today > due) return 'red';
  return due < day.greenFrom ? 'yellow' : 'green';
}

export interface DirectiveReportClock {
  /** When the next progress report is due; null for a simple matter, a finished one, or an uncovered year. */
  nextReportDueOn: string | null;
  reportOverdue: boolean;
}

/**
 * A complex matter reports its progress every N working days until done, counted from its last
 * report, or from registration before the first. A next date that would fall in a year the
 * calendar does not cover is not guessed: it stays null until that year's schedule is entered.
 */
export function directiveReportClock(
  calendar: WorkingCalendar,
  today: string,
  d: { status: DirectiveStatus; registeredOn: string; reportEveryWorkingDays: number | null; lastReportOn: string | null },
): DirectiveReportClock {
  if (!d.reportEveryWorkingDays || isDirectiveDone(d.status)) return { nextReportDueOn: null, reportOverdue: false };
  const from = d.lastReportOn ?? d.registeredOn;
  try {
    const next = addWorkingDays(calendar, from, d.reportEveryWorkingDays);
    return { nextReportDueOn: next, reportOverdue: today > next };
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) return { nextReportDueOn: null, reportOverdue: false };
    throw error;
  }
}
