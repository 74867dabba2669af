import { describe, expect, it } from 'vitest';
import { type PeriodSummary, countsAsOf, warningAsOf } from './summaries';

// March of 2026, due on its last day, with every kind of target: 2 met, 1 met late, 1 exempt, 3 with nothing, 1 with something.
const march: PeriodSummary = { requirementId: 'org.theme_day', periodKey: '2026-03', periodStart: '2026-03-01', periodEnd: '2026-03-31', dueDate: '2026-03-31', met: 2, late: 1, exempt: 1, shortNone: 3, shortSome: 1 };
const allMet: PeriodSummary = { ...march, late: 0, shortNone: 0, shortSome: 0 };

describe('countsAsOf: a short target is not yet due until the due date, then missed (nothing) or partly (something)', () => {
  it.each([
    ['before the period', '2026-02-15', { met: 2, partly: 1, missed: 0, notYetDue: 4, exempt: 1, total: 8 }],
    ['on its first day', '2026-03-01', { met: 2, partly: 1, missed: 0, notYetDue: 4, exempt: 1, total: 8 }],
    ['on the due date itself', '2026-03-31', { met: 2, partly: 1, missed: 0, notYetDue: 4, exempt: 1, total: 8 }],
    ['the day after the due date', '2026-04-01', { met: 2, partly: 2, missed: 3, notYetDue: 0, exempt: 1, total: 8 }],
    ['a year later', '2027-03-31', { met: 2, partly: 2, missed: 3, notYetDue: 0, exempt: 1, total: 8 }],
  ])('%s (%s)', (_name, today, counts) => {
    expect(countsAsOf(march, today)).toEqual(counts);
  });
});

describe('warningAsOf: red once anything is overdue or late, yellow within the warning days while short, else none', () => {
  it.each([
    ['late targets make it red even before the due date', march, '2026-03-10', 'red'],
    ['short, 8 days left', { ...march, late: 0 }, '2026-03-23', 'none'],
    ['short, 7 days left', { ...march, late: 0 }, '2026-03-24', 'yellow'],
    ['short, due today', { ...march, late: 0 }, '2026-03-31', 'yellow'],
    ['short, overdue', { ...march, late: 0 }, '2026-04-01', 'red'],
    ['all met, due today', allMet, '2026-03-31', 'none'],
    ['all met, long past', allMet, '2027-01-01', 'none'],
    ['only exempt targets', { ...allMet, met: 0 }, '2027-01-01', 'none'],
  ] as const)('%s', (_name, summary, today, level) => {
    expect(warningAsOf(summary, today, 7)).toBe(level);
  });
});
