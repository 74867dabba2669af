/** coverage rules: every person of the target set has a record (承诺书 100%, 直接联系群众 …). */
import type { RuleSpec } from '../../catalogue/types';
import { bindingIn, noBoundDaysReason } from './binding';
import { ceilNeeded, uniqueById } from './evidence';
import { exemptResult, judged } from './result';
import type { ComplianceResult, EvaluationInput, PersonBinding } from './types';

/**
 * Everyone bound on at least one day of the period must have a record — unlike count rules
 * there is no half-period line, because coverage asks each person for one act and a newcomer
 * can do it at once. People excused for the whole period are left out. `needed` is
 * ceil(ratio × bound people); `done` is the bound people with a record. A record counts when
 * dated inside the period, or for `per: 'once'` on any day up to the period's end (a pledge
 * signed in an earlier year still holds).
 */
export function evaluateCoverage(
  rule: Extract<RuleSpec, { kind: 'coverage' }>,
  input: EvaluationInput,
  people: readonly PersonBinding[],
): ComplianceResult {
  const { period, today } = input;
  const window = { from: period.start, to: period.end };
  const bindings = people.map((p) => ({ personId: p.personId, binding: bindingIn(p, window) }));
  const bound = bindings.filter((b) => b.binding.boundDays > 0).map((b) => b.personId);
  if (bound.length === 0) {
    const anyMember = bindings.find((b) => noBoundDaysReason(b.binding) === 'exempted');
    return exemptResult(period.end, anyMember ? 'exempted' : 'not_bound');
  }
  const boundSet = new Set(bound);
  // One row per person and record: a meeting reaches everyone who attended it.
  const eligible = input.records.filter(
    (r) =>
      r.personId != null &&
      boundSet.has(r.personId) &&
      r.date <= today &&
      r.date <= period.end &&
      (rule.per === 'once' || r.date >= period.start),
  );
  const covered = new Set(eligible.map((r) => r.personId));
  return {
    ...judged(
      {
        done: bound.filter((id) => covered.has(id)).length,
        needed: ceilNeeded(rule.ratio * bound.length),
        countingRecordIds: uniqueById(eligible).map((r) => r.id),
        dueDate: period.end,
      },
      today,
    ),
    missingPersonIds: bound.filter((id) => !covered.has(id)),
  };
}
