import { RECORD_FIELD_DEFINITIONS, RECORD_FIELDS } from '@mofan/shared';

/** details key (bookTitle) → field label (书名), from the catalogue's field definitions. */
export const DETAIL_LABELS: ReadonlyMap<string, string> = new Map(
  RECORD_FIELDS.flatMap((f) => {
    const storage = RECORD_FIELD_DEFINITIONS[f].storage;
    return storage.in === 'details' ? [[storage.key, RECORD_FIELD_DEFINITIONS[f].label] as const] : [];
  }),
);

export function detailText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
