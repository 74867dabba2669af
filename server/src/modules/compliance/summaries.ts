import { type StatusCounts, toDayNumber } from '@mofan/shared';
import type { ComplianceCell } from './compute';

/**
 * A requirement × period of one unit, summed over its targets: the part of the verdicts that
 * does not depend on today. A cell met, met late or exempt stays so until a fact changes; a short
 * cell is not yet due until its due date and missed (nothing done) or partly (something done)
 * after it — the rule of statusOf, applied when read.
 */
export interface PeriodSummary {
  requirementId: string;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  met: number;
  late: number;
  exempt: number;
  shortNone: number;
  shortSome: number;
}

export function summarise(cells: readonly ComplianceCell[]): PeriodSummary[] {
  const groups = new Map<string, PeriodSummary>();
  for (const cell of cells) {
    const key = `${cell.requirementId}\u0000${cell.period.key}`;
    let summary = groups.get(key);
    if (!summary) {
      summary = { requirementId: cell.requirementId, periodKey: cell.period.key, periodStart: cell.period.start, periodEnd: cell.period.end, dueDate: cell.result.dueDate, met: 0, late: 0, exempt: 0, shortNone: 0, shortSome: 0 };
      groups.set(key, summary);
    }
    const r = cell.result;
    if (r.status === 'exempt') summary.exempt += 1;
    else if (r.late) summary.late += 1;
    else if (r.done >= r.needed) summary.met += 1;
    else if (r.done === 0) summary.shortNone += 1;
    else summary.shortSome += 1;
  }
  return [...groups.values()];
}

/** The status counts of a summary as of `today`. */
export function countsAsOf(summary: PeriodSummary, today: string): StatusCounts {
  const overdue = today > summary.dueDate;
  return {
    met: summary.met,
    partly: summary.late + (overdue ? summary.shortSome : 0),
    missed: overdue ? summary.shortNone : 0,
    notYetDue: overdue ? 0 : summary.shortNone + summary.shortSome,
    exempt: summary.exempt,
    total: summary.met + summary.late + summary.exempt + summary.shortNone + summary.shortSome,
  };
}

/** The worst warning among a summary's targets as of `today` (see warningLevel: same rule, summed). */
export function warningAsOf(summary: PeriodSummary, today: string, warnDays: number): 'none' | 'yellow' | 'red' {
  const counts = countsAsOf(summary, today);
  if (counts.partly + counts.missed > 0) return 'red';
  if (counts.notYetDue === 0) return 'none';
  const daysLeft = toDayNumber(summary.dueDate) - toDayNumber(today);
  return daysLeft >= 0 && daysLeft <= warnDays ? 'yellow' : 'none';
}
