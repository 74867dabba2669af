import { describe, expect, it } from 'vitest';
import type { RuleSpec } from '../../catalogue/types';
import { evaluateRequirementPeriod } from './evaluate';
import { periodOf, triggerPeriod, type Period } from './periods';
import type { EvaluationSubject } from './types';

const person: EvaluationSubject = { kind: 'person', person: { personId: 'p', memberships: [{ from: '2020-01-01', to: null }], exemptions: [] } };

describe('evaluateRequirementPeriod refuses inputs that can only be programming errors', () => {
  it.each<[string, RuleSpec, Period, EvaluationSubject]>([
    ['a monthly count given a quarter', { kind: 'count', min: 1, per: 'month' }, periodOf('quarter', '2026-01-01'), { kind: 'org' }],
    ['a deadline given a month', { kind: 'deadline', month: 5, day: 31 }, periodOf('month', '2026-05-01'), { kind: 'org' }],
    ['a trigger given a year', { kind: 'trigger', event: 'hired', withinDays: 30 }, periodOf('year', '2026-01-01'), person],
    ['a yearly amount given a trigger window', { kind: 'amount', min: 60, unit: 'day', per: 'year' }, triggerPeriod('2026-01-01', 30), person],
    ['a once coverage given a trigger window', { kind: 'coverage', ratio: 1, per: 'once' }, triggerPeriod('2026-01-01', 30), person],
    ['a coverage of an org', { kind: 'coverage', ratio: 1, per: 'year' }, periodOf('year', '2026-01-01'), { kind: 'org' }],
    ['a count over a set of people', { kind: 'count', min: 1, per: 'year' }, periodOf('year', '2026-01-01'), { kind: 'people', people: [] }],
  ])('%s', (_name, rule, period, subject) => {
    expect(() => evaluateRequirementPeriod({ rule, period, today: '2026-06-01', records: [], subject })).toThrow(RangeError);
  });

  it('accepts any calendar period for once coverage', () => {
    const result = evaluateRequirementPeriod({
      rule: { kind: 'coverage', ratio: 1, per: 'once' },
      period: periodOf('quarter', '2026-01-01'),
      today: '2026-06-01',
      records: [{ id: 'r', date: '2025-01-01', personId: 'p' }],
      subject: person,
    });
    expect(result.status).toBe('met');
  });
});
