import { CalendarNotCoveredError, addWorkingDays } from '@mofan/shared';
import { officialCalendar2024To2026, officialHolidayDates, officialWorkdays } from '@mofan/shared/rules/working-days/official-2024-2026.fixture';
import { describe, expect, it } from 'vitest';
import { onOrPreviousWorkingDay, scheduleBackwards, subtractWorkingDays } from './backward-schedule';

const calendar = officialCalendar2024To2026();

describe('subtractWorkingDays: the day counted from does not count; holidays are skipped; 调休 weekends count', () => {
  it.each([
    ['2025-10-13', 7, '2025-09-26', '国庆 2025 backwards: the issue’s example read the other way'],
    ['2025-10-09', 1, '2025-09-30', '国庆 2025: 1–8 October off'],
    ['2025-10-11', 3, '2025-09-30', '国庆 2025: from the 调休 Saturday 11 October back over 1–8 October'],
    ['2025-09-29', 1, '2025-09-28', '国庆 2025: Sunday 28 September worked'],
    ['2024-02-18', 1, '2024-02-09', '春节 2024: 10–17 off'],
    ['2024-02-05', 1, '2024-02-04', '春节 2024: Sunday 4 February worked'],
    ['2024-05-06', 1, '2024-04-30', '劳动节 2024: 1–5 May off'],
    ['2024-06-11', 1, '2024-06-07', '端午 2024: Monday 10 June off'],
    ['2025-01-02', 1, '2024-12-31', '元旦 2025 across the year end'],
    ['2026-01-05', 1, '2026-01-04', '元旦 2026: Sunday 4 January worked'],
    ['2026-01-04', 1, '2025-12-31', '元旦 2026: 1–3 off'],
    ['2026-02-24', 2, '2026-02-13', '春节 2026: 15–23 off, Saturday 14 worked'],
    ['2026-03-02', 1, '2026-02-28', '春节 2026: Saturday 28 February worked'],
    ['2026-10-08', 1, '2026-09-30', '国庆 2026: 1–7 October off'],
    ['2026-03-06', 0, '2026-03-06', 'zero days is the day itself'],
    ['2026-03-09', 5, '2026-03-02', 'an ordinary week'],
  ])('%s − %i working days = %s (%s)', (from, n, expected, _why) => {
    expect(subtractWorkingDays(calendar, from, n)).toBe(expected);
  });

  it.each([...officialHolidayDates().keys(), ...officialWorkdays()].filter((d) => d >= '2024-01-10' && d <= '2026-12-20'))(
    'undoes addWorkingDays around %s',
    (day) => {
      for (const n of [1, 3, 7, 15]) {
        const due = addWorkingDays(calendar, day, n);
        expect(addWorkingDays(calendar, subtractWorkingDays(calendar, due, n), n)).toBe(due);
      }
    },
  );

  it('refuses a year without a schedule instead of guessing Monday–Friday', () => {
    expect(() => subtractWorkingDays(calendar, '2027-01-04', 1)).toThrow(CalendarNotCoveredError);
    expect(() => subtractWorkingDays(calendar, '2024-01-02', 2)).toThrow(CalendarNotCoveredError);
    expect(() => subtractWorkingDays(calendar, '2025-03-03', -1)).toThrow(RangeError);
  });
});

describe('onOrPreviousWorkingDay', () => {
  it.each([
    ['2025-10-08', '2025-09-30', '国庆 2025 holiday → the last working day before it'],
    ['2025-10-11', '2025-10-11', '调休 Saturday is itself a working day'],
    ['2026-03-08', '2026-03-06', 'a Sunday → Friday'],
    ['2026-03-06', '2026-03-06', 'a working day stays'],
  ])('%s → %s (%s)', (date, expected, _why) => {
    expect(onOrPreviousWorkingDay(calendar, date)).toBe(expected);
  });
});

describe('scheduleBackwards (时间倒排)', () => {
  it.each([
    {
      why: 'three steps ending on the deadline, across 劳动节 2026 and its 调休 Saturday 9 May',
      dueOn: '2026-05-15',
      steps: [3, 5, 2],
      milestones: ['2026-05-07', '2026-05-13', '2026-05-15'],
      startOn: '2026-04-29',
    },
    {
      why: 'a deadline on a holiday ends on the working day before it (国庆 2025)',
      dueOn: '2025-10-05',
      steps: [2, 1],
      milestones: ['2025-09-29', '2025-09-30'],
      startOn: '2025-09-26',
    },
    {
      why: 'a 调休 Saturday counts as a working day (春节 2026)',
      dueOn: '2026-03-02',
      steps: [1, 1],
      milestones: ['2026-02-28', '2026-03-02'],
      startOn: '2026-02-27',
    },
    {
      why: 'a step of zero days shares the next one’s start (端午 2026 skipped)',
      dueOn: '2026-06-30',
      steps: [0, 10],
      milestones: ['2026-06-15', '2026-06-30'],
      startOn: '2026-06-15',
    },
    { why: 'one step', dueOn: '2026-03-31', steps: [5], milestones: ['2026-03-31'], startOn: '2026-03-24' },
  ])('$why', ({ dueOn, steps, milestones, startOn }) => {
    const plan = scheduleBackwards(
      calendar,
      dueOn,
      steps.map((workingDays, i) => ({ title: `步骤${i + 1}`, workingDays })),
    );
    expect(plan.milestones.map((m) => m.dueOn)).toEqual(milestones);
    expect(plan.milestones.map((m) => m.title)).toEqual(steps.map((_, i) => `步骤${i + 1}`));
    expect(plan.startOn).toBe(startOn);
    // Read forwards, each step takes exactly its working days.
    let from = plan.startOn;
    plan.milestones.forEach((m, i) => {
      expect(addWorkingDays(calendar, from, steps[i]!)).toBe(m.dueOn);
      from = m.dueOn;
    });
  });

  it('refuses when the steps run back into a year without a schedule', () => {
    expect(() => scheduleBackwards(calendar, '2024-01-10', [{ title: '起草', workingDays: 10 }])).toThrow(CalendarNotCoveredError);
  });
});
