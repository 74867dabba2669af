/** In-app warnings on a verdict (issue 3 §4): 黄 = due soon and not met, 红 = overdue and not met. */
import { toDayNumber } from './calendar';
import type { ComplianceResult } from './types';

export type WarningLevel = 'none' | 'yellow' | 'red';

/**
 * 'red' when the due date has passed without the requirement being met (missed, or partly —
 * including a deadline done late, which is still not met on time); 'yellow' when it is not yet
 * due, not met and due within `warnDays` days of today (0 = due today); 'none' otherwise,
 * including met and exempt.
 */
export function warningLevel(result: Pick<ComplianceResult, 'status' | 'dueDate'>, today: string, warnDays: number): WarningLevel {
  if (result.status === 'missed' || result.status === 'partly') return 'red';
  if (result.status !== 'not_yet_due') return 'none';
  const daysLeft = toDayNumber(result.dueDate) - toDayNumber(today);
  return daysLeft >= 0 && daysLeft <= warnDays ? 'yellow' : 'none';
}
