import { describe, expect, it } from 'vitest';
import { type NodeFacts, type PersonFacts, checkPersonFacts } from './person-facts';
import { computeIdCardCheckChar } from './id-card';

function idCard(birth: string, genderDigit: number): string {
  const first17 = `360102${birth.replaceAll('-', '')}12${genderDigit}`;
  return first17 + computeIdCardCheckChar(first17);
}

const MALE_1990 = idCard('1990-01-01', 3);
const FEMALE_1990 = idCard('1990-01-01', 4);

const department: NodeFacts = { id: 'd1', kind: 'department', unitId: 'u1', parentId: 'u1' };
const branch: NodeFacts = { id: 'b1', kind: 'branch', unitId: 'u1', parentId: 'c1' };
const group: NodeFacts = { id: 'g1', kind: 'party_group', unitId: 'u1', parentId: 'b1' };

/** A full party member with every fact consistent; each case changes one thing. */
const base: PersonFacts = {
  idCardNo: MALE_1990,
  gender: 'male',
  politicalStatus: 'party_member',
  joinedPartyOn: '2012-06-01',
  fullMemberOn: '2013-06-01',
  hiredOn: '2015-07-01',
  department,
  branch,
  partyGroup: group,
  today: '2026-03-02',
};

describe('checkPersonFacts', () => {
  it('accepts a consistent record and returns the facts of the 身份证号', () => {
    expect(checkPersonFacts(base)).toEqual({ errors: [], idCardNo: MALE_1990, gender: 'male', birthDate: '1990-01-01' });
  });

  it.each<[string, Partial<PersonFacts>]>([
    ['a probationary member without 转正日期', { politicalStatus: 'probationary_member', fullMemberOn: null }],
    ['a member without a 党支部 (not yet placed)', { branch: null, partyGroup: null }],
    ['a member in a 党支部 without a 党小组', { partyGroup: null }],
    ['a 群众 without party facts', { politicalStatus: 'masses', joinedPartyOn: null, fullMemberOn: null, branch: null, partyGroup: null }],
    ['a 共青团员 without party facts', { politicalStatus: 'league_member', joinedPartyOn: null, fullMemberOn: null, branch: null, partyGroup: null }],
    ['dates on today', { hiredOn: '2026-03-02', joinedPartyOn: '2026-03-02', fullMemberOn: '2026-03-02' }],
    ['转正 on the 入党 day', { fullMemberOn: '2012-06-01' }],
    ['no gender given', { gender: null }],
    ['no hire date', { hiredOn: null }],
  ])('accepts %s', (_label, change) => {
    expect(checkPersonFacts({ ...base, ...change }).errors).toEqual([]);
  });

  it('normalises the 身份证号 (trim, uppercase x)', () => {
    const id = '11010519491231002x';
    const r = checkPersonFacts({ ...base, idCardNo: ` ${id} `, gender: null });
    expect(r.errors).toEqual([]);
    expect(r.idCardNo).toBe('11010519491231002X');
  });

  it('derives the gender from the 身份证号 when none is given', () => {
    expect(checkPersonFacts({ ...base, idCardNo: FEMALE_1990, gender: undefined })).toMatchObject({ errors: [], gender: 'female' });
    expect(checkPersonFacts({ ...base, idCardNo: MALE_1990, gender: null })).toMatchObject({ errors: [], gender: 'male' });
  });

  it('keeps the given gender (and no birth date) when the 身份证号 is invalid', () => {
    const r = checkPersonFacts({ ...base, idCardNo: 'bad', gender: 'female' });
    expect(r).toMatchObject({ gender: 'female', birthDate: null });
  });

  it.each<[string, Partial<PersonFacts>, PersonFactsError[]]>([
    ['an invalid 身份证号', { idCardNo: `${MALE_1990.slice(0, 17)}${MALE_1990[17] === '0' ? '1' : '0'}` }, [{ field: 'idCardNo', message: '身份证号校验位错误' }]],
    ['a malformed 身份证号', { idCardNo: '12345' }, [{ field: 'idCardNo', message: '身份证号应为18位（最后一位可为X）' }]],
    ['a gender contradicting the 身份证号', { gender: 'female' }, [{ field: 'gender', message: '性别与身份证号不符（身份证号为男性）' }]],
    ['a female 身份证号 with gender male', { idCardNo: FEMALE_1990 }, [{ field: 'gender', message: '性别与身份证号不符（身份证号为女性）' }]],
    [
      'a birth date after today',
      { idCardNo: idCard('2026-03-03', 3), hiredOn: null, joinedPartyOn: null, fullMemberOn: null, politicalStatus: 'masses', branch: null, partyGroup: null },
      [{ field: 'idCardNo', message: '身份证号中的出生日期晚于今天' }],
    ],
    ['a hire date after today', { hiredOn: '2026-03-03' }, [{ field: 'hiredOn', message: '日期不能晚于今天' }]],
    ['an 入党日期 after today', { joinedPartyOn: '2026-03-03', fullMemberOn: null, politicalStatus: 'probationary_member' }, [{ field: 'joinedPartyOn', message: '日期不能晚于今天' }]],
    ['a 转正日期 after today', { fullMemberOn: '2026-03-03' }, [{ field: 'fullMemberOn', message: '日期不能晚于今天' }]],
    ['a hire date before birth', { hiredOn: '1989-12-31' }, [{ field: 'hiredOn', message: '日期不能早于出生日期' }]],
    ['a hire date on the birth date', { hiredOn: '1990-01-01' }, [{ field: 'hiredOn', message: '日期不能早于出生日期' }]],
    [
      'an 入党日期 before birth',
      { joinedPartyOn: '1980-01-01', fullMemberOn: null, politicalStatus: 'probationary_member' },
      [{ field: 'joinedPartyOn', message: '日期不能早于出生日期' }],
    ],
    [
      'a 转正日期 before birth (and before 入党)',
      { fullMemberOn: '1980-01-01' },
      [
        { field: 'fullMemberOn', message: '日期不能早于出生日期' },
        { field: 'fullMemberOn', message: '转正日期不能早于入党日期' },
      ],
    ],
    ['a 所在科室 that is not a 科室', { department: { ...department, kind: 'unit' } }, [{ field: 'departmentId', message: '所在科室须为内设科室' }]],
    ['a party member without 入党日期', { joinedPartyOn: null }, [{ field: 'joinedPartyOn', message: '党员须填写入党日期' }]],
    ['a probationary member without 入党日期', { politicalStatus: 'probationary_member', joinedPartyOn: null, fullMemberOn: null }, [{ field: 'joinedPartyOn', message: '党员须填写入党日期' }]],
    ['a full member without 转正日期', { fullMemberOn: null }, [{ field: 'fullMemberOn', message: '正式党员须填写转正日期' }]],
    ['a probationary member with 转正日期', { politicalStatus: 'probationary_member' }, [{ field: 'fullMemberOn', message: '预备党员尚未转正，不应填写转正日期' }]],
    ['转正 before 入党', { fullMemberOn: '2012-05-31' }, [{ field: 'fullMemberOn', message: '转正日期不能早于入党日期' }]],
    ['a 群众 with 入党日期', { politicalStatus: 'masses', fullMemberOn: null, branch: null, partyGroup: null }, [{ field: 'joinedPartyOn', message: '非党员不应填写入党日期' }]],
    ['a 共青团员 with 转正日期', { politicalStatus: 'league_member', joinedPartyOn: null, branch: null, partyGroup: null }, [{ field: 'fullMemberOn', message: '非党员不应填写转正日期' }]],
    ['a 民主党派 member in a 党支部', { politicalStatus: 'democratic_party', joinedPartyOn: null, fullMemberOn: null, partyGroup: null }, [{ field: 'branchId', message: '非党员不能编入党支部' }]],
    ['a 党支部 that is not a 党支部', { branch: { ...branch, kind: 'party_committee' }, partyGroup: null }, [{ field: 'branchId', message: '所在党支部须为党支部' }]],
    ['a 党支部 of another unit', { branch: { ...branch, unitId: 'u2' }, partyGroup: null }, [{ field: 'branchId', message: '党支部须属于本人所在单位' }]],
    ['a 党小组 without a 党支部', { branch: null }, [{ field: 'partyGroupId', message: '编入党小组须先编入党支部' }]],
    ['a 党小组 that is not a 党小组', { partyGroup: { ...group, kind: 'branch' } }, [{ field: 'partyGroupId', message: '党小组须属于本人所在党支部' }]],
    ['a 党小组 of another 党支部', { partyGroup: { ...group, parentId: 'b2' } }, [{ field: 'partyGroupId', message: '党小组须属于本人所在党支部' }]],
  ])('rejects %s', (_label, change, errors) => {
    expect(checkPersonFacts({ ...base, ...change }).errors).toEqual(errors);
  });

  it('reports every broken rule of one record, not only the first', () => {
    const r = checkPersonFacts({ ...base, gender: 'female', politicalStatus: 'masses', hiredOn: '2030-01-01', department: { ...department, kind: 'branch' } });
    expect(r.errors.map((e) => e.field)).toEqual(['gender', 'hiredOn', 'departmentId', 'joinedPartyOn', 'fullMemberOn', 'branchId']);
  });
});

type PersonFactsError = ReturnType<typeof checkPersonFacts>['errors'][number];
