/** trigger rules: done within N days after an event (纪律教育 after hiring, 谈心谈话, 政治生日). */
import type { RuleSpec } from '../../catalogue/types';
import { countInPeriod } from './count';
import type { ComplianceResult, EvaluationInput, PersonBinding } from './types';

/**
 * The period is the window [event, event + withinDays] (triggerPeriod / anniversaryPeriod): a
 * record on the event day or on day N is on time, one on day N+1 is not. There is no 'late'
 * credit as with deadlines: a record after the window cannot be told apart from one answering
 * the next event of the same kind (next year's 政治生日, the next 岗位调整), so it is missed.
 */
export function evaluateTrigger(
  _rule: Extract<RuleSpec, { kind: 'trigger' }>,
  input: EvaluationInput,
  person: PersonBinding | null,
): ComplianceResult {
  return countInPeriod(input, person, 1, (n) => Math.min(1, n));
}
