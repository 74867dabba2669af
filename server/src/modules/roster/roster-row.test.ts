import { describe, expect, it } from 'vitest';
import { ROSTER_COLUMNS, type RosterColumnKey, computeIdCardCheckChar } from '@mofan/shared';
import { IMPRECISE_MARK } from './roster-cells';
import { type UnitStructure, type UnitStructureNode, validateRosterRow } from './roster-row';

const TODAY = '2026-03-02';

function node(id: string, kind: string, name: string, parentId: string): UnitStructureNode {
  return { id, kind, name, parentId, unitId: 'u1', path: `/u1/${id}/` };
}

const office = node('d1', 'department', '办公室', 'u1');
const first = node('b1', 'branch', '市财政局机关第一党支部', 'c1');
const second = node('b2', 'branch', '市财政局机关第二党支部', 'c1');
const group = node('g1', 'party_group', '第一党小组', 'b1');
const structure: UnitStructure = { unitId: 'u1', departments: new Map([['办公室', office]]), branches: [first, second], groups: [group] };

const first17 = '36010219900101123';
const ID = first17 + computeIdCardCheckChar(first17);

function raw(values: Partial<Record<RosterColumnKey, string>>): Record<RosterColumnKey, string> {
  return Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, values[c.key] ?? ''])) as Record<RosterColumnKey, string>;
}

const member = { name: '张伟', idCardNo: ID, department: '办公室', politicalStatus: '中共党员', joinedPartyOn: '2012-06-01', fullMemberOn: '2013-06-01' };

describe('validateRosterRow', () => {
  it('resolves a 党支部 by its full name or an unambiguous short name', () => {
    expect(validateRosterRow(7, raw({ ...member, branch: '市财政局机关第一党支部' }), structure, TODAY).row?.branch?.id).toBe('b1');
    expect(validateRosterRow(7, raw({ ...member, branch: '第二党支部' }), structure, TODAY).row?.branch?.id).toBe('b2');
    expect(validateRosterRow(7, raw({ ...member, branch: '第一党支部', partyGroup: '第一党小组' }), structure, TODAY).row?.partyGroup?.id).toBe('g1');
  });

  it.each<[string, Partial<Record<RosterColumnKey, string>>, { field: string; message: string }]>([
    ['a short name that fits several 党支部', { branch: '党支部' }, { field: '所在党支部', message: '有多个党支部与该名称相符，请填写全称' }],
    ['an unknown 党支部', { branch: '第九党支部' }, { field: '所在党支部', message: '本单位没有该党支部' }],
    ['a 党小组 without a 党支部', { partyGroup: '第一党小组' }, { field: '所在党小组', message: '填写党小组须同时填写所在党支部' }],
    ['a 党小组 of another 党支部', { branch: '第二党支部', partyGroup: '第一党小组' }, { field: '所在党小组', message: '该党支部下没有该党小组' }],
  ])('rejects %s', (_label, change, error) => {
    const result = validateRosterRow(7, raw({ ...member, ...change }), structure, TODAY);
    expect(result.row).toBeNull();
    expect(result.errors).toEqual([{ row: 7, value: Object.values(change).at(-1), ...error }]);
  });

  it('reports a 身份证号 Excel kept as a number with the digits it kept, not the internal marker', () => {
    const result = validateRosterRow(9, raw({ ...member, idCardNo: `360102199001011000${IMPRECISE_MARK}` }), structure, TODAY);
    expect(result.row).toBeNull();
    expect(result.errors).toEqual([{ row: 9, field: '身份证号', value: '360102199001011000', message: expect.stringContaining('存成了数字') as string }]);
  });

  it('normalises full-width text, reads the synonyms and keeps the raw value in the report', () => {
    const ok = validateRosterRow(3, raw({ ...member, name: '　张　伟　', idCardNo: ID.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)), politicalStatus: '党员', gender: '男' }), structure, TODAY);
    expect(ok.errors).toEqual([]);
    expect(ok.row).toMatchObject({ name: '张 伟', idCardNo: ID, politicalStatus: 'party_member', gender: 'male', birthDate: '1990-01-01' });
    const bad = validateRosterRow(4, raw({ ...member, phone: '１３９' }), structure, TODAY);
    expect(bad.errors).toEqual([{ row: 4, field: '手机号', value: '１３９', message: '手机号应为11位' }]);
  });

  it.each<[string, RosterColumnKey, number, string]>([
    ['姓名', 'name', 50, '姓名过长（最多50字）'],
    ['民族', 'ethnicity', 20, '民族过长（最多20字）'],
    ['职务', 'jobTitle', 50, '职务过长（最多50字）'],
  ])('holds %s (%s) to the API limit of %i characters', (header, key, max, message) => {
    expect(validateRosterRow(6, raw({ ...member, [key]: '字'.repeat(max) }), structure, TODAY).errors).toEqual([]);
    const result = validateRosterRow(6, raw({ ...member, [key]: '字'.repeat(max + 1) }), structure, TODAY);
    expect(result.row).toBeNull();
    expect(result.errors).toEqual([{ row: 6, field: header, value: '字'.repeat(max + 1), message }]);
  });

  it('reports every over-long cell of a row, each under its own column', () => {
    const result = validateRosterRow(6, raw({ ...member, ethnicity: '族'.repeat(21), jobTitle: '职'.repeat(51), phone: '12' }), structure, TODAY);
    expect(result.errors.map((e) => e.field)).toEqual(['民族', '职务', '手机号']);
  });

  it('cuts a huge cell to 100 characters in the report', () => {
    const huge = '职'.repeat(100_000);
    const result = validateRosterRow(8, raw({ ...member, jobTitle: huge, politicalStatus: '无' + huge }), structure, TODAY);
    expect(result.errors.map((e) => e.field)).toEqual(['职务', '政治面貌']);
    for (const e of result.errors) {
      expect(e.value).toHaveLength(100);
      expect(e.value.endsWith('…')).toBe(true);
    }
    expect(result.errors[0]?.value).toBe(`${'职'.repeat(99)}…`);
    // A value of exactly 100 characters is shown whole.
    const exact = validateRosterRow(8, raw({ ...member, department: '科'.repeat(100) }), structure, TODAY);
    expect(exact.errors).toEqual([{ row: 8, field: '所在科室', value: '科'.repeat(100), message: '本单位没有该科室' }]);
  });

  it('reports every required column that is empty', () => {
    const result = validateRosterRow(5, raw({}), structure, TODAY);
    expect(result.errors.map((e) => e.field)).toEqual(ROSTER_COLUMNS.filter((c) => c.required).map((c) => c.header));
    expect(result.errors.every((e) => e.message === '必填' && e.row === 5)).toBe(true);
  });
});
