/** amount rules: at least `min` days in each period (下基层 ≥90 / ≥60 days a year). */
import type { RuleSpec } from '../../catalogue/types';
import { bindingIn, noBoundDaysReason } from './binding';
import { daysBetweenInclusive } from './calendar';
import { ceilNeeded, recordDaysIn, roundDays, uniqueById } from './evidence';
import { exemptResult, judged } from './result';
import type { ComplianceResult, EvaluationInput, PersonBinding } from './types';

/**
 * Sums the days of the records inside the period (a trip across the period's end counts only
 * its days inside). A person asked for part of the period — joined or left mid-year, a post
 * that changed hands, months of leave — is asked for the same share of `min`, rounded up:
 * 60 days a year for someone bound 1 July – 31 December is ceil(60 × 184 / 365) = 31 days.
 * Days count only while in the target set, so a trip made as 科室人员 does not also count
 * towards the 班子成员 quota after a promotion.
 */
export function evaluateAmount(
  rule: Extract<RuleSpec, { kind: 'amount' }>,
  input: EvaluationInput,
  person: PersonBinding | null,
): ComplianceResult {
  const { period, today } = input;
  const binding = bindingIn(person, { from: period.start, to: period.end });
  if (binding.boundDays === 0) return exemptResult(period.end, noBoundDaysReason(binding));
  const needed = ceilNeeded((rule.min * binding.boundDays) / daysBetweenInclusive(period.start, period.end));
  let done = 0;
  const countingRecordIds: string[] = [];
  for (const record of uniqueById(input.records)) {
    const days = recordDaysIn(record, binding.memberRanges, today);
    if (days <= 0) continue;
    done += days;
    countingRecordIds.push(record.id);
  }
  return judged({ done: roundDays(done), needed, countingRecordIds, dueDate: period.end }, today);
}
