import { describe, expect, it } from 'vitest';
import { type OwnRequirementDraft, ownRequirementProblems } from './own-requirement-checks';

const valid: OwnRequirementDraft = {
  programmeCode: '000',
  dimensionCode: 'style_clean',
  evidence: ['warning_education'],
  target: { kind: 'unit' },
  rule: { kind: 'count', min: 2, per: 'half_year' },
  evidenceRole: null,
};

describe('ownRequirementProblems', () => {
  it('accepts an item the ledger can meet', () => {
    expect(ownRequirementProblems(valid)).toEqual([]);
    expect(ownRequirementProblems({ ...valid, target: { kind: 'person', who: 'leadership_member' }, evidence: ['party_lecture'], evidenceRole: 'lecturer' })).toEqual([]);
    expect(ownRequirementProblems({ ...valid, target: { kind: 'person', who: 'all_staff' }, rule: { kind: 'coverage', ratio: 1, per: 'year' } })).toEqual([]);
  });

  it.each<[string, Partial<OwnRequirementDraft>, string[]]>([
    ['an unknown programme', { programmeCode: '009' }, ['programmeCode']],
    ['a dimension of another programme', { dimensionCode: 'political_type' }, ['dimensionCode']],
    ['an unknown activity kind, by its place', { evidence: ['warning_education', 'no_such_kind'] }, ['evidence.1']],
    ['the same kind twice', { evidence: ['warning_education', 'warning_education'] }, ['evidence']],
    ['a rule the engine cannot judge', { rule: { kind: 'deadline', month: 2, day: 30 } }, ['rule']],
    ['coverage of an org', { rule: { kind: 'coverage', ratio: 1, per: 'year' } }, ['target']],
    ['a trigger on an org', { rule: { kind: 'trigger', event: 'hired', withinDays: 30 } }, ['target']],
    ['a role for an org target', { evidenceRole: 'host' }, ['evidenceRole']],
    ['a kind a 科室 cannot own for a 科室 target', { target: { kind: 'department' }, evidence: ['center_group_study'] }, ['evidence']],
    ['a kind a 党小组 cannot own for a 党小组 target', { target: { kind: 'party_org', levels: ['party_group'] }, evidence: ['center_group_study'] }, ['evidence']],
    ['days summed from a kind without dates', { target: { kind: 'person', who: 'department_staff' }, rule: { kind: 'amount', min: 10, unit: 'day', per: 'year' }, evidence: ['monthly_book'] }, ['evidence']],
  ])('names the field for %s', (_, change, fields) => {
    expect(ownRequirementProblems({ ...valid, ...change }).map((p) => p.field)).toEqual(fields);
  });
});
