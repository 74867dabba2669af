import type { TaskItemStatus } from '@mofan/shared';
import { describe, expect, it } from 'vitest';
import { type ComparedFields, localisationOutcome } from './localisation-outcome';

const source: ComparedFields = { title: '开展警示教育', standard: '全年不少于4次，全员参加', dueOn: '2026-12-15' };

describe('localisationOutcome', () => {
  it.each<[string, (ComparedFields & { status: TaskItemStatus }) | null, string, string[]]>([
    ['no copy in the unit’s list', null, 'missing', []],
    ['the copy unchanged', { ...source, status: 'open' }, 'adopted', []],
    ['the copy unchanged and already verified', { ...source, status: 'verified' }, 'adopted', []],
    ['a stricter standard', { ...source, standard: '全年不少于6次', status: 'open' }, 'changed', ['standard']],
    ['an earlier deadline and a new title', { ...source, title: '警示教育进科室', dueOn: '2026-10-31', status: 'completed' }, 'changed', ['title', 'dueOn']],
    ['dropped as it was', { ...source, status: 'dropped' }, 'dropped', []],
    ['dropped after a change', { ...source, dueOn: null, status: 'dropped' }, 'dropped', ['dueOn']],
  ])('%s → %s %j', (_name, copy, outcome, changed) => {
    expect(localisationOutcome(source, copy)).toEqual({ outcome, changedFields: changed });
  });
});
