import { describe, expect, it } from 'vitest';
import { countsAsEvidence, missingRequiredFields } from './record-checks';

const base = { occurredOn: '2026-02-01', presentCount: 0 };

describe('missingRequiredFields', () => {
  it.each([
    ['a 主题党日 needs nothing beyond owner and date', ['theme_day'], base, []],
    ['a 党课 needs its lecturer', ['party_lecture'], base, ['lecturerPersonId']],
    ['an outside lecturer by name is enough', ['party_lecture'], { ...base, lecturerName: '市委党校王教授' }, []],
    ['月读一书 needs the person and the book', ['monthly_book'], base, ['personId', 'details.bookTitle']],
    ['月读一书 with both is complete', ['monthly_book'], { ...base, personId: 'p', details: { bookTitle: '论语' } }, []],
    ['kinds together ask for the union of their fields, once each', ['theme_day', 'party_lecture', 'warning_education'], base, ['lecturerPersonId']],
    ['办实事 asks only the first stage at creation', ['practical_matter'], { ...base, personId: 'p', topic: '路灯不亮' }, []],
    ['a blank string is not a value', ['monthly_book'], { ...base, personId: 'p', details: { bookTitle: '  ' } }, ['details.bookTitle']],
  ])('%s', (_name, kinds, record, fields) => {
    expect(missingRequiredFields(kinds, record).map((m) => m.field)).toEqual(fields);
  });
});

describe('countsAsEvidence', () => {
  it.each([
    ['a kind without stages counts at once', 'theme_day', base, true],
    ['a 办实事 only known as a need does not count yet', 'practical_matter', { ...base, personId: 'p', topic: '路灯不亮' }, false],
    ['a solved 办实事 counts', 'practical_matter', { ...base, personId: 'p', topic: '路灯不亮', details: { claimedOn: '2026-02-02', solvedOn: '2026-02-10', solution: '已修复' } }, true],
    ['an unknown kind never counts', 'karaoke', base, false],
  ])('%s', (_name, kind, record, expected) => {
    expect(countsAsEvidence(kind, record)).toBe(expected);
  });
});
