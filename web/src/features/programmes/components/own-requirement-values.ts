import {
  ruleSpecSchema,
  targetSpecSchema,
  type CreateOwnRequirementRequest,
  type OwnRequirementView,
  type PartyNodeKind,
  type PeriodUnit,
  type PersonSelector,
  type ProgrammeCode,
  type RuleSpec,
  type TargetSpec,
  type TriggerEvent,
} from '@mofan/shared';
import { numbersOf, withNumbers, type RuleNumbers } from '../../catalogue/components/rule-edit';

/**
 * The own-requirement form keeps target and rule as flat fields (a kind picker and the fields that
 * kind needs), the way a person fills them in; these functions turn them into the API's TargetSpec
 * and RuleSpec and back.
 */
export interface OwnRequirementValues extends RuleNumbers {
  title: string;
  programmeCode: ProgrammeCode;
  dimensionCode: string;
  evidence: string[];
  targetKind: TargetSpec['kind'];
  levels?: PartyNodeKind[];
  who?: PersonSelector;
  ruleKind: RuleSpec['kind'];
  per?: PeriodUnit;
  coveragePer?: PeriodUnit | 'once';
  event?: TriggerEvent;
  /** '' for any part in the record. */
  evidenceRole: '' | 'lecturer' | 'host';
  note?: string;
}

export const TARGET_KINDS: readonly TargetSpec['kind'][] = ['unit', 'department', 'party_org', 'person', 'leader_department_pair'];
export const RULE_KINDS: readonly RuleSpec['kind'][] = ['count', 'amount', 'coverage', 'deadline', 'trigger'];
export const EVIDENCE_ROLES: readonly OwnRequirementValues['evidenceRole'][] = ['', 'lecturer', 'host'];

export const TARGET_KIND_LABELS: Record<TargetSpec['kind'], string> = {
  unit: '本单位',
  department: '各内设科室',
  party_org: '党组织',
  person: '人员',
  leader_department_pair: '班子成员 × 分管科室',
};

export const RULE_KIND_LABELS: Record<RuleSpec['kind'], string> = {
  count: '次数：每个周期不少于若干次',
  amount: '天数：每个周期累计不少于若干天',
  coverage: '覆盖：考核对象人员全覆盖或不低于某一比例',
  deadline: '时限：每年某月某日前完成',
  trigger: '触发：某事发生后若干天内完成',
};

export const TRIGGER_EVENT_LABELS: Record<TriggerEvent, string> = {
  hired: '入职',
  post_started: '任职',
  post_changed: '岗位调整',
  party_anniversary: '入党纪念日',
};

export const EVIDENCE_ROLE_LABELS: Record<OwnRequirementValues['evidenceRole'], string> = {
  '': '参加即可（本人、主持、主讲或出席）',
  lecturer: '须担任主讲人',
  host: '须担任主持人',
};

/** Targets whose items bind people, where the part a person played may matter. */
export function bindsPeople(kind: TargetSpec['kind'] | undefined): boolean {
  return kind === 'person' || kind === 'leader_department_pair';
}

export function targetOf(v: Pick<OwnRequirementValues, 'targetKind' | 'levels' | 'who'>): TargetSpec {
  switch (v.targetKind) {
    case 'party_org':
      return { kind: 'party_org', levels: v.levels ?? [] };
    case 'person':
      return { kind: 'person', who: v.who ?? 'all_staff' };
    default:
      return { kind: v.targetKind };
  }
}

/** The rule the form describes: the chosen kind with its period or event, then the numbers typed. */
export function ruleOf(v: OwnRequirementValues): RuleSpec {
  const base: RuleSpec = (() => {
    switch (v.ruleKind) {
      case 'count':
        return { kind: 'count', min: 1, per: v.per ?? 'year' };
      case 'amount':
        return { kind: 'amount', min: 1, unit: 'day', per: v.per ?? 'year' };
      case 'coverage':
        return { kind: 'coverage', ratio: 1, per: v.coveragePer ?? 'year' };
      case 'deadline':
        return { kind: 'deadline', month: 12, day: 31 };
      case 'trigger':
        return { kind: 'trigger', event: v.event ?? 'hired', withinDays: 30 };
    }
  })();
  return withNumbers(base, v);
}

export function requestOf(v: OwnRequirementValues): Omit<CreateOwnRequirementRequest, 'nodeId'> {
  return {
    title: v.title.trim(),
    programmeCode: v.programmeCode,
    dimensionCode: v.dimensionCode,
    evidence: v.evidence,
    target: targetOf(v),
    rule: ruleOf(v),
    evidenceRole: bindsPeople(v.targetKind) && v.evidenceRole ? v.evidenceRole : null,
    note: v.note?.trim() || null,
  };
}

/** A new item starts as the commonest shape: the unit, at least once a year. */
export const NEW_VALUES: Partial<OwnRequirementValues> = { targetKind: 'unit', ruleKind: 'count', per: 'year', min: 1, evidenceRole: '', evidence: [] };

/** The form's values for an existing item; target and rule arrive as loose records and are read through the schemas. */
export function valuesOf(item: OwnRequirementView): Partial<OwnRequirementValues> {
  const target = targetSpecSchema.safeParse(item.target);
  const rule = ruleSpecSchema.safeParse(item.rule);
  const values: Partial<OwnRequirementValues> = {
    title: item.title,
    programmeCode: item.programmeCode,
    dimensionCode: item.dimensionCode,
    evidence: item.evidence,
    evidenceRole: item.evidenceRole ?? '',
    note: item.note ?? '',
  };
  if (target.success) {
    values.targetKind = target.data.kind;
    if (target.data.kind === 'party_org') values.levels = target.data.levels;
    if (target.data.kind === 'person') values.who = target.data.who;
  }
  if (rule.success) {
    const r = rule.data;
    Object.assign(values, { ruleKind: r.kind }, numbersOf(r));
    if (r.kind === 'count' || r.kind === 'amount') values.per = r.per;
    if (r.kind === 'coverage') values.coveragePer = r.per;
    if (r.kind === 'trigger') values.event = r.event;
  }
  return values;
}
