import { type Gender, GENDER_LABELS, type PoliticalStatus, isPartyMember } from '../enums';
import { checkIdCard } from './id-card';

export interface NodeFacts {
  id: string;
  kind: string;
  unitId: string | null;
  parentId: string | null;
}

/** What a person record claims, with the org nodes it names already looked up (null: not given). */
export interface PersonFacts {
  idCardNo: string;
  gender?: Gender | null | undefined;
  politicalStatus: PoliticalStatus;
  joinedPartyOn?: string | null | undefined;
  fullMemberOn?: string | null | undefined;
  hiredOn?: string | null | undefined;
  department: NodeFacts;
  branch?: NodeFacts | null | undefined;
  partyGroup?: NodeFacts | null | undefined;
  /** Today in Asia/Shanghai; no date may lie after it. */
  today: string;
}

export interface PersonFactsResult {
  errors: { field: keyof PersonFacts | 'departmentId' | 'branchId' | 'partyGroupId'; message: string }[];
  idCardNo: string;
  gender: Gender | null;
  birthDate: string | null;
}

/**
 * The rules a person record must keep, whether typed in a form or read from a roster: the
 * 身份证号 checksum and the gender it encodes, party facts only for party members (转正 only for
 * full members, after 入党), a 党支部 of the person's own unit and a 党小组 of that branch, no dates
 * in the future.
 */
export function checkPersonFacts(p: PersonFacts): PersonFactsResult {
  const errors: PersonFactsResult['errors'] = [];
  const idCardNo = p.idCardNo.trim().toUpperCase();
  const id = checkIdCard(idCardNo);
  let gender: Gender | null = p.gender ?? null;
  let birthDate: string | null = null;
  if (!id.ok) {
    errors.push({ field: 'idCardNo', message: id.reason });
  } else {
    birthDate = id.birthDate;
    if (gender && gender !== id.gender) errors.push({ field: 'gender', message: `性别与身份证号不符（身份证号为${GENDER_LABELS[id.gender]}性）` });
    gender = gender ?? id.gender;
    if (id.birthDate > p.today) errors.push({ field: 'idCardNo', message: '身份证号中的出生日期晚于今天' });
  }
  for (const field of ['hiredOn', 'joinedPartyOn', 'fullMemberOn'] as const) {
    const value = p[field];
    if (value && value > p.today) errors.push({ field, message: '日期不能晚于今天' });
    if (value && birthDate && value <= birthDate) errors.push({ field, message: '日期不能早于出生日期' });
  }
  if (p.department.kind !== 'department') errors.push({ field: 'departmentId', message: '所在科室须为内设科室' });

  const member = isPartyMember(p.politicalStatus);
  if (member) {
    if (!p.joinedPartyOn) errors.push({ field: 'joinedPartyOn', message: '党员须填写入党日期' });
    if (p.politicalStatus === 'party_member' && !p.fullMemberOn) errors.push({ field: 'fullMemberOn', message: '正式党员须填写转正日期' });
    if (p.politicalStatus === 'probationary_member' && p.fullMemberOn) errors.push({ field: 'fullMemberOn', message: '预备党员尚未转正，不应填写转正日期' });
    if (p.joinedPartyOn && p.fullMemberOn && p.fullMemberOn < p.joinedPartyOn) errors.push({ field: 'fullMemberOn', message: '转正日期不能早于入党日期' });
  } else {
    if (p.joinedPartyOn) errors.push({ field: 'joinedPartyOn', message: '非党员不应填写入党日期' });
    if (p.fullMemberOn) errors.push({ field: 'fullMemberOn', message: '非党员不应填写转正日期' });
    if (p.branch) errors.push({ field: 'branchId', message: '非党员不能编入党支部' });
  }
  if (p.branch) {
    if (p.branch.kind !== 'branch') errors.push({ field: 'branchId', message: '所在党支部须为党支部' });
    else if (p.branch.unitId !== p.department.unitId) errors.push({ field: 'branchId', message: '党支部须属于本人所在单位' });
  }
  if (p.partyGroup) {
    if (!p.branch) errors.push({ field: 'partyGroupId', message: '编入党小组须先编入党支部' });
    else if (p.partyGroup.kind !== 'party_group' || p.partyGroup.parentId !== p.branch.id) {
      errors.push({ field: 'partyGroupId', message: '党小组须属于本人所在党支部' });
    }
  }
  return { errors, idCardNo, gender, birthDate };
}
