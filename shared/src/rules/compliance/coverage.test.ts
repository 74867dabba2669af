import { describe, expect, it } from 'vitest';
import { evaluateRequirementPeriod } from './evaluate';
import type { DateInterval } from './intervals';
import { periodOf } from './periods';
import type { EvidenceRecord, PersonBinding } from './types';

const always: DateInterval[] = [{ from: '2020-01-01', to: null }];
const staff = (personId: string, memberships = always, exemptions: DateInterval[] = []): PersonBinding => ({ personId, memberships, exemptions });

/** clean.family_pledge: every staff member's family signs a 承诺书 once. */
function pledges(today: string, people: PersonBinding[], records: EvidenceRecord[], per: 'once' | 'year' = 'once', ratio = 1) {
  return evaluateRequirementPeriod({
    rule: { kind: 'coverage', ratio, per },
    period: periodOf('year', '2026-01-01'),
    today,
    records,
    subject: { kind: 'people', people },
  });
}

const abc = [staff('A'), staff('B'), staff('C')];
const signed: EvidenceRecord[] = [
  { id: 's1', date: '2024-05-01', personId: 'A' },
  { id: 's2', date: '2026-03-01', personId: 'B' },
];

describe('coverage', () => {
  it('counts people with a record, any time up to the period end for "once", and names who is missing', () => {
    expect(pledges('2026-06-01', abc, signed)).toMatchObject({
      status: 'not_yet_due',
      done: 2,
      needed: 3,
      countingRecordIds: ['s1', 's2'],
      missingPersonIds: ['C'],
    });
    expect(pledges('2027-01-01', abc, signed)).toMatchObject({ status: 'partly', done: 2, needed: 3 });
  });

  it('is met when the last person signs on the period end', () => {
    const all = [...signed, { id: 's3', date: '2026-12-31', personId: 'C' }];
    expect(pledges('2027-01-01', abc, all)).toMatchObject({ status: 'met', done: 3, needed: 3, missingPersonIds: [] });
  });

  it('ignores a record after the period end, and after today', () => {
    const late = [...signed, { id: 's3', date: '2027-01-05', personId: 'C' }];
    expect(pledges('2027-02-01', abc, late)).toMatchObject({ status: 'partly', missingPersonIds: ['C'] });
    const future = [...signed, { id: 's3', date: '2026-07-01', personId: 'C' }];
    expect(pledges('2026-06-01', abc, future).missingPersonIds).toEqual(['C']);
  });

  it('asks for a record inside the period when per is a calendar unit', () => {
    expect(pledges('2027-01-01', abc, signed, 'year')).toMatchObject({ status: 'partly', done: 1, countingRecordIds: ['s2'], missingPersonIds: ['A', 'C'] });
  });

  it('is missed when nobody has a record after the period', () => {
    expect(pledges('2027-01-01', abc, [])).toMatchObject({ status: 'missed', done: 0, needed: 3 });
  });

  it('leaves out people excused for the whole period and people gone before it; binds a newcomer of the last day', () => {
    const people = [
      staff('A'),
      staff('D', always, [{ from: '2025-12-01', to: '2027-02-01' }]),
      staff('E', [{ from: '2026-12-31', to: null }]),
      staff('F', [{ from: '2020-01-01', to: '2025-12-31' }]),
      staff('G', always, [{ from: '2026-01-01', to: '2026-12-30' }]),
    ];
    expect(pledges('2027-01-01', people, signed)).toMatchObject({ status: 'partly', done: 1, needed: 3, missingPersonIds: ['E', 'G'] });
  });

  it('counts a meeting passed once per participant once, and ignores people outside the set', () => {
    const meeting: EvidenceRecord[] = ['A', 'B', 'C', 'Z'].map((personId) => ({ id: 'm1', date: '2026-04-01', personId }));
    expect(pledges('2027-01-01', abc, meeting, 'year')).toMatchObject({ status: 'met', done: 3, countingRecordIds: ['m1'] });
    expect(pledges('2027-01-01', abc, [{ id: 'z', date: '2026-04-01', personId: 'Z' }, { id: 'n', date: '2026-04-01' }])).toMatchObject({ done: 0 });
  });

  it('rounds ratio × people up, without float noise', () => {
    const people = Array.from({ length: 25 }, (_, i) => staff(`P${i}`));
    const seven = people.slice(0, 7).map((p, i) => ({ id: `r${i}`, date: '2026-02-01', personId: p.personId }));
    // 0.28 × 25 is 7.000000000000001 in floating point; it must need 7, not 8.
    expect(pledges('2027-01-01', people, seven, 'year', 0.28)).toMatchObject({ status: 'met', done: 7, needed: 7 });
    // 0.28 × 24 = 6.72 → 7.
    expect(pledges('2027-01-01', people.slice(0, 24), seven.slice(0, 6), 'year', 0.28)).toMatchObject({ status: 'partly', needed: 7 });
  });

  it('is exempt when everyone is excused, or nobody is in the set', () => {
    const excused = [staff('A', always, [{ from: '2025-01-01', to: null }])];
    expect(pledges('2027-01-01', excused, [])).toMatchObject({ status: 'exempt', exemptReason: 'exempted' });
    expect(pledges('2027-01-01', [], [])).toMatchObject({ status: 'exempt', exemptReason: 'not_bound' });
  });

  it('treats a single person as a set of one', () => {
    const result = evaluateRequirementPeriod({
      rule: { kind: 'coverage', ratio: 1, per: 'once' },
      period: periodOf('year', '2026-01-01'),
      today: '2027-01-01',
      records: signed,
      subject: { kind: 'person', person: staff('B') },
    });
    expect(result).toMatchObject({ status: 'met', done: 1, needed: 1, countingRecordIds: ['s2'] });
  });
});
