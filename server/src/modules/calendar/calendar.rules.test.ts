import { describe, expect, it } from 'vitest';
import { type DayEntry, dayProblems, yearScheduleProblems } from './calendar.rules';

const 元旦: DayEntry = { date: '2027-01-01', kind: 'holiday', name: '元旦' };

describe('dayProblems', () => {
  it.each([
    ['a holiday on a weekday', { date: '2027-01-01', kind: 'holiday', name: '元旦' }, []],
    ['a holiday on a weekend (inside a run)', { date: '2027-01-02', kind: 'holiday', name: '元旦' }, []],
    ['a 调休 Saturday', { date: '2027-02-06', kind: 'workday', name: '春节' }, []],
    ['a 调休 Sunday without a name', { date: '2027-02-07', kind: 'workday', name: null }, []],
    ['a 调休 day on a Monday', { date: '2027-02-08', kind: 'workday', name: '春节' }, ['date']],
    ['a holiday without a name', { date: '2027-01-01', kind: 'holiday', name: null }, ['name']],
    ['a holiday with a blank name', { date: '2027-01-01', kind: 'holiday', name: '  ' }, ['name']],
  ] as const)('%s', (_name, entry, fields) => {
    expect(dayProblems(entry).map((p) => p.field)).toEqual(fields);
  });
});

describe('yearScheduleProblems: each problem names its entry', () => {
  it.each([
    ['a plausible schedule', [元旦, { date: '2027-02-06', kind: 'workday', name: '春节' }], []],
    ['a date of another year', [元旦, { date: '2028-01-01', kind: 'holiday', name: '元旦' }], ['days.1.date']],
    ['a date twice', [元旦, { date: '2027-01-04', kind: 'holiday', name: 'x' }, { date: '2027-01-01', kind: 'workday', name: null }], ['days.2.date']],
    ['a 调休 weekday', [元旦, { date: '2027-02-08', kind: 'workday', name: null }], ['days.1.date']],
    ['a nameless holiday', [元旦, { date: '2027-02-08', kind: 'holiday', name: '' }], ['days.1.name']],
    ['no holiday at all', [{ date: '2027-02-06', kind: 'workday', name: null }], ['days']],
    ['nothing at all', [], ['days']],
  ] as const)('%s', (_name, days, fields) => {
    expect(yearScheduleProblems(2027, days).map((p) => p.field)).toEqual(fields);
  });

  it('says which entry a duplicate repeats', () => {
    expect(yearScheduleProblems(2027, [元旦, 元旦])[0]?.message).toContain('第 1 项');
  });
});
