import { ACTIVITY_KIND_DEFINITIONS, type ActivityKindDefinition, RECORD_FIELD_DEFINITIONS, type RecordField, isActivityKind } from './activity-kinds';

/** What a record holds, as the checks read it (the API body or a stored row). */
export interface RecordFacts {
  personId?: string | null;
  occurredOn?: string | null;
  topic?: string | null;
  hostPersonId?: string | null;
  lecturerPersonId?: string | null;
  lecturerName?: string | null;
  notes?: string | null;
  details?: Readonly<Record<string, unknown>> | null;
  presentCount: number;
}

function filled(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

/** Fields asked only when a later stage is reached (办实事: 认领, 解决, 完善) are not required at creation. */
function laterStageFields(kind: ActivityKindDefinition): Set<RecordField> {
  return new Set((kind.stages ?? []).slice(1).flatMap((s) => s.fields));
}

/** Whether a record holds a field, wherever the catalogue says the field is kept. */
function holds(record: RecordFacts, field: RecordField): boolean {
  const storage = RECORD_FIELD_DEFINITIONS[field].storage;
  switch (storage.in) {
    case 'attachments':
      return true;
    case 'participants':
      return storage.present ? record.presentCount > 0 : true;
    case 'details':
      return filled(record.details?.[storage.key]);
    case 'column':
      return storage.columns.every((c) => {
        if (c === 'lecturer') return filled(record.lecturerPersonId) || filled(record.lecturerName);
        if (c === 'ownerNodeId' || c === 'endsOn') return true;
        return filled(record[c]);
      });
  }
}

/** The API field a missing catalogue field is reported under, so the form can mark it. */
function apiField(field: RecordField): string {
  const storage = RECORD_FIELD_DEFINITIONS[field].storage;
  if (storage.in === 'details') return `details.${storage.key}`;
  if (storage.in === 'participants') return 'participants';
  if (storage.in === 'column') {
    const c = storage.columns[0];
    return c === 'lecturer' ? 'lecturerPersonId' : (c ?? field);
  }
  return field;
}

/**
 * The required fields of the chosen kinds that a record leaves empty (the record form asks only
 * these; photos never). Later-stage fields of staged kinds are not due at creation.
 */
export function missingRequiredFields(kinds: readonly string[], record: RecordFacts): { field: string; message: string }[] {
  const missing = new Map<string, string>();
  for (const id of kinds) {
    if (!isActivityKind(id)) continue;
    const kind = ACTIVITY_KIND_DEFINITIONS[id];
    const later = laterStageFields(kind);
    for (const f of kind.fields) {
      if (!f.required || later.has(f.field) || RECORD_FIELD_DEFINITIONS[f.field].media || holds(record, f.field)) continue;
      missing.set(apiField(f.field), `${kind.label}须填写${f.label ?? RECORD_FIELD_DEFINITIONS[f.field].label}`);
    }
  }
  return [...missing].map(([field, message]) => ({ field, message }));
}

/**
 * Whether a record of a staged kind has reached the stage from which it counts (a 办实事 counts
 * once solved). Kinds without stages count from creation.
 */
export function countsAsEvidence(kindId: string, record: RecordFacts): boolean {
  if (!isActivityKind(kindId)) return false;
  const kind = ACTIVITY_KIND_DEFINITIONS[kindId];
  if (!kind.stages || !kind.countsFromStage) return true;
  const index = kind.stages.findIndex((s) => s.id === kind.countsFromStage);
  return kind.stages.slice(0, index + 1).every((stage) => stage.fields.every((f) => holds(record, f)));
}
