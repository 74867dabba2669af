/**
 * What a unit made of one item of a 工委's 重点任务指引 ("结合实际、因地制宜", not "上下一般粗"):
 * taken as it was, changed to fit, dropped with a reason, or not in its list at all.
 */
import type { LocalisationOutcome, TaskItemStatus } from '@mofan/shared';

export interface ComparedFields {
  title: string;
  standard: string | null;
  dueOn: string | null;
}

export type ChangedField = keyof ComparedFields;

const COMPARED: readonly ChangedField[] = ['title', 'standard', 'dueOn'];

export function localisationOutcome(source: ComparedFields, copy: (ComparedFields & { status: TaskItemStatus }) | null): { outcome: LocalisationOutcome; changedFields: ChangedField[] } {
  if (!copy) return { outcome: 'missing', changedFields: [] };
  const changedFields = COMPARED.filter((f) => (source[f] ?? '') !== (copy[f] ?? ''));
  if (copy.status === 'dropped') return { outcome: 'dropped', changedFields };
  return { outcome: changedFields.length > 0 ? 'changed' : 'adopted', changedFields };
}
