import { looserThan, ruleSpecSchema, type RuleSpec } from '@mofan/shared';
import type { EffectiveRequirementView, RequirementChangeView } from '../api/get-effective-catalogue';

/** The numbers of a rule a node may change; the rest (kind, period, event) stays as inherited. */
export interface RuleNumbers {
  min?: number | null;
  /** Coverage as a percentage (100 = everyone), shown the way people speak of it. */
  percent?: number | null;
  month?: number | null;
  day?: number | null;
  withinDays?: number | null;
}

/** The served rule (a loose record) as a RuleSpec, or null if it is not one the editor knows. */
export function asRuleSpec(rule: Record<string, unknown> | null | undefined): RuleSpec | null {
  if (!rule) return null;
  const parsed = ruleSpecSchema.safeParse(rule);
  return parsed.success ? parsed.data : null;
}

/** The node's own change to the requirement, if it made one. */
export function ownChange(requirement: EffectiveRequirementView, nodeId: string): RequirementChangeView | undefined {
  return requirement.changes.find((c) => c.nodeId === nodeId);
}

/**
 * The rule the node inherits: the base rule with every change above the node applied, the way
 * the server builds it (a change looser than what it inherits is ignored there too).
 */
export function inheritedRule(requirement: EffectiveRequirementView, nodeId: string): RuleSpec | null {
  let current = asRuleSpec(requirement.baseRule);
  if (!current) return null;
  for (const change of requirement.changes) {
    if (change.nodeId === nodeId) continue;
    const next = asRuleSpec(change.rule);
    if (next && !looserThan(current, next)) current = next;
  }
  return current;
}

export function numbersOf(rule: RuleSpec): RuleNumbers {
  switch (rule.kind) {
    case 'count':
    case 'amount':
      return { min: rule.min };
    case 'coverage':
      return { percent: Math.round(rule.ratio * 1000) / 10 };
    case 'deadline':
      return { month: rule.month, day: rule.day };
    case 'trigger':
      return { withinDays: rule.withinDays };
  }
}

/** The inherited rule with the edited numbers in place; a blank field keeps the inherited value. */
export function withNumbers(base: RuleSpec, n: RuleNumbers): RuleSpec {
  switch (base.kind) {
    case 'count':
    case 'amount':
      return { ...base, min: n.min ?? base.min };
    case 'coverage':
      return { ...base, ratio: n.percent != null ? n.percent / 100 : base.ratio };
    case 'deadline':
      return { ...base, month: n.month ?? base.month, day: n.day ?? base.day };
    case 'trigger':
      return { ...base, withinDays: n.withinDays ?? base.withinDays };
  }
}

export function sameRule(a: RuleSpec, b: RuleSpec): boolean {
  return JSON.stringify(numbersOf(a)) === JSON.stringify(numbersOf(b));
}

/** The form field a problem with the rule is shown under. */
export function ruleField(rule: RuleSpec): keyof RuleNumbers {
  switch (rule.kind) {
    case 'count':
    case 'amount':
      return 'min';
    case 'coverage':
      return 'percent';
    case 'deadline':
      return 'day';
    case 'trigger':
      return 'withinDays';
  }
}
