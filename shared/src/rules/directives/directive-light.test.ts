import { describe, expect, it } from 'vitest';
import { addDays } from '../compliance/calendar';
import type { WorkingCalendar } from '../working-days/calendar';
import { countWorkingDays } from '../working-days/deadlines';
import { officialCalendar2024To2026 } from '../working-days/official-2024-2026.fixture';
import { directiveLight, directiveLightDay, directiveReportClock } from './directive-light';

const calendar = officialCalendar2024To2026();
const light = (today: string, d: { status?: 'assigned' | 'in_progress' | 'completed' | 'closed'; dueOn: string; extendedDueOn?: string | null }) =>
  directiveLight(directiveLightDay(calendar, today), { status: d.status ?? 'in_progress', dueOn: d.dueOn, extendedDueOn: d.extendedDueOn ?? null });

describe('亮灯 of a directive due 2025-10-13 (registered on the Friday before 国庆 2025)', () => {
  it.each([
    ['2025-09-26', 'green', 'the registration day'],
    ['2025-10-08', 'green', 'the last holiday: 9, 10, 11 and 13 October are 4 working days away'],
    ['2025-10-09', 'yellow', '3 working days left (10, 11, 13)'],
    ['2025-10-11', 'yellow', 'a 调休 Saturday'],
    ['2025-10-12', 'yellow', 'a Sunday'],
    ['2025-10-13', 'yellow', 'the last day'],
    ['2025-10-14', 'red', 'the day after'],
    ['2025-12-01', 'red', 'long overdue'],
  ])('on %s it is %s (%s)', (today, expected) => {
    expect(light(today, { dueOn: '2025-10-13' })).toBe(expected);
  });

  it.each([
    ['2025-10-14', 'completed', '2025-10-13', null, 'green', 'submitted as 办结: no longer counted'],
    ['2025-10-14', 'closed', '2025-10-13', null, 'green', '销号'],
    ['2025-10-14', 'in_progress', '2025-10-13', '2025-10-20', 'green', 'an approved extension: 15, 16, 17, 20 are 4 working days away'],
    ['2025-10-15', 'in_progress', '2025-10-13', '2025-10-20', 'yellow', 'an approved extension, 3 working days left'],
    ['2025-10-21', 'in_progress', '2025-10-13', '2025-10-20', 'red', 'past the extension'],
    ['2025-10-09', 'assigned', '2025-10-13', null, 'yellow', 'not signed yet'],
  ] as const)('on %s, %s, due %s extended to %s: %s (%s)', (today, status, dueOn, extendedDueOn, expected, _why) => {
    expect(light(today, { status, dueOn, extendedDueOn })).toBe(expected);
  });

  it('is yellow exactly when today ≤ due and countWorkingDays(today, due) ≤ 3, on every pair of 2025', () => {
    for (let today = '2025-01-01'; today <= '2025-12-20'; today = addDays(today, 1)) {
      const day = directiveLightDay(calendar, today);
      for (let i = 0; i <= 12; i++) {
        const dueOn = addDays(today, i);
        const expected = countWorkingDays(calendar, today, dueOn) <= 3 ? 'yellow' : 'green';
        expect(directiveLight(day, { status: 'signed', dueOn, extendedDueOn: null }), `${today} → ${dueOn}`).toBe(expected);
      }
    }
  });

  it('stops at a year the calendar does not cover: limits before it are yellow', () => {
    const only2026: WorkingCalendar = { years: new Set([2026]), exceptions: calendar.exceptions };
    expect(directiveLightDay(only2026, '2026-12-29')).toEqual({ today: '2026-12-29', greenFrom: '2027-01-01' });
    expect(directiveLightDay(only2026, '2026-12-21')).toEqual({ today: '2026-12-21', greenFrom: '2026-12-25' });
  });
});

describe('the progress-report clock of a complex matter', () => {
  it.each([
    ['2025-10-10', null, 'in_progress', 5, '2025-10-10', false, 'from registration: 28, 29, 30 Sep, 9, 10 Oct'],
    ['2025-10-11', null, 'in_progress', 5, '2025-10-10', true, 'the day after: overdue'],
    ['2025-10-11', '2025-10-10', 'in_progress', 5, '2025-10-16', false, 'from the last report'],
    ['2025-10-20', '2025-10-10', 'signed', 5, '2025-10-16', true, 'the last report is too long ago'],
    ['2025-10-20', null, 'completed', 5, null, false, 'done: no more reports'],
    ['2025-10-20', null, 'in_progress', null, null, false, 'a simple matter'],
  ] as const)('on %s, last report %s, %s every %s: next %s overdue %s (%s)', (today, lastReportOn, status, every, next, overdue, _why) => {
    expect(directiveReportClock(calendar, today, { status, registeredOn: '2025-09-26', reportEveryWorkingDays: every, lastReportOn })).toEqual({ nextReportDueOn: next, reportOverdue: overdue });
  });

  it('leaves the next date empty rather than guess a year without a schedule', () => {
    expect(directiveReportClock(calendar, '2026-12-28', { status: 'in_progress', registeredOn: '2026-12-28', reportEveryWorkingDays: 5, lastReportOn: null })).toEqual({ nextReportDueOn: null, reportOverdue: false });
  });
});
