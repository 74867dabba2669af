import type { FormInstance } from 'antd';
import type { ApiError } from '../../../lib/api-error';
import type { FormShape } from './record-form-shape';
import type { AttendanceRow } from './record-form-values';

type NamePath = string | (string | number)[];

/** A server field name (`participants.3.personId`, `details.bookTitle`, `kinds.1`) as this form's field. */
function formFieldOf(field: string, shape: FormShape): NamePath | null {
  const [head, second] = field.split('.');
  switch (head) {
    case 'kinds':
    case 'ownerNodeId':
    case 'personId':
    case 'topic':
    case 'hostPersonId':
    case 'notes':
    case 'participants':
      return head;
    case 'occurredOn':
    case 'endsOn':
      return shape.dateField === 'date_range' ? 'dateRange' : shape.dateField;
    case 'lecturerPersonId':
    case 'lecturerName':
      return 'lecturer';
    case 'details':
      return second ? ['details', second] : null;
    default:
      return null;
  }
}

/**
 * Puts a 400's per-field messages under the record form's fields; a participant's problem names the
 * person. Returns false when some message fits no field on screen, so the caller still shows it.
 */
export function applyRecordFieldErrors(form: FormInstance, error: ApiError, shape: FormShape, rows: readonly AttendanceRow[]): boolean {
  const fieldErrors = error.fieldErrors;
  if (fieldErrors.length === 0) return false;
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  let allMapped = true;
  for (const { field, message } of fieldErrors) {
    const name = formFieldOf(field, shape);
    if (!name) {
      allMapped = false;
      continue;
    }
    let text = message;
    const index = /^participants\.(\d+)/.exec(field)?.[1];
    if (index !== undefined) text = `${rows[Number(index)]?.name ?? `第${Number(index) + 1}人`}：${message}`;
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(text);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return allMapped;
}
