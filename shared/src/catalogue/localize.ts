import type { RequirementDefinition, RuleSpec } from './types';

/** One node's change to one requirement, as stored. */
export interface RequirementSetting {
  nodeId: string;
  nodeName: string;
  requirementId: string;
  enabled: boolean;
  rule: RuleSpec | null;
  reason: string | null;
}

/** A change as applied: `overtaken` when its rule is looser than what an ancestor now asks, so it no longer applies. */
export interface AppliedSetting extends RequirementSetting {
  overtaken: boolean;
}

/** A requirement as it binds a node after every change from the top of the tree down to it. */
export interface EffectiveRequirement {
  requirement: RequirementDefinition;
  enabled: boolean;
  /** The changes applied, top first: what the 工委 sees a unit changed, and why. */
  changes: AppliedSetting[];
}

function deadlineKey(rule: { month: number; day: number }): number {
  return rule.month * 100 + rule.day;
}

/**
 * Why `next` is not at least as strict as `base`, in Chinese, or null. A node may raise what is
 * asked (more meetings, more days, an earlier date, a shorter window), never lower it: lowering
 * is what switching an item off with a reason is for.
 */
export function looserThan(base: RuleSpec, next: RuleSpec): string | null {
  if (base.kind !== next.kind) return '不能改变规则的类型';
  switch (base.kind) {
    case 'count':
      if (next.kind !== 'count' || next.per !== base.per) return '不能改变周期';
      return next.min < base.min ? `次数不能低于${base.min}` : null;
    case 'amount':
      if (next.kind !== 'amount' || next.per !== base.per) return '不能改变周期';
      return next.min < base.min ? `天数不能低于${base.min}` : null;
    case 'coverage':
      if (next.kind !== 'coverage' || next.per !== base.per) return '不能改变周期';
      return next.ratio < base.ratio ? '覆盖比例不能降低' : null;
    case 'deadline':
      if (next.kind !== 'deadline') return '不能改变规则的类型';
      return deadlineKey(next) > deadlineKey(base) ? `完成时限不能晚于${base.month}月${base.day}日` : null;
    case 'trigger':
      if (next.kind !== 'trigger' || next.event !== base.event) return '不能改变触发事件';
      return next.withinDays > base.withinDays ? `时限不能长于${base.withinDays}天` : null;
  }
}

/**
 * The catalogue as it binds a node: the base requirements with the changes of the node's
 * ancestors and its own applied top down (`layers` ordered from the top of the tree). A later
 * layer may switch an item on or off and make its rule stricter than what it inherits.
 */
export function effectiveCatalogue(base: readonly RequirementDefinition[], layers: readonly (readonly RequirementSetting[])[]): EffectiveRequirement[] {
  return base.map((requirement) => {
    let current: EffectiveRequirement = { requirement, enabled: true, changes: [] };
    for (const layer of layers) {
      const setting = layer.find((s) => s.requirementId === requirement.id);
      if (!setting) continue;
      const overtaken = setting.rule !== null && looserThan(current.requirement.rule, setting.rule) !== null;
      const rule = setting.rule && !overtaken ? setting.rule : current.requirement.rule;
      current = { requirement: { ...current.requirement, rule }, enabled: setting.enabled, changes: [...current.changes, { ...setting, overtaken }] };
    }
    return current;
  });
}
