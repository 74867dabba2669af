/** Building verdicts the same way for every rule kind. */
import type { ComplianceStatus } from '../../catalogue/types';
import type { ComplianceResult, ExemptReason } from './types';

/**
 * met once enough is done — even before the period ends; until the due date passes, anything
 * short of that is not_yet_due (there is still time); after it, nothing is missed and something
 * is partly.
 */
export function statusOf(done: number, needed: number, today: string, dueDate: string): ComplianceStatus {
  if (done >= needed) return 'met';
  if (today <= dueDate) return 'not_yet_due';
  return done === 0 ? 'missed' : 'partly';
}

/** Nothing is asked of the target in this period. */
export function exemptResult(dueDate: string, reason: ExemptReason): ComplianceResult {
  return {
    status: 'exempt',
    done: 0,
    needed: 0,
    countingRecordIds: [],
    dueDate,
    late: false,
    exemptReason: reason,
    missingPersonIds: [],
  };
}

/** A verdict that is not an exemption. */
export function judged(
  fields: Pick<ComplianceResult, 'done' | 'needed' | 'countingRecordIds' | 'dueDate'>,
  today: string,
): ComplianceResult {
  return {
    status: statusOf(fields.done, fields.needed, today, fields.dueDate),
    late: false,
    exemptReason: null,
    missingPersonIds: [],
    ...fields,
  };
}
