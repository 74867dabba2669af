import dayjs, { type Dayjs } from 'dayjs';
import type { ActivityRecord, CreateRecordRequest, RecordField, UpdateRecordRequest } from '@mofan/shared';
import { detailKeyOf, fieldOfDetailKey, type FormShape } from './record-form-shape';

export interface AttendanceRow {
  personId: string;
  name: string;
  present: boolean;
  absenceReason?: string | null;
}

export interface LecturerValue {
  personId?: string | null;
  /** An outside lecturer, named in words. */
  name?: string | null;
}

export interface RecordFormValues {
  kinds: string[];
  ownerNodeId?: string | null;
  personId?: string | null;
  date?: Dayjs | null;
  dateRange?: [Dayjs | null, Dayjs | null] | null;
  month?: Dayjs | null;
  topic?: string | null;
  hostPersonId?: string | null;
  lecturer?: LecturerValue | null;
  notes?: string | null;
  details?: Record<string, string | Dayjs | null | undefined>;
  participants?: AttendanceRow[];
}

const ISO = 'YYYY-MM-DD';

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function detailValue(value: string | Dayjs | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return text(value);
  return value.format(ISO);
}

/** What a stored record already says, as fields: kept visible while editing whatever its kinds now ask. */
export function filledFields(r: ActivityRecord): RecordField[] {
  const fields: RecordField[] = [];
  if (r.topic) fields.push('topic');
  if (r.hostPersonId) fields.push('host');
  if (r.lecturerPersonId || r.lecturerName) fields.push('lecturer');
  if (r.notes) fields.push('notes');
  for (const key of Object.keys(r.details)) {
    const field = fieldOfDetailKey(key);
    if (field) fields.push(field);
  }
  return fields;
}

export function recordToFormValues(r: ActivityRecord): RecordFormValues {
  const details: Record<string, string | Dayjs | null> = {};
  for (const [key, value] of Object.entries(r.details)) {
    if (typeof value === 'string') details[key] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayjs(value) : value;
    else if (typeof value === 'number') details[key] = String(value);
  }
  return {
    kinds: r.kinds,
    ownerNodeId: r.ownerNodeId,
    personId: r.personId,
    date: dayjs(r.occurredOn),
    dateRange: [dayjs(r.occurredOn), dayjs(r.endsOn ?? r.occurredOn)],
    month: dayjs(r.occurredOn),
    topic: r.topic,
    hostPersonId: r.hostPersonId,
    // A lecturer chosen from the people list comes back with their name filled in too.
    lecturer: { personId: r.lecturerPersonId, name: r.lecturerPersonId ? null : r.lecturerName },
    notes: r.notes,
    details,
    participants: r.participants.map((p) => ({ ...p })),
  };
}

function dates(v: RecordFormValues, shape: FormShape): { occurredOn: string; endsOn: string | null } {
  if (shape.dateField === 'date_range') {
    const [start, end] = v.dateRange ?? [null, null];
    const from = start ?? dayjs();
    return { occurredOn: from.format(ISO), endsOn: (end ?? from).format(ISO) };
  }
  if (shape.dateField === 'month') return { occurredOn: (v.month ?? dayjs()).startOf('month').format(ISO), endsOn: null };
  return { occurredOn: (v.date ?? dayjs()).format(ISO), endsOn: null };
}

/**
 * The body for the fields on screen: each asked field is sent, empty as null, so clearing one on
 * edit really clears it. Fields the chosen kinds do not ask are left out (unchanged on edit).
 */
export function formValuesToBody(v: RecordFormValues, shape: FormShape, existingDetails: Record<string, unknown> = {}): CreateRecordRequest {
  const asked = new Set(shape.fields.map((f) => f.field));
  const body: CreateRecordRequest = { kinds: v.kinds, ...dates(v, shape) };
  if (shape.scope === 'personal') body.personId = v.personId ?? null;
  else if (v.ownerNodeId) body.ownerNodeId = v.ownerNodeId;
  if (asked.has('topic')) body.topic = text(v.topic);
  if (asked.has('host')) body.hostPersonId = v.hostPersonId ?? null;
  if (asked.has('lecturer')) {
    body.lecturerPersonId = v.lecturer?.personId ?? null;
    body.lecturerName = body.lecturerPersonId ? null : text(v.lecturer?.name);
  }
  if (asked.has('notes')) body.notes = text(v.notes);
  if (asked.has('participants')) {
    // Unchecked people count as absent only where the kinds ask for absentees; otherwise they are left out.
    body.participants = (v.participants ?? [])
      .filter((p) => p.present || shape.asksAbsentees)
      .map((p) => ({ personId: p.personId, present: p.present, absenceReason: p.present ? null : text(p.absenceReason) }));
  }
  const details = new Map<string, string | number | boolean>();
  for (const [key, value] of Object.entries(existingDetails)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') details.set(key, value);
  }
  for (const field of asked) {
    const key = detailKeyOf(field);
    if (!key) continue;
    const value = detailValue(v.details?.[key]);
    if (value === null) details.delete(key);
    else details.set(key, value);
  }
  if (details.size > 0 || Object.keys(existingDetails).length > 0) body.details = Object.fromEntries(details);
  return body;
}

export function formValuesToUpdate(v: RecordFormValues, shape: FormShape, record: ActivityRecord): UpdateRecordRequest {
  return { ...formValuesToBody(v, shape, record.details), version: record.version };
}
