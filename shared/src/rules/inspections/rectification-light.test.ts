import { describe, expect, it } from 'vitest';
import type { RectificationStatus } from '../../schemas/inspections';
import { directiveLightDay } from '../directives/directive-light';
import { officialCalendar2024To2026 } from '../working-days/official-2024-2026.fixture';
import { escalationRefusal, rectificationLight } from './rectification-light';

const calendar = officialCalendar2024To2026();

describe('亮灯 of a 整改 due Monday 2025-10-13 (after 国庆 2025)', () => {
  it.each<[string, RectificationStatus, string]>([
    ['2025-09-26', 'in_progress', 'green'],
    ['2025-10-08', 'in_progress', 'green'],
    ['2025-10-09', 'in_progress', 'yellow'],
    ['2025-10-11', 'in_progress', 'yellow'],
    ['2025-10-13', 'in_progress', 'yellow'],
    ['2025-10-14', 'in_progress', 'red'],
    ['2025-12-01', 'in_progress', 'red'],
    ['2025-10-14', 'submitted', 'green'],
    ['2025-10-14', 'closed', 'green'],
    ['2025-10-10', 'submitted', 'green'],
  ])('on %s, %s: %s', (today, status, expected) => {
    expect(rectificationLight(directiveLightDay(calendar, today), { status, dueOn: '2025-10-13' })).toBe(expected);
  });
});

describe('escalating an overdue 整改 into a directive', () => {
  it.each<[string, RectificationStatus, string | null, string | null]>([
    ['2025-10-14', 'in_progress', null, null],
    ['2025-10-13', 'in_progress', null, 'not_overdue'],
    ['2025-10-01', 'in_progress', null, 'not_overdue'],
    ['2025-10-14', 'submitted', null, 'not_overdue'],
    ['2025-10-14', 'closed', null, 'not_overdue'],
    ['2025-10-14', 'in_progress', 'd1', 'already_escalated'],
  ])('on %s, %s, escalated to %s: %s', (today, status, escalatedDirectiveId, expected) => {
    expect(escalationRefusal(today, { status, dueOn: '2025-10-13', escalatedDirectiveId })).toBe(expected);
  });
});
