/**
 * The compliance of one target × requirement × period (issue 3 §4): a pure function of the
 * rule, the period, today, the matching records and who was bound when. The server calls it
 * for every cell it recomputes; nothing here reads a clock or a database.
 */
import { evaluateAmount } from './amount';
import { evaluateCount } from './count';
import { evaluateCoverage } from './coverage';
import { evaluateDeadline } from './deadline';
import { evaluateTrigger } from './trigger';
import type { ComplianceResult, EvaluationInput, PersonBinding } from './types';

/**
 * Throws on inputs that can only come from a programming error — a period of the wrong unit,
 * people given to a rule about one target — because a quietly wrong verdict would be worse.
 */
function assertShape(input: EvaluationInput): void {
  const { rule, period, subject } = input;
  const expected =
    rule.kind === 'deadline' ? 'year'
    : rule.kind === 'trigger' ? 'trigger'
    : rule.kind === 'coverage' && rule.per === 'once' ? null
    : rule.per;
  if (expected !== null && period.unit !== expected) {
    throw new RangeError(`规则 ${rule.kind} 需要 ${expected} 周期，收到 ${period.unit}`);
  }
  if (period.unit === 'trigger' && expected === null) throw new RangeError('一次性覆盖规则需要日历周期');
  if (rule.kind === 'coverage' ? subject.kind === 'org' : subject.kind === 'people') {
    throw new RangeError(`规则 ${rule.kind} 不适用于 ${subject.kind} 对象`);
  }
}

/** A single target: null for an org, else the person. */
function single(input: EvaluationInput): PersonBinding | null {
  return input.subject.kind === 'person' ? input.subject.person : null;
}

/**
 * Evaluates one target × requirement × period. See count.ts, amount.ts, coverage.ts,
 * deadline.ts and trigger.ts for each rule kind's semantics; in short:
 * - met as soon as enough is done; not_yet_due while short and the due date has not passed;
 *   after it, missed when nothing counts and partly when something does;
 * - exempt when nothing is asked (excused by leave or secondment, or not in the target set
 *   long enough), with the reason in `exemptReason`;
 * - `countingRecordIds` lists the records the verdict rests on.
 */
export function evaluateRequirementPeriod(input: EvaluationInput): ComplianceResult {
  assertShape(input);
  const { rule, subject } = input;
  switch (rule.kind) {
    case 'count':
      return evaluateCount(rule, input, single(input));
    case 'amount':
      return evaluateAmount(rule, input, single(input));
    case 'coverage': {
      // One person is a target set of one (assertShape has ruled out orgs).
      const people = subject.kind === 'people' ? subject.people : subject.kind === 'person' ? [subject.person] : [];
      return evaluateCoverage(rule, input, people);
    }
    case 'deadline':
      return evaluateDeadline(rule, input, single(input));
    case 'trigger':
      return evaluateTrigger(rule, input, single(input));
  }
}
