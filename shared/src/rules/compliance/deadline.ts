/** deadline rules: done by a date of each year (换届 5月31日前, 书面报告 12月31日前 …). */
import type { RuleSpec } from '../../catalogue/types';
import { bindingIn, wholeDutyExemption } from './binding';
import { daysBetweenInclusive } from './calendar';
import { recordsDatedIn } from './evidence';
import { overlapDays } from './intervals';
import { deadlineDate } from './periods';
import { exemptResult, judged } from './result';
import type { ComplianceResult, EvaluationInput, PersonBinding } from './types';

/**
 * The period is a calendar year; only records of that year count. A record on or before the
 * deadline → met. Before the deadline and nothing yet → not_yet_due. After it, a record made
 * late (up to the year's end) → partly with `late: true`, so it shows as done-but-late rather
 * than missed; nothing → missed. A person is bound when bound for at least half of the time
 * from 1 January to the deadline.
 */
export function evaluateDeadline(
  rule: Extract<RuleSpec, { kind: 'deadline' }>,
  input: EvaluationInput,
  person: PersonBinding | null,
): ComplianceResult {
  const { period, today } = input;
  const due = deadlineDate(rule, Number(period.start.slice(0, 4)));
  const binding = bindingIn(person, { from: period.start, to: period.end });
  const beforeDue = {
    boundDays: overlapDays(binding.boundRanges, period.start, due),
    memberDays: overlapDays(binding.memberRanges, period.start, due),
  };
  const reason = wholeDutyExemption(beforeDue, daysBetweenInclusive(period.start, due));
  if (reason) return exemptResult(due, reason);

  const records = recordsDatedIn(input.records, binding.memberRanges, today);
  const onTime = records.filter((r) => r.date <= due);
  if (onTime.length > 0 || today <= due) {
    return judged({ done: Math.min(1, onTime.length), needed: 1, countingRecordIds: onTime.map((r) => r.id), dueDate: due }, today);
  }
  const late = records.filter((r) => r.date > due);
  if (late.length === 0) return judged({ done: 0, needed: 1, countingRecordIds: [], dueDate: due }, today);
  return { ...judged({ done: 1, needed: 1, countingRecordIds: late.map((r) => r.id), dueDate: due }, today), status: 'partly', late: true };
}
