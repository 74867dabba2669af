import {
  ACTIVITY_KIND_DEFINITIONS,
  isActivityKind,
  ORG_NODE_KINDS,
  RECORD_FIELD_DEFINITIONS,
  RECORD_FIELDS,
  type OrgNodeKind,
  type RecordField,
} from '@mofan/shared';
import type { ActivityKindInfo } from '../../catalogue/api/get-catalogue';

export interface ShapedField {
  field: RecordField;
  label: string;
  required: boolean;
  /** Why a requirement needs it, from each chosen kind that does: the help text under the field. */
  reasons: string[];
}

export type DateField = 'date_range' | 'date' | 'month';

export interface FormShape {
  /** null before any kind is chosen; 'mixed' is refused (a record is either an org's or a person's). */
  scope: 'org' | 'personal' | 'mixed' | null;
  /** The node kinds every chosen org kind accepts as owner. */
  ownerKinds: OrgNodeKind[];
  personLabel: string;
  date: ShapedField;
  dateField: DateField;
  /** The remaining fields to ask, in the catalogue's field order. */
  fields: ShapedField[];
  /** Whether unchecked people are recorded as absent (with a reason) or simply left out. */
  asksAbsentees: boolean;
}

function isRecordField(value: string): value is RecordField {
  return (RECORD_FIELDS as readonly string[]).includes(value);
}

/** Fields the form places itself (owner, person, the date) or never asks (attachments: photos are never a condition). */
const PLACED: readonly RecordField[] = ['owner', 'person', 'date', 'date_range', 'month', 'attachments', 'absentees'];

interface Collected {
  labels: Set<string | undefined>;
  required: boolean;
  reasons: string[];
}

function shaped(field: RecordField, c: Collected): ShapedField {
  // Two kinds naming the same field differently (党课题目 / 警示教育片或案例) fall back to the plain name.
  const own = c.labels.size === 1 ? [...c.labels][0] : undefined;
  return { field, label: own ?? RECORD_FIELD_DEFINITIONS[field].label, required: c.required, reasons: c.reasons };
}

/**
 * The one record form for every kind: the union of the chosen kinds' fields, required where any
 * kind requires it. `extra` adds fields a record being edited already holds (or a stage's fields),
 * so nothing it says is hidden from the person changing it.
 */
export function formShape(chosen: readonly ActivityKindInfo[], extra: readonly RecordField[] = []): FormShape {
  const collected = new Map<RecordField, Collected>();
  const add = (field: RecordField, required: boolean, label?: string, reason?: string) => {
    const c = collected.get(field) ?? { labels: new Set<string | undefined>(), required: false, reasons: [] };
    c.labels.add(label);
    c.required ||= required;
    if (reason && !c.reasons.includes(reason)) c.reasons.push(reason);
    collected.set(field, c);
  };
  for (const kind of chosen) {
    for (const f of kind.fields) if (isRecordField(f.field)) add(f.field, f.required, f.label, f.reason);
  }
  for (const field of extra) if (!collected.has(field)) add(field, false);

  const scopes = new Set(chosen.map((k) => k.scope));
  const scope = scopes.size === 0 ? null : scopes.size > 1 ? 'mixed' : scopes.has('personal') ? 'personal' : 'org';

  const orgKinds = chosen.filter((k) => k.scope === 'org');
  const ownerKinds = orgKinds.length === 0 ? [] : ORG_NODE_KINDS.filter((n) => orgKinds.every((k) => k.ownerKinds.includes(n)));

  // A multi-day range covers a single date, and a date covers a month.
  const dateField: DateField = collected.has('date_range') ? 'date_range' : collected.has('date') || !collected.has('month') ? 'date' : 'month';
  const dateCollected = collected.get(dateField) ?? { labels: new Set<string | undefined>(), required: true, reasons: [] };
  const person = collected.get('person');

  return {
    scope,
    ownerKinds,
    personLabel: person ? shaped('person', person).label : RECORD_FIELD_DEFINITIONS.person.label,
    date: { ...shaped(dateField, dateCollected), required: true },
    dateField,
    fields: RECORD_FIELDS.filter((f) => collected.has(f) && !PLACED.includes(f)).map((f) => shaped(f, collected.get(f)!)),
    asksAbsentees: collected.has('absentees'),
  };
}

/** The fields of the later stages (认领 → 解决 → 完善) of the chosen kinds, offered when editing. */
export function stageFields(kinds: readonly string[]): RecordField[] {
  return kinds.flatMap((k) => (isActivityKind(k) ? (ACTIVITY_KIND_DEFINITIONS[k].stages ?? []).slice(1).flatMap((s) => s.fields) : []));
}

/** The details key a field is stored under, if it is kept in `details`. */
export function detailKeyOf(field: RecordField): string | null {
  const storage = RECORD_FIELD_DEFINITIONS[field].storage;
  return storage.in === 'details' ? storage.key : null;
}

/** A details key back to its field (for a record's existing details). */
export function fieldOfDetailKey(key: string): RecordField | null {
  return RECORD_FIELDS.find((f) => detailKeyOf(f) === key) ?? null;
}
