import { ACTIVITY_KIND_DEFINITIONS, PROGRAMMES, type RuleSpec, type TargetSpec, isActivityKind, ruleSpecProblems } from '@mofan/shared';
import type { FieldError } from '../../errors';

/** What an own requirement says, as checked before it is stored. */
export interface OwnRequirementDraft {
  programmeCode: string;
  dimensionCode: string;
  evidence: readonly string[];
  target: TargetSpec;
  rule: RuleSpec;
  evidenceRole: 'lecturer' | 'host' | null;
}

const PERSON_TARGETS = new Set<TargetSpec['kind']>(['person', 'leader_department_pair']);

/**
 * Why an own requirement could not be judged, one message per field. The same conditions the
 * shipped catalogue's tests hold every requirement to, so a unit's own item can be met by the
 * records the ledger lets it keep: its kinds exist, can be owned by the org it binds or credit the
 * person it binds, carry dates when days are summed; coverage and trigger rules bind people.
 */
export function ownRequirementProblems(draft: OwnRequirementDraft): FieldError[] {
  const problems: FieldError[] = [];
  const programme = PROGRAMMES.find((p) => p.code === draft.programmeCode);
  if (!programme) problems.push({ field: 'programmeCode', message: '没有这个创建体系' });
  else if (!programme.dimensions.some((d) => d.code === draft.dimensionCode)) problems.push({ field: 'dimensionCode', message: `${programme.name}没有这个创建维度` });

  if (new Set(draft.evidence).size !== draft.evidence.length) problems.push({ field: 'evidence', message: '活动类型重复' });
  const kinds = draft.evidence.flatMap((id, i) => {
    if (isActivityKind(id)) return [ACTIVITY_KIND_DEFINITIONS[id]];
    problems.push({ field: `evidence.${i}`, message: '没有这种活动类型' });
    return [];
  });

  const ruleProblems = ruleSpecProblems(draft.rule);
  if (ruleProblems.length > 0) problems.push({ field: 'rule', message: ruleProblems.join('；') });

  const target = draft.target;
  const bindsPeople = PERSON_TARGETS.has(target.kind);
  if ((draft.rule.kind === 'coverage' || draft.rule.kind === 'trigger') && target.kind !== 'person') {
    problems.push({ field: 'target', message: draft.rule.kind === 'coverage' ? '覆盖率要求须以人员为考核对象' : '触发式要求须以人员为考核对象' });
  }
  if (draft.evidenceRole && !bindsPeople) problems.push({ field: 'evidenceRole', message: '只有以人员为考核对象的要求才能指定担任的角色' });

  for (const kind of kinds) {
    if (bindsPeople && kind.credits.length === 0) problems.push({ field: 'evidence', message: `${kind.label}不记个人，不能用于考核人员` });
    if (target.kind === 'department' && !kind.ownerKinds.includes('department')) problems.push({ field: 'evidence', message: `${kind.label}不能记在科室名下` });
    if (target.kind === 'party_org' && target.levels.some((level) => !kind.ownerKinds.includes(level))) {
      problems.push({ field: 'evidence', message: `${kind.label}不能由所选党组织登记` });
    }
    if (draft.rule.kind === 'amount' && !kind.fields.some((f) => f.required && (f.field === 'date_range' || f.field === 'date'))) {
      problems.push({ field: 'evidence', message: `${kind.label}没有日期，不能累计天数` });
    }
  }
  return problems;
}
