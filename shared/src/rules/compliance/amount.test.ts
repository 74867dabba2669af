import { describe, expect, it } from 'vitest';
import { evaluateRequirementPeriod } from './evaluate';
import type { DateInterval } from './intervals';
import { periodOf } from './periods';
import type { EvaluationSubject, EvidenceRecord } from './types';

/** field.days_staff: ≥60 days of 下基层 a year. */
function daysInYear(year: string, today: string, records: EvidenceRecord[], subject: EvaluationSubject = { kind: 'org' }, min = 60) {
  return evaluateRequirementPeriod({
    rule: { kind: 'amount', min, unit: 'day', per: 'year' },
    period: periodOf('year', `${year}-01-01`),
    today,
    records,
    subject,
  });
}

const person = (memberships: DateInterval[], exemptions: DateInterval[] = []): EvaluationSubject => ({
  kind: 'person',
  person: { personId: 'p1', memberships, exemptions },
});

/** `n` one-day trips in 2026, one a day from 1 February. */
const trips = (n: number): EvidenceRecord[] =>
  Array.from({ length: n }, (_, i) => ({ id: `t${i + 1}`, date: `2026-${i < 28 ? '02' : '03'}-${String((i % 28) + 1).padStart(2, '0')}` }));

describe('amount: summing days', () => {
  it('sums the calendar span of multi-day records and the `days` of records that give it', () => {
    const result = daysInYear('2026', '2027-01-01', [
      { id: 'a', date: '2026-03-02', endDate: '2026-03-06' },
      { id: 'b', date: '2026-04-01', days: 0.5 },
      { id: 'c', date: '2026-05-01' },
    ]);
    expect(result).toMatchObject({ status: 'partly', done: 6.5, needed: 60, countingRecordIds: ['a', 'b', 'c'] });
  });

  it('counts only the days of a trip across the year end inside the year', () => {
    const trip: EvidenceRecord = { id: 'x', date: '2025-12-29', endDate: '2026-01-02' };
    expect(daysInYear('2025', '2026-06-01', [trip]).done).toBe(3);
    expect(daysInYear('2026', '2026-06-01', [trip]).done).toBe(2);
  });

  it('splits the declared days of a trip across the year end in proportion, never counting them twice', () => {
    const trip: EvidenceRecord = { id: 'x', date: '2025-12-29', endDate: '2026-01-02', days: 3 };
    expect(daysInYear('2025', '2026-06-01', [trip]).done).toBe(1.8);
    expect(daysInYear('2026', '2026-06-01', [trip]).done).toBe(1.2);
  });

  it('counts an ongoing trip only up to today', () => {
    expect(daysInYear('2026', '2026-03-04', [{ id: 'x', date: '2026-03-02', endDate: '2026-03-06' }])).toMatchObject({
      status: 'not_yet_due',
      done: 3,
    });
  });

  it('is met at exactly min days, partly below it after the year, missed with none', () => {
    expect(daysInYear('2026', '2027-01-01', trips(60))).toMatchObject({ status: 'met', done: 60, needed: 60 });
    expect(daysInYear('2026', '2027-01-01', trips(59))).toMatchObject({ status: 'partly', done: 59 });
    expect(daysInYear('2026', '2026-12-31', trips(59))).toMatchObject({ status: 'not_yet_due', done: 59 });
    expect(daysInYear('2026', '2027-01-01', [])).toMatchObject({ status: 'missed', done: 0, needed: 60 });
  });
});

describe('amount: prorated for people bound part of the year', () => {
  it('asks someone who joined on 1 July for ceil(60 × 184 / 365) = 31 days', () => {
    const subject = person([{ from: '2026-07-01', to: null }]);
    expect(daysInYear('2026', '2027-01-01', trips(0), subject)).toMatchObject({ status: 'missed', needed: 31 });
  });

  it('counts only days while in the target set: a trip across the joining date counts from that date', () => {
    const subject = person([{ from: '2026-07-01', to: null }]);
    const result = daysInYear('2026', '2027-01-01', [{ id: 'x', date: '2026-06-29', endDate: '2026-07-03' }], subject);
    expect(result).toMatchObject({ done: 3, countingRecordIds: ['x'] });
  });

  it('splits a post that changes hands mid-half-year between the two holders', () => {
    // 班子成员 ≥90 days a year; A holds the post 1 Jan – 15 Apr (105 days), B from 16 Apr (260 days).
    const a = person([{ from: '2023-01-01', to: '2026-04-15' }]);
    const b = person([{ from: '2026-04-16', to: null }]);
    const tripOfA: EvidenceRecord = { id: 'x', date: '2026-04-14', endDate: '2026-04-17' };
    expect(daysInYear('2026', '2027-01-01', [tripOfA], a, 90)).toMatchObject({ status: 'partly', needed: 26, done: 2 });
    expect(daysInYear('2026', '2027-01-01', [], b, 90)).toMatchObject({ status: 'missed', needed: 65 });
  });

  it('binds someone who left before the year end for the part they were there', () => {
    const subject = person([{ from: '2020-01-01', to: '2026-03-31' }]);
    // 90 days of 365: ceil(60 × 90 / 365) = ceil(14.79) = 15.
    expect(daysInYear('2026', '2027-01-01', trips(15), subject)).toMatchObject({ status: 'met', needed: 15, done: 15 });
    expect(daysInYear('2026', '2027-01-01', trips(14), subject)).toMatchObject({ status: 'partly', needed: 15, done: 14 });
  });

  it('lowers what is asked by a partial exemption: three months of leave → ceil(60 × 273 / 365) = 45', () => {
    const subject = person([{ from: '2020-01-01', to: null }], [{ from: '2026-03-01', to: '2026-05-31' }]);
    expect(daysInYear('2026', '2027-01-01', trips(45), subject)).toMatchObject({ status: 'met', needed: 45 });
    expect(daysInYear('2026', '2027-01-01', trips(44), subject)).toMatchObject({ status: 'partly', needed: 45 });
  });

  it('exempts someone excused for the whole year, and someone not in the set that year', () => {
    const excused = person([{ from: '2020-01-01', to: null }], [{ from: '2025-11-01', to: null }]);
    expect(daysInYear('2026', '2027-01-01', [], excused)).toMatchObject({ status: 'exempt', exemptReason: 'exempted', needed: 0 });
    const gone = person([{ from: '2020-01-01', to: '2025-12-31' }]);
    expect(daysInYear('2026', '2027-01-01', [], gone)).toMatchObject({ status: 'exempt', exemptReason: 'not_bound' });
  });

  it('asks at least one day of someone bound for a single day', () => {
    const subject = person([{ from: '2026-12-31', to: null }]);
    expect(daysInYear('2026', '2027-01-01', [], subject)).toMatchObject({ status: 'missed', needed: 1 });
  });

  it('prorates over a leap year', () => {
    const subject = person([{ from: '2024-07-01', to: null }]);
    // 184 of 366 days: ceil(60 × 184 / 366) = ceil(30.16) = 31.
    expect(daysInYear('2024', '2025-01-01', [], subject).needed).toBe(31);
  });
});
