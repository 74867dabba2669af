/**
 * The burden rule measured (domain.md §3): per activity kind, the fields a record must have and the
 * steps it takes, derived from the kind definitions so the docs page cannot drift from the form.
 */
import {
  ACTIVITY_GROUP_LABELS,
  ACTIVITY_KIND_DEFINITIONS,
  ACTIVITY_KINDS,
  RECORD_FIELD_DEFINITIONS,
  RECORD_SCOPE_LABELS,
  type ActivityKind,
  type ActivityKindDefinition,
  type RecordField,
} from './activity-kinds';
import { REQUIREMENT_CATALOGUE } from './requirements';
import type { RequirementDefinition } from './types';

export interface BurdenField {
  field: RecordField;
  label: string;
  /** Why a requirement needs it (required fields beyond the basics). */
  reason?: string;
}

export interface BurdenRow {
  kind: ActivityKind;
  label: string;
  group: string;
  scope: string;
  /** What must be filled in before the record counts. */
  requiredFields: BurdenField[];
  /** What the form offers but never insists on (attendance, notes, photos …). */
  optionalFields: BurdenField[];
  /** Each separate sitting it takes; most kinds take one. */
  steps: string[];
  /** True if any required field is a photo or other attachment; the rule says this never happens. */
  photoRequired: boolean;
  /** Requirement ids a record of this kind counts for (enter once, count everywhere). */
  countsFor: string[];
}

function labelOf(kind: ActivityKindDefinition, field: RecordField): string {
  return kind.fields.find((f) => f.field === field)?.label ?? RECORD_FIELD_DEFINITIONS[field].label;
}

/** Stages up to and including the one from which the record counts; all of them if none is named. */
function countingStages(kind: ActivityKindDefinition): NonNullable<ActivityKindDefinition['stages']> {
  const stages = kind.stages ?? [];
  const last = stages.findIndex((s) => s.id === kind.countsFromStage);
  return last < 0 ? stages : stages.slice(0, last + 1);
}

export function burdenOfKind(kind: ActivityKindDefinition, requirements: readonly RequirementDefinition[] = REQUIREMENT_CATALOGUE): BurdenRow {
  const required: BurdenField[] = [];
  const optional: BurdenField[] = [];
  const seen = new Set<RecordField>();
  const add = (list: BurdenField[], field: RecordField, reason?: string) => {
    if (seen.has(field)) return;
    seen.add(field);
    list.push(reason ? { field, label: labelOf(kind, field), reason } : { field, label: labelOf(kind, field) });
  };
  for (const f of kind.fields) if (f.required) add(required, f.field, f.reason);
  // A staged record counts only once its counting stage is filled in, so those fields are required too.
  for (const stage of countingStages(kind)) for (const field of stage.fields) add(required, field, `“${stage.label}”环节`);
  for (const f of kind.fields) if (!f.required) add(optional, f.field);
  for (const stage of kind.stages ?? []) for (const field of stage.fields) add(optional, field);

  const names = (fields: RecordField[]) => fields.map((f) => labelOf(kind, f)).join('、');
  const steps = kind.stages?.length
    ? kind.stages.map((s, i) => (i === 0 ? `${s.label}：新建记录，填写${names(kind.fields.filter((f) => f.required).map((f) => f.field))}` : `${s.label}：补填${names(s.fields)}`))
    : [`新建记录，勾选“${kind.label}”，填写${names(required.map((f) => f.field))}`];

  return {
    kind: kind.id,
    label: kind.label,
    group: ACTIVITY_GROUP_LABELS[kind.group],
    scope: RECORD_SCOPE_LABELS[kind.scope],
    requiredFields: required,
    optionalFields: optional,
    steps,
    photoRequired: required.some((f) => RECORD_FIELD_DEFINITIONS[f.field].media),
    countsFor: requirements.filter((r) => r.evidence.includes(kind.id)).map((r) => r.id),
  };
}

/** One row per activity kind, in catalogue order. */
export function burdenTable(
  kinds: readonly ActivityKindDefinition[] = ACTIVITY_KINDS.map((k) => ACTIVITY_KIND_DEFINITIONS[k]),
  requirements: readonly RequirementDefinition[] = REQUIREMENT_CATALOGUE,
): BurdenRow[] {
  return kinds.map((k) => burdenOfKind(k, requirements));
}

/** The docs page (Markdown, Chinese) listing each kind's required fields and steps. */
export function burdenMarkdown(rows: readonly BurdenRow[] = burdenTable()): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    '# 台账录入负担（按活动类型）',
    '',
    '本页由 `shared/src/catalogue/burden.ts` 根据活动类型定义生成，请勿手工修改。照片、签到表等附件一律可不传。',
    '',
    '| 活动类型 | 类别 | 记录方式 | 必填项 | 必填数 | 步骤 | 可选项 | 计入的要求 |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${[
        r.label,
        r.group,
        r.scope,
        r.requiredFields.map((f) => f.label).join('、'),
        String(r.requiredFields.length),
        r.steps.map((s, i) => `${i + 1}. ${s}`).join('<br>'),
        r.optionalFields.map((f) => f.label).join('、'),
        r.countsFor.map((id) => `\`${id}\``).join(' '),
      ]
        .map(cell)
        .join(' | ')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
