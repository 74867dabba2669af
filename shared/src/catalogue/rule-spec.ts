/**
 * Checks a RuleSpec for values the rule engine cannot judge by (zero counts, 2月30日 …). Used by the
 * catalogue tests and by localisation, where a unit raises a threshold or moves a deadline.
 */
import { PERIOD_UNITS, TRIGGER_EVENTS, type RuleSpec } from './types';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isPositiveInteger = (n: number) => Number.isInteger(n) && n > 0;
const isPeriod = (per: string) => (PERIOD_UNITS as readonly string[]).includes(per);

/** Problems with a rule, in Chinese; empty when the rule is usable. */
export function ruleSpecProblems(rule: RuleSpec): string[] {
  const problems: string[] = [];
  switch (rule.kind) {
    case 'count':
      if (!isPositiveInteger(rule.min)) problems.push('次数须为正整数');
      if (!isPeriod(rule.per)) problems.push('周期不正确');
      break;
    case 'amount':
      if (!(Number.isFinite(rule.min) && rule.min > 0)) problems.push('天数须大于0');
      if (rule.unit !== 'day') problems.push('计量单位不正确');
      if (!isPeriod(rule.per)) problems.push('周期不正确');
      break;
    case 'coverage':
      if (!(Number.isFinite(rule.ratio) && rule.ratio > 0 && rule.ratio <= 1)) problems.push('覆盖率须大于0且不超过100%');
      if (rule.per !== 'once' && !isPeriod(rule.per)) problems.push('周期不正确');
      break;
    case 'deadline': {
      // A yearly deadline must exist every year, so 2月29日 is refused as well.
      const monthDays = Number.isInteger(rule.month) ? DAYS_IN_MONTH[rule.month - 1] : undefined;
      if (monthDays === undefined) problems.push('截止月份须为1—12');
      else if (!Number.isInteger(rule.day) || rule.day < 1 || rule.day > monthDays) problems.push('截止日期不存在');
      break;
    }
    case 'trigger':
      if (!(TRIGGER_EVENTS as readonly string[]).includes(rule.event)) problems.push('触发事件不正确');
      if (!isPositiveInteger(rule.withinDays)) problems.push('期限天数须为正整数');
      break;
  }
  return problems;
}
