import { describe, expect, it } from 'vitest';
import { isValidIsoDate, parseLooseDate, shanghaiDate } from './business-date';

describe('isValidIsoDate', () => {
  it.each([
    ['2024-02-29', true, '2024 is a leap year'],
    ['2025-02-29', false, '2025 is not'],
    ['2100-02-29', false, 'a century not divisible by 400 is not'],
    ['2000-02-29', true, 'a century divisible by 400 is'],
    ['2025-02-28', true, 'last day of February'],
    ['2020-01-31', true, '31 days in January'],
    ['2020-04-31', false, '30 days in April'],
    ['2020-12-31', true, 'year end'],
    ['2020-13-01', false, 'month 13'],
    ['2020-00-10', false, 'month 0'],
    ['2020-01-00', false, 'day 0'],
    ['2020-1-2', false, 'not zero-padded'],
    ['20200102', false, 'no separators'],
    ['2020-01-02T00:00:00Z', false, 'a timestamp'],
    [' 2020-01-02', false, 'leading space'],
    ['', false, 'empty'],
  ])('%j → %s (%s)', (value, valid) => {
    expect(isValidIsoDate(value)).toBe(valid);
  });
});

describe('parseLooseDate', () => {
  it.each([
    ['2020-01-02', '2020-01-02'],
    ['2020/1/2', '2020-01-02'],
    ['2020/01/02', '2020-01-02'],
    ['2020.1.2', '2020-01-02'],
    ['2020.12.31', '2020-12-31'],
    ['2020年1月2日', '2020-01-02'],
    ['2020年12月31日', '2020-12-31'],
    ['20200102', '2020-01-02'],
    [' 2020-01-02 ', '2020-01-02'],
    ['2024/2/29', '2024-02-29'],
  ])('%j → %s', (raw, iso) => {
    expect(parseLooseDate(raw)).toBe(iso);
  });

  it.each([
    ['garbage'],
    [''],
    ['2020-13-45'],
    ['2025/2/29'],
    ['20201301'],
    ['2020-1'],
    ['1/2/2020'],
    ['2020-01-02 10:00'],
    ['202012'],
    ['2020年1月'],
    ['一九九〇年一月一日'],
  ])('%j → null', (raw) => {
    expect(parseLooseDate(raw)).toBeNull();
  });
});

describe('shanghaiDate', () => {
  it.each([
    ['2026-03-01T16:30:00Z', '2026-03-02', 'half past midnight in Shanghai is already the next day'],
    ['2026-03-01T15:59:00Z', '2026-03-01', 'one minute before midnight in Shanghai'],
    ['2026-03-01T16:00:00Z', '2026-03-02', 'exactly midnight in Shanghai'],
    ['2025-12-31T16:00:00Z', '2026-01-01', 'new year in Shanghai before UTC'],
    ['2024-02-28T16:00:00Z', '2024-02-29', 'leap day'],
  ])('%s → %s (%s)', (instant, date) => {
    expect(shanghaiDate(new Date(instant))).toBe(date);
  });
});
