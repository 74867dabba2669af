import { describe, expect, it } from 'vitest';
import { evaluateRequirementPeriod } from './evaluate';
import type { DateInterval } from './intervals';
import { anniversaryPeriod, triggerPeriod, type Period } from './periods';
import type { EvidenceRecord } from './types';

const member: DateInterval[] = [{ from: '2000-01-01', to: null }];

function within(period: Period, today: string, records: EvidenceRecord[], exemptions: DateInterval[] = [], memberships = member) {
  return evaluateRequirementPeriod({
    rule: { kind: 'trigger', event: 'hired', withinDays: 30 },
    period,
    today,
    records,
    subject: { kind: 'person', person: { personId: 'p', memberships, exemptions } },
  });
}

// clean.new_staff_education: 纪律教育 within 30 days of being hired on 10 March 2026; day 30 is 9 April.
const hired = triggerPeriod('2026-03-10', 30);
const on = (date: string): EvidenceRecord[] => [{ id: 'x', date }];

describe('trigger: within N days of the event', () => {
  it.each([
    ['2026-03-10', 'met', 'on the event day (day 0)'],
    ['2026-03-25', 'met', 'within the window'],
    ['2026-04-09', 'met', 'on day N'],
    ['2026-04-10', 'missed', 'on day N+1'],
    ['2026-03-09', 'missed', 'the day before the event'],
  ])('a record on %s → %s (%s)', (date, status) => {
    const result = within(hired, '2026-05-01', on(date));
    expect(result).toMatchObject({ status, dueDate: '2026-04-09', needed: 1, countingRecordIds: status === 'met' ? ['x'] : [] });
  });

  it.each([
    ['2026-03-01', 'not_yet_due', 'before the event'],
    ['2026-03-20', 'not_yet_due', 'inside the window'],
    ['2026-04-09', 'not_yet_due', 'on day N'],
    ['2026-04-10', 'missed', 'on day N+1'],
  ])('with no record, on %s it is %s (%s)', (today, status) => {
    expect(within(hired, today, []).status).toBe(status);
  });

  it('exempts someone excused for the whole window', () => {
    expect(within(hired, '2026-05-01', [], [{ from: '2026-03-01', to: '2026-04-30' }])).toMatchObject({ status: 'exempt', exemptReason: 'exempted' });
  });

  it('binds someone excused for a few days of it', () => {
    expect(within(hired, '2026-05-01', [], [{ from: '2026-03-10', to: '2026-03-14' }]).status).toBe('missed');
  });
});

describe('trigger: the 入党 anniversary (政治生日)', () => {
  const birthday = (joined: string, year: number): Period => {
    const period = anniversaryPeriod(joined, year, 7);
    if (!period) throw new Error('no anniversary');
    return period;
  };

  it('falls on the joining day in later years', () => {
    const period = birthday('2010-07-01', 2026);
    expect(within(period, '2026-07-10', on('2026-07-01'))).toMatchObject({ status: 'met', dueDate: '2026-07-08' });
    expect(within(period, '2026-07-10', on('2026-06-30')).status).toBe('missed');
  });

  it('falls on 28 February in common years for someone who joined on 29 February', () => {
    const common = birthday('2004-02-29', 2025);
    expect(common.start).toBe('2025-02-28');
    expect(within(common, '2025-03-10', on('2025-02-28')).status).toBe('met');
    expect(within(common, '2025-03-10', on('2025-03-07')).status).toBe('met');
    expect(within(common, '2025-03-10', on('2025-03-08')).status).toBe('missed');
    const leap = birthday('2004-02-29', 2028);
    expect(within(leap, '2028-03-10', on('2028-02-28')).status).toBe('missed');
    expect(within(leap, '2028-03-10', on('2028-02-29')).status).toBe('met');
  });
});
