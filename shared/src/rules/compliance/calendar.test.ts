import { describe, expect, it } from 'vitest';
import { addDays, daysBetweenInclusive, fromDayNumber, lastDayOfMonth, toDayNumber } from './calendar';

describe('addDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01', 'month end'],
    ['2024-02-28', 1, '2024-02-29', 'into a leap day'],
    ['2024-02-29', 1, '2024-03-01', 'out of a leap day'],
    ['2025-02-28', 1, '2025-03-01', 'no leap day in 2025'],
    ['2025-12-31', 1, '2026-01-01', 'year end'],
    ['2026-01-01', -1, '2025-12-31', 'backwards over a year end'],
    ['2026-03-01', 30, '2026-03-31', 'thirty days'],
    ['2026-05-31', 0, '2026-05-31', 'zero'],
  ])('%s + %i = %s (%s)', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });
});

describe('daysBetweenInclusive', () => {
  it.each([
    ['2026-01-01', '2026-01-01', 1, 'same day counts once'],
    ['2024-01-01', '2024-12-31', 366, 'leap year'],
    ['2026-01-01', '2026-12-31', 365, 'common year'],
    ['2026-01-01', '2026-06-30', 181, '2026-H1'],
    ['2026-07-01', '2026-12-31', 184, '2026-H2'],
    ['2026-01-01', '2026-03-31', 90, '2026-Q1'],
    ['2024-01-01', '2024-03-31', 91, '2024-Q1'],
    ['2026-01-02', '2026-01-01', 0, 'reversed range is empty'],
  ])('%s … %s = %i (%s)', (from, to, expected) => {
    expect(daysBetweenInclusive(from, to)).toBe(expected);
  });
});

describe('day numbers', () => {
  it('counts from 1970-01-01 and round-trips', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(toDayNumber('2024-02-29'))).toBe('2024-02-29');
  });

  it.each(['2025-02-29', '2026-13-01', '2026-04-31', '2026-1-1', ''])('rejects %j', (value) => {
    expect(() => toDayNumber(value)).toThrow(RangeError);
  });

  it('knows month lengths', () => {
    expect([lastDayOfMonth(2024, 2), lastDayOfMonth(2025, 2), lastDayOfMonth(2100, 2), lastDayOfMonth(2026, 4)]).toEqual([29, 28, 28, 30]);
  });
});
