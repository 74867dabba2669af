import { describe, expect, it } from 'vitest';
import type { PeriodUnit, RuleSpec } from '../../catalogue/types';
import { evaluateRequirementPeriod } from './evaluate';
import { periodFromKey, periodOf } from './periods';
import type { DateInterval } from './intervals';
import type { EvidenceRecord } from './types';

const records = (...dates: string[]): EvidenceRecord[] => dates.map((date, i) => ({ id: `r${i + 1}`, date }));

function countForOrg(per: PeriodUnit, min: number, key: string, today: string, evidence: EvidenceRecord[]) {
  const period = periodFromKey(key);
  if (!period) throw new Error(`bad key ${key}`);
  const rule: RuleSpec = { kind: 'count', min, per };
  return evaluateRequirementPeriod({ rule, period, today, records: evidence, subject: { kind: 'org' } });
}

function countForPerson(per: PeriodUnit, key: string, today: string, memberships: DateInterval[], exemptions: DateInterval[], evidence: EvidenceRecord[]) {
  const period = periodFromKey(key);
  if (!period) throw new Error(`bad key ${key}`);
  return evaluateRequirementPeriod({
    rule: { kind: 'count', min: 1, per },
    period,
    today,
    records: evidence,
    subject: { kind: 'person', person: { personId: 'p1', memberships, exemptions } },
  });
}

describe('count: which records fall inside a period', () => {
  it.each<[PeriodUnit, string, string, boolean, string]>([
    ['week', '2026-W01', '2025-12-29', true, 'Monday of week 1 lies in the previous year'],
    ['week', '2026-W01', '2026-01-04', true, 'Sunday ends the week'],
    ['week', '2026-W01', '2025-12-28', false, 'the Sunday before is 2025-W52'],
    ['week', '2026-W01', '2026-01-05', false, 'the next Monday is W02'],
    ['month', '2024-02', '2024-02-29', true, 'leap day'],
    ['month', '2024-02', '2024-03-01', false, 'the day after the leap day'],
    ['month', '2025-02', '2025-02-28', true, 'end of a common February'],
    ['month', '2026-01', '2026-01-31', true, '31-day month end'],
    ['month', '2026-01', '2026-02-01', false, 'next month'],
    ['quarter', '2026-Q1', '2026-03-31', true, 'quarter end'],
    ['quarter', '2026-Q1', '2026-04-01', false, 'first day of Q2'],
    ['quarter', '2026-Q1', '2025-12-31', false, 'last day of the previous year'],
    ['quarter', '2026-Q4', '2026-10-01', true, 'Q4 start'],
    ['half_year', '2026-H1', '2026-06-30', true, 'half-year end'],
    ['half_year', '2026-H1', '2026-07-01', false, 'first day of H2'],
    ['half_year', '2026-H2', '2026-12-31', true, 'year end closes H2'],
    ['year', '2026', '2026-12-31', true, 'year end'],
    ['year', '2026', '2027-01-01', false, 'next year'],
    ['year', '2026', '2026-01-01', true, 'year start'],
  ])('%s %s with a record on %s → met: %s (%s)', (per, key, date, met) => {
    const result = countForOrg(per, 1, key, '2030-01-01', records(date));
    expect(result.status).toBe(met ? 'met' : 'missed');
    expect(result.countingRecordIds).toEqual(met ? ['r1'] : []);
  });
});

describe('count: status over time', () => {
  it('is not_yet_due while the period is open, up to and including its last day', () => {
    expect(countForOrg('month', 1, '2024-02', '2024-02-10', []).status).toBe('not_yet_due');
    expect(countForOrg('month', 1, '2024-02', '2024-02-29', [])).toMatchObject({ status: 'not_yet_due', done: 0, needed: 1, dueDate: '2024-02-29' });
    expect(countForOrg('month', 1, '2024-02', '2024-03-01', [])).toMatchObject({ status: 'missed', done: 0, needed: 1 });
  });

  it('is not_yet_due for a period that has not started', () => {
    expect(countForOrg('quarter', 1, '2026-Q3', '2026-05-01', []).status).toBe('not_yet_due');
  });

  it('is met as soon as enough is done, before the period ends', () => {
    expect(countForOrg('month', 1, '2026-03', '2026-03-10', records('2026-03-05'))).toMatchObject({ status: 'met', done: 1 });
  });

  it('reports x of n: not_yet_due while open, partly after', () => {
    const evidence = records('2026-09-01', '2026-03-01');
    expect(countForOrg('year', 4, '2026', '2026-12-31', evidence)).toMatchObject({ status: 'not_yet_due', done: 2, needed: 4 });
    expect(countForOrg('year', 4, '2026', '2027-01-01', evidence)).toMatchObject({
      status: 'partly',
      done: 2,
      needed: 4,
      countingRecordIds: ['r2', 'r1'],
    });
  });

  it('is met with exactly min records, listing them in date order', () => {
    const result = countForOrg('year', 4, '2026', '2027-01-01', records('2026-12-01', '2026-01-01', '2026-06-30', '2026-07-01'));
    expect(result).toMatchObject({ status: 'met', done: 4, countingRecordIds: ['r2', 'r3', 'r4', 'r1'] });
  });

  it('ignores records dated after today and counts a repeated id once', () => {
    const evidence: EvidenceRecord[] = [
      { id: 'a', date: '2026-03-05' },
      { id: 'a', date: '2026-03-05' },
      { id: 'b', date: '2026-03-20' },
    ];
    expect(countForOrg('month', 2, '2026-03', '2026-03-10', evidence)).toMatchObject({ status: 'not_yet_due', done: 1, countingRecordIds: ['a'] });
  });
});

describe('count: people who join, leave or are excused mid-period (bound for at least half)', () => {
  // 2026-Q1 has 90 days, so 45 is exactly half.
  it('binds someone who joined mid-quarter with exactly half the quarter left', () => {
    const result = countForPerson('quarter', '2026-Q1', '2026-04-01', [{ from: '2026-02-15', to: null }], [], records('2026-01-20', '2026-03-01'));
    expect(result).toMatchObject({ status: 'met', done: 1, countingRecordIds: ['r2'] });
  });

  it('does not count a record made before joining', () => {
    const result = countForPerson('quarter', '2026-Q1', '2026-04-01', [{ from: '2026-02-15', to: null }], [], records('2026-01-20'));
    expect(result).toMatchObject({ status: 'missed', done: 0, needed: 1 });
  });

  it('exempts someone who joined with less than half the quarter left', () => {
    const result = countForPerson('quarter', '2026-Q1', '2026-04-01', [{ from: '2026-02-16', to: null }], [], []);
    expect(result).toMatchObject({ status: 'exempt', exemptReason: 'not_bound', done: 0, needed: 0 });
  });

  it('still binds someone who left after holding it for half the quarter', () => {
    const member = [{ from: '2020-01-01', to: '2026-02-14' }];
    expect(countForPerson('quarter', '2026-Q1', '2026-04-01', member, [], [])).toMatchObject({ status: 'missed', dueDate: '2026-03-31' });
    expect(countForPerson('quarter', '2026-Q1', '2026-04-01', member, [], records('2026-02-01')).status).toBe('met');
  });

  it('gives a post that changes hands mid-half-year to the holder of the longer part', () => {
    // 2026-H1 has 181 days: A holds it 90 days (1 Jan – 31 Mar), B 91 days (1 Apr – 30 Jun).
    const a = countForPerson('half_year', '2026-H1', '2026-07-01', [{ from: '2024-05-01', to: '2026-03-31' }], [], records('2026-02-01'));
    const b = countForPerson('half_year', '2026-H1', '2026-07-01', [{ from: '2026-04-01', to: null }], [], []);
    expect(a).toMatchObject({ status: 'exempt', exemptReason: 'not_bound' });
    expect(b).toMatchObject({ status: 'missed', needed: 1 });
  });

  it('exempts someone excused for the whole period', () => {
    const result = countForPerson('month', '2026-02', '2026-03-01', [{ from: '2020-01-01', to: null }], [{ from: '2026-01-15', to: '2026-03-10' }], []);
    expect(result).toMatchObject({ status: 'exempt', exemptReason: 'exempted', dueDate: '2026-02-28' });
  });

  it('exempts someone excused for more than half the period, binds someone excused for less', () => {
    const member = [{ from: '2020-01-01', to: null }];
    expect(countForPerson('quarter', '2026-Q1', '2026-04-01', member, [{ from: '2026-01-01', to: '2026-02-15' }], []).status).toBe('exempt');
    expect(countForPerson('quarter', '2026-Q1', '2026-04-01', member, [{ from: '2026-01-01', to: '2026-02-14' }], []).status).toBe('missed');
  });

  it('counts a record made during leave', () => {
    const result = countForPerson('quarter', '2026-Q1', '2026-04-01', [{ from: '2020-01-01', to: null }], [{ from: '2026-01-01', to: '2026-01-31' }], records('2026-01-10'));
    expect(result.status).toBe('met');
  });

  it('exempts someone never in the target set during the period', () => {
    const result = countForPerson('month', '2026-03', '2026-04-01', [{ from: '2025-01-01', to: '2026-02-28' }], [], []);
    expect(result).toMatchObject({ status: 'exempt', exemptReason: 'not_bound' });
  });

  it('merges overlapping memberships (two posts of the same target set)', () => {
    const member = [
      { from: '2026-02-10', to: '2026-03-10' },
      { from: '2026-03-01', to: null },
    ];
    expect(countForPerson('quarter', '2026-Q1', '2026-04-01', member, [], []).status).toBe('missed');
  });

  it('uses periodOf for the current week the same way', () => {
    const period = periodOf('week', '2026-01-01');
    const result = evaluateRequirementPeriod({
      rule: { kind: 'count', min: 1, per: 'week' },
      period,
      today: '2026-01-02',
      records: records('2025-12-30'),
      subject: { kind: 'org' },
    });
    expect(result).toMatchObject({ status: 'met', dueDate: '2026-01-04' });
  });
});
