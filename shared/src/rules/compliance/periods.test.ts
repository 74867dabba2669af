import { describe, expect, it } from 'vitest';
import { PERIOD_UNITS, type PeriodUnit, type RuleSpec } from '../../catalogue/types';
import { addDays } from './calendar';
import {
  anniversaryPeriod,
  deadlineDate,
  partyAnniversary,
  periodFromKey,
  periodOf,
  periodsCovering,
  ruleCalendarUnit,
  triggerPeriod,
} from './periods';

describe('periodOf', () => {
  it.each<[PeriodUnit, string, string, string, string]>([
    // ISO weeks: Monday start, the week belongs to the year of its Thursday.
    ['week', '2025-12-29', '2026-W01', '2025-12-29', '2026-01-04'],
    ['week', '2026-01-04', '2026-W01', '2025-12-29', '2026-01-04'],
    ['week', '2026-01-01', '2026-W01', '2025-12-29', '2026-01-04'],
    ['week', '2025-12-28', '2025-W52', '2025-12-22', '2025-12-28'],
    ['week', '2026-01-05', '2026-W02', '2026-01-05', '2026-01-11'],
    ['week', '2026-02-23', '2026-W09', '2026-02-23', '2026-03-01'],
    ['week', '2026-03-01', '2026-W09', '2026-02-23', '2026-03-01'],
    ['week', '2020-12-31', '2020-W53', '2020-12-28', '2021-01-03'],
    ['week', '2021-01-03', '2020-W53', '2020-12-28', '2021-01-03'],
    ['week', '2021-01-04', '2021-W01', '2021-01-04', '2021-01-10'],
    ['week', '2024-12-30', '2025-W01', '2024-12-30', '2025-01-05'],
    ['week', '2027-01-01', '2026-W53', '2026-12-28', '2027-01-03'],
    ['month', '2024-02-29', '2024-02', '2024-02-01', '2024-02-29'],
    ['month', '2024-02-01', '2024-02', '2024-02-01', '2024-02-29'],
    ['month', '2025-02-28', '2025-02', '2025-02-01', '2025-02-28'],
    ['month', '2026-01-31', '2026-01', '2026-01-01', '2026-01-31'],
    ['month', '2026-04-30', '2026-04', '2026-04-01', '2026-04-30'],
    ['month', '2026-12-31', '2026-12', '2026-12-01', '2026-12-31'],
    ['quarter', '2026-01-01', '2026-Q1', '2026-01-01', '2026-03-31'],
    ['quarter', '2026-03-31', '2026-Q1', '2026-01-01', '2026-03-31'],
    ['quarter', '2026-04-01', '2026-Q2', '2026-04-01', '2026-06-30'],
    ['quarter', '2026-06-30', '2026-Q2', '2026-04-01', '2026-06-30'],
    ['quarter', '2026-09-30', '2026-Q3', '2026-07-01', '2026-09-30'],
    ['quarter', '2026-10-01', '2026-Q4', '2026-10-01', '2026-12-31'],
    ['quarter', '2026-12-31', '2026-Q4', '2026-10-01', '2026-12-31'],
    ['half_year', '2026-06-30', '2026-H1', '2026-01-01', '2026-06-30'],
    ['half_year', '2026-07-01', '2026-H2', '2026-07-01', '2026-12-31'],
    ['half_year', '2026-12-31', '2026-H2', '2026-07-01', '2026-12-31'],
    ['year', '2026-01-01', '2026', '2026-01-01', '2026-12-31'],
    ['year', '2026-12-31', '2026', '2026-01-01', '2026-12-31'],
    ['year', '2024-02-29', '2024', '2024-01-01', '2024-12-31'],
  ])('%s of %s is %s (%s … %s)', (unit, date, key, start, end) => {
    expect(periodOf(unit, date)).toEqual({ unit, key, start, end });
  });

  it.each(PERIOD_UNITS)('%s periods tile 2019-12 … 2027-01: contiguous, containing, keyed', (unit) => {
    let previous = periodOf(unit, '2019-12-01');
    for (let day = '2019-12-01'; day <= '2027-01-31'; day = addDays(day, 1)) {
      const p = periodOf(unit, day);
      expect(p.start <= day && day <= p.end).toBe(true);
      if (p.key !== previous.key) {
        expect(p.start).toBe(addDays(previous.end, 1));
        previous = p;
      }
      expect(periodFromKey(p.key)).toEqual(p);
    }
  });
});

describe('periodsCovering', () => {
  it('lists the weeks across a year end', () => {
    expect(periodsCovering('week', '2025-12-25', '2026-01-05').map((p) => p.key)).toEqual(['2025-W52', '2026-W01', '2026-W02']);
  });

  it('lists partly covered months at both ends', () => {
    expect(periodsCovering('month', '2024-01-31', '2024-03-01').map((p) => p.key)).toEqual(['2024-01', '2024-02', '2024-03']);
  });

  it('lists quarters, half-years and years', () => {
    expect(periodsCovering('quarter', '2026-01-01', '2026-12-31').map((p) => p.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periodsCovering('half_year', '2025-12-31', '2026-07-01').map((p) => p.key)).toEqual(['2025-H2', '2026-H1', '2026-H2']);
    expect(periodsCovering('year', '2026-06-01', '2026-06-01').map((p) => p.key)).toEqual(['2026']);
  });

  it('is empty for a reversed range', () => {
    expect(periodsCovering('month', '2026-02-01', '2026-01-31')).toEqual([]);
  });
});

describe('periodFromKey', () => {
  it.each(['2025-W53', '2026-W54', '2026-W00', '2026-13', '2026-00', '2026-Q5', '2026-H3', '26', '2026-3', 'x'])('rejects %j', (key) => {
    expect(periodFromKey(key)).toBeNull();
  });

  it('reads a 53rd week', () => {
    expect(periodFromKey('2026-W53')).toEqual({ unit: 'week', key: '2026-W53', start: '2026-12-28', end: '2027-01-03' });
  });
});

describe('deadlineDate', () => {
  it.each([
    [5, 31, 2026, '2026-05-31'],
    [12, 31, 2026, '2026-12-31'],
    [1, 31, 2026, '2026-01-31'],
    [2, 29, 2024, '2024-02-29'],
    [2, 29, 2025, '2025-02-28'],
    [4, 31, 2026, '2026-04-30'],
  ])('%i月%i日 in %i is %s', (month, day, year, expected) => {
    expect(deadlineDate({ month, day }, year)).toBe(expected);
  });
});

describe('trigger windows', () => {
  it('runs from the event day to day N', () => {
    expect(triggerPeriod('2026-03-01', 30)).toEqual({ unit: 'trigger', key: '2026-03-01+30d', start: '2026-03-01', end: '2026-03-31' });
    expect(triggerPeriod('2025-12-15', 30).end).toBe('2026-01-14');
    expect(triggerPeriod('2024-02-28', 1).end).toBe('2024-02-29');
  });

  it.each([
    ['2010-07-01', 2011, '2011-07-01'],
    ['2010-07-01', 2026, '2026-07-01'],
    ['2010-07-01', 2010, null],
    ['2010-07-01', 2009, null],
    ['2004-02-29', 2025, '2025-02-28'],
    ['2004-02-29', 2028, '2028-02-29'],
    ['2004-02-29', 2100, '2100-02-28'],
  ])('the anniversary of joining on %s in %i is %s', (joined, year, expected) => {
    expect(partyAnniversary(joined, year)).toBe(expected);
  });

  it('builds the anniversary window', () => {
    expect(anniversaryPeriod('2004-02-29', 2025, 7)).toEqual(triggerPeriod('2025-02-28', 7));
    expect(anniversaryPeriod('2026-01-10', 2026, 7)).toBeNull();
  });
});

describe('ruleCalendarUnit', () => {
  it.each<[RuleSpec, PeriodUnit | null]>([
    [{ kind: 'count', min: 1, per: 'month' }, 'month'],
    [{ kind: 'amount', min: 60, unit: 'day', per: 'year' }, 'year'],
    [{ kind: 'coverage', ratio: 1, per: 'quarter' }, 'quarter'],
    [{ kind: 'coverage', ratio: 1, per: 'once' }, 'year'],
    [{ kind: 'deadline', month: 5, day: 31 }, 'year'],
    [{ kind: 'trigger', event: 'hired', withinDays: 30 }, null],
  ])('%j → %s', (rule, unit) => {
    expect(ruleCalendarUnit(rule)).toBe(unit);
  });
});
