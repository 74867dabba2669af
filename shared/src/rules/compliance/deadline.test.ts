import { describe, expect, it } from 'vitest';
import { evaluateRequirementPeriod } from './evaluate';
import type { DateInterval } from './intervals';
import { periodOf } from './periods';
import type { EvaluationSubject, EvidenceRecord } from './types';

/** org.election: 换届 done by 5月31日 each year. */
function byDeadline(today: string, records: EvidenceRecord[], month = 5, day = 31, year = '2026', subject: EvaluationSubject = { kind: 'org' }) {
  return evaluateRequirementPeriod({
    rule: { kind: 'deadline', month, day },
    period: periodOf('year', `${year}-01-01`),
    today,
    records,
    subject,
  });
}

const on = (date: string): EvidenceRecord[] => [{ id: 'e', date }];

describe('deadline 5月31日', () => {
  it.each([
    ['2026-05-31', '2026-06-01', 'met', false, 'on the day'],
    ['2026-05-20', '2026-05-25', 'met', false, 'early, before the deadline'],
    ['2026-01-01', '2026-12-31', 'met', false, 'first day of the year'],
    ['2026-06-01', '2026-06-02', 'partly', true, 'the day after: late'],
    ['2026-12-31', '2027-01-01', 'partly', true, 'late on the last day of the year'],
  ])('a record on %s seen on %s → %s (late: %s; %s)', (date, today, status, late) => {
    const result = byDeadline(today, on(date));
    expect(result).toMatchObject({ status, late, done: 1, needed: 1, countingRecordIds: ['e'], dueDate: '2026-05-31' });
  });

  it.each([
    ['2026-05-30', 'not_yet_due'],
    ['2026-05-31', 'not_yet_due'],
    ['2026-06-01', 'missed'],
  ])('with no record, on %s it is %s', (today, status) => {
    expect(byDeadline(today, [])).toMatchObject({ status, done: 0, needed: 1, late: false });
  });

  it("does not count last year's record, nor next year's", () => {
    expect(byDeadline('2026-06-01', on('2025-05-01')).status).toBe('missed');
    expect(byDeadline('2027-06-01', on('2027-01-10')).status).toBe('missed');
  });

  it('does not count a record dated after today', () => {
    expect(byDeadline('2026-05-01', on('2026-05-10')).status).toBe('not_yet_due');
  });

  it('falls back to 28 February for a 2月29日 deadline in a common year', () => {
    expect(byDeadline('2025-03-01', on('2025-02-28'), 2, 29, '2025')).toMatchObject({ status: 'met', dueDate: '2025-02-28' });
    expect(byDeadline('2024-03-01', on('2024-02-29'), 2, 29, '2024')).toMatchObject({ status: 'met', dueDate: '2024-02-29' });
  });

  it('handles a 12月31日 deadline (书面报告) at the year end', () => {
    expect(byDeadline('2026-12-31', [], 12, 31)).toMatchObject({ status: 'not_yet_due', dueDate: '2026-12-31' });
    expect(byDeadline('2027-01-01', [], 12, 31).status).toBe('missed');
    expect(byDeadline('2027-01-01', on('2026-12-31'), 12, 31).status).toBe('met');
  });

  it('binds a person for at least half of 1 January – deadline (151 days to 5月31日)', () => {
    const person = (memberships: DateInterval[]): EvaluationSubject => ({ kind: 'person', person: { personId: 'p', memberships, exemptions: [] } });
    // Half of 151 days is 75.5: from 17 March is 76 days → bound; from 18 March is 75 → not bound.
    expect(byDeadline('2026-06-01', [], 5, 31, '2026', person([{ from: '2026-03-17', to: null }])).status).toBe('missed');
    expect(byDeadline('2026-06-01', [], 5, 31, '2026', person([{ from: '2026-03-18', to: null }]))).toMatchObject({
      status: 'exempt',
      exemptReason: 'not_bound',
      dueDate: '2026-05-31',
    });
  });
});
