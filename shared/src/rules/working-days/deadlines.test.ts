import { describe, expect, it } from 'vitest';
import { CalendarNotCoveredError, isWorkingDay } from './calendar';
import { addCalendarDays, addMonths, addWorkingDays, countWorkingDays } from './deadlines';
import { officialCalendar2024To2026, officialHolidayDates, officialWorkdays } from './official-2024-2026.fixture';

const calendar = officialCalendar2024To2026();

describe('isWorkingDay on the 2024–2026 schedules', () => {
  it.each([...officialHolidayDates()].map(([date, name]) => [date, name]))('%s (%s) is a holiday', (date) => {
    expect(isWorkingDay(calendar, date)).toBe(false);
  });
  it.each(officialWorkdays())('%s is a 调休 working day although a weekend', (date) => {
    expect(isWorkingDay(calendar, date)).toBe(true);
  });
  it.each([
    ['2025-09-26', true, 'an ordinary Friday'],
    ['2025-09-27', false, 'an ordinary Saturday'],
    ['2026-02-13', true, 'the Friday before 春节'],
    ['2024-02-09', true, '除夕 2024 is not an official holiday'],
  ])('%s → %s (%s)', (date, working, _why) => {
    expect(isWorkingDay(calendar, date)).toBe(working);
  });
});

describe('addWorkingDays: the start day does not count; holidays are skipped; 调休 weekends count', () => {
  it.each([
    ['2025-09-26', 7, '2025-10-13', '国庆 2025: Sun 28th and Sat 11th are working days (the issue’s example)'],
    ['2025-09-30', 1, '2025-10-09', '国庆 2025: 1–8 October off'],
    ['2024-01-01', 1, '2024-01-02', '元旦 2024 counted from the holiday itself'],
    ['2024-02-02', 1, '2024-02-04', '春节 2024: Sunday 4 February worked'],
    ['2024-02-09', 1, '2024-02-18', '春节 2024: 10–17 off, Sunday 18 worked'],
    ['2024-04-03', 1, '2024-04-07', '清明 2024: Sunday 7 April worked'],
    ['2024-04-26', 1, '2024-04-28', '劳动节 2024: Sunday 28 April worked'],
    ['2024-04-30', 1, '2024-05-06', '劳动节 2024: 1–5 May off'],
    ['2024-05-10', 1, '2024-05-11', '劳动节 2024: Saturday 11 May worked'],
    ['2024-06-07', 1, '2024-06-11', '端午 2024: Monday 10 June off'],
    ['2024-09-13', 1, '2024-09-14', '中秋 2024: Saturday 14 September worked'],
    ['2024-09-13', 2, '2024-09-18', '中秋 2024: 15–17 off'],
    ['2024-09-27', 3, '2024-10-08', '国庆 2024: Sunday 29 worked, 1–7 off'],
    ['2024-10-11', 1, '2024-10-12', '国庆 2024: Saturday 12 October worked'],
    ['2024-12-31', 1, '2025-01-02', '元旦 2025 across the year end'],
    ['2025-01-24', 1, '2025-01-26', '春节 2025: Sunday 26 January worked'],
    ['2025-01-24', 3, '2025-02-05', '春节 2025: 28 January – 4 February off'],
    ['2025-02-07', 1, '2025-02-08', '春节 2025: Saturday 8 February worked'],
    ['2025-04-03', 1, '2025-04-07', '清明 2025: Friday 4 April off'],
    ['2025-04-25', 1, '2025-04-27', '劳动节 2025: Sunday 27 April worked'],
    ['2025-04-30', 1, '2025-05-06', '劳动节 2025: 1–5 May off'],
    ['2025-05-30', 1, '2025-06-03', '端午 2025: Monday 2 June off'],
    ['2025-12-31', 1, '2026-01-04', '元旦 2026: 1–3 off, Sunday 4 January worked'],
    ['2026-02-13', 1, '2026-02-14', '春节 2026: Saturday 14 February worked'],
    ['2026-02-13', 2, '2026-02-24', '春节 2026: 15–23 February off'],
    ['2026-02-27', 1, '2026-02-28', '春节 2026: Saturday 28 February worked'],
    ['2026-04-03', 1, '2026-04-07', '清明 2026: Monday 6 April off'],
    ['2026-04-30', 1, '2026-05-06', '劳动节 2026: 1–5 May off'],
    ['2026-05-08', 1, '2026-05-09', '劳动节 2026: Saturday 9 May worked'],
    ['2026-06-18', 1, '2026-06-22', '端午 2026: Friday 19 June off'],
    ['2026-09-18', 1, '2026-09-20', '国庆 2026: Sunday 20 September worked'],
    ['2026-09-24', 1, '2026-09-28', '中秋 2026: Friday 25 September off'],
    ['2026-09-30', 1, '2026-10-08', '国庆 2026: 1–7 October off'],
    ['2026-10-09', 1, '2026-10-10', '国庆 2026: Saturday 10 October worked'],
    ['2026-03-06', 0, '2026-03-06', 'urgent: the same day'],
    ['2026-03-06', 15, '2026-03-27', 'the longest special extension, no holiday in between'],
  ] as const)('%s + %i working days = %s (%s)', (from, n, expected, _why) => {
    expect(addWorkingDays(calendar, from, n)).toBe(expected);
  });
});

describe('addCalendarDays: a last day that is not a working day moves to the next working day', () => {
  it.each([
    ['2025-09-20', 20, '2025-10-10', 'lands on a working Friday'],
    ['2025-09-15', 20, '2025-10-09', 'lands in 国庆 2025'],
    ['2026-01-30', 20, '2026-02-24', 'lands in 春节 2026'],
    ['2024-09-27', 2, '2024-09-29', 'lands on a 调休 Sunday, which is a working day'],
    ['2025-05-28', 3, '2025-06-03', 'lands on the 端午 2025 Saturday'],
    ['2026-03-02', 5, '2026-03-09', 'lands on an ordinary Saturday'],
  ] as const)('%s + %i days = %s (%s)', (from, n, expected, _why) => {
    expect(addCalendarDays(calendar, from, n)).toBe(expected);
  });
});

describe('addMonths: the same day n months on, clamped to the month’s end, then the next working day', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28', 'clamped to 28 February 2026, a 调休 Saturday: a working day'],
    ['2025-01-31', 1, '2025-02-28', 'clamped to 28 February 2025'],
    ['2024-01-31', 1, '2024-02-29', 'a leap year'],
    ['2025-09-01', 1, '2025-10-09', '1 October 2025 is a holiday'],
    ['2026-03-31', 1, '2026-04-30', '31 March → 30 April'],
    ['2025-08-31', 1, '2025-09-30', '31 August → 30 September'],
    ['2024-12-31', 2, '2025-02-28', 'across the year end'],
    ['2026-05-15', 1, '2026-06-15', 'an ordinary Monday'],
  ] as const)('%s + %i months = %s (%s)', (from, n, expected, _why) => {
    expect(addMonths(calendar, from, n)).toBe(expected);
  });
});

describe('countWorkingDays: working days after the first date up to and including the second', () => {
  it.each([
    ['2025-09-26', '2025-10-13', 7],
    ['2026-02-13', '2026-02-24', 2],
    ['2026-03-02', '2026-03-02', 0],
    ['2026-03-06', '2026-03-02', 0],
    ['2024-09-27', '2024-10-12', 7],
  ] as const)('%s → %s: %i', (from, to, n) => {
    expect(countWorkingDays(calendar, from, to)).toBe(n);
  });
});

describe('a year without a schedule is refused, never guessed', () => {
  it.each([
    ['a date in 2023', () => isWorkingDay(calendar, '2023-12-29'), 2023],
    ['a working-day limit that runs into 2027', () => addWorkingDays(calendar, '2026-12-28', 7), 2027],
    ['a calendar-day limit ending in 2027', () => addCalendarDays(calendar, '2026-12-20', 20), 2027],
    ['a month limit ending in 2027', () => addMonths(calendar, '2026-12-15', 1), 2027],
    ['counting into 2027', () => countWorkingDays(calendar, '2026-12-01', '2027-01-05'), 2027],
  ] as const)('%s', (_name, run, year) => {
    expect(run).toThrow(CalendarNotCoveredError);
    expect(run).toThrow(`${year} 年`);
  });

  it('refuses negative or fractional counts', () => {
    expect(() => addWorkingDays(calendar, '2026-03-02', -1)).toThrow(RangeError);
    expect(() => addCalendarDays(calendar, '2026-03-02', 1.5)).toThrow(RangeError);
  });
});
