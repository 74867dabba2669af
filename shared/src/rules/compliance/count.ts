/** count rules: at least `min` records in each period (中心组学习 ≥1/月, 党员大会 ≥1/季 …). */
import type { RuleSpec } from '../../catalogue/types';
import { bindingIn, wholeDutyExemption } from './binding';
import { daysBetweenInclusive } from './calendar';
import { recordsDatedIn } from './evidence';
import { exemptResult, judged } from './result';
import type { ComplianceResult, EvaluationInput, PersonBinding } from './types';

/**
 * Counts the records dated inside the period — for a person, only those dated while they were
 * in the target set (a 现场办公 led before becoming 班子成员 is not a 班子成员's). A person bound
 * for less than half of the period is exempt (see wholeDutyExemption). Records dated while on
 * leave still count: an exemption lowers what is asked, it does not void what was done.
 */
export function evaluateCount(
  rule: Extract<RuleSpec, { kind: 'count' }>,
  input: EvaluationInput,
  person: PersonBinding | null,
): ComplianceResult {
  return countInPeriod(input, person, rule.min, (n) => n);
}

/**
 * The records dated in the period while the person was bound, judged against `needed`; exempt
 * when bound for less than half of the period. `done` maps the count to the rule's measure
 * (a trigger asks one record, however many there are). Shared by count and trigger rules.
 */
export function countInPeriod(input: EvaluationInput, person: PersonBinding | null, needed: number, done: (count: number) => number): ComplianceResult {
  const { period, today } = input;
  const binding = bindingIn(person, { from: period.start, to: period.end });
  const reason = wholeDutyExemption(binding, daysBetweenInclusive(period.start, period.end));
  if (reason) return exemptResult(period.end, reason);
  const counting = recordsDatedIn(input.records, binding.memberRanges, today);
  return judged({ done: done(counting.length), needed, countingRecordIds: counting.map((r) => r.id), dueDate: period.end }, today);
}
