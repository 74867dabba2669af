import {
  type Gender,
  NAME_MAX,
  type NodeFacts,
  type PoliticalStatus,
  ROSTER_COLUMNS,
  type RosterColumnKey,
  type RosterRowError,
  checkPersonFacts,
  normalizeText,
  parseLooseDate,
} from '@mofan/shared';
import { IMPRECISE_MARK } from './roster-cells';

export interface UnitStructureNode extends NodeFacts {
  name: string;
  path: string;
}

/** The 科室, 党支部 and 党小组 of the unit being imported into, by name. */
export interface UnitStructure {
  unitId: string;
  departments: Map<string, UnitStructureNode>;
  branches: UnitStructureNode[];
  groups: UnitStructureNode[];
}

export interface ValidRosterRow {
  row: number;
  name: string;
  gender: Gender;
  idCardNo: string;
  birthDate: string | null;
  ethnicity: string | null;
  phone: string | null;
  jobTitle: string | null;
  hiredOn: string | null;
  department: UnitStructureNode;
  politicalStatus: PoliticalStatus;
  joinedPartyOn: string | null;
  fullMemberOn: string | null;
  branch: UnitStructureNode | null;
  partyGroup: UnitStructureNode | null;
}

/** Longest cell value echoed back in the report: a huge cell must not bloat the stored job. */
const MAX_REPORTED_VALUE = 100;

export function reportedValue(value: string): string {
  const chars = Array.from(value);
  return chars.length <= MAX_REPORTED_VALUE ? value : `${chars.slice(0, MAX_REPORTED_VALUE - 1).join('')}…`;
}

/** The same limits as the people API (createPersonSchema), so an import cannot store what a form may not. */
const MAX_LENGTH: Partial<Record<RosterColumnKey, { max: number; message: string }>> = {
  name: { max: NAME_MAX, message: `姓名过长（最多${NAME_MAX}字）` },
  ethnicity: { max: 20, message: '民族过长（最多20字）' },
  jobTitle: { max: 50, message: '职务过长（最多50字）' },
};

const HEADER: Record<RosterColumnKey, string> = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, c.header])) as Record<RosterColumnKey, string>;

const POLITICAL_STATUS_WORDS: Record<string, PoliticalStatus> = {
  中共党员: 'party_member',
  党员: 'party_member',
  中国共产党党员: 'party_member',
  中共预备党员: 'probationary_member',
  预备党员: 'probationary_member',
  共青团员: 'league_member',
  团员: 'league_member',
  民主党派: 'democratic_party',
  群众: 'masses',
};

const FACT_FIELD_TO_COLUMN: Record<string, RosterColumnKey> = {
  idCardNo: 'idCardNo',
  gender: 'gender',
  hiredOn: 'hiredOn',
  joinedPartyOn: 'joinedPartyOn',
  fullMemberOn: 'fullMemberOn',
  departmentId: 'department',
  branchId: 'branch',
  partyGroupId: 'partyGroup',
  politicalStatus: 'politicalStatus',
};

/**
 * A 党支部 named in full (市财政局机关第一党支部) or by its short name (第一党支部). A short name that
 * fits several branches (say 党支部) must not silently pick one of them.
 */
function findBranch(structure: UnitStructure, name: string): { branch: UnitStructureNode | null; problem: string | null } {
  const exact = structure.branches.find((b) => b.name === name);
  if (exact) return { branch: exact, problem: null };
  const bySuffix = structure.branches.filter((b) => b.name.endsWith(name));
  if (bySuffix.length === 1) return { branch: bySuffix[0] ?? null, problem: null };
  return { branch: null, problem: bySuffix.length === 0 ? '本单位没有该党支部' : '有多个党支部与该名称相符，请填写全称' };
}

/**
 * Checks one roster row and resolves the names it uses. Returns every problem found, each with
 * the row number, the column header, the value and the reason, or the row ready to insert.
 */
export function validateRosterRow(rowNumber: number, raw: Record<RosterColumnKey, string>, structure: UnitStructure, today: string): { errors: RosterRowError[]; row: ValidRosterRow | null } {
  const v = Object.fromEntries(Object.entries(raw).map(([k, value]) => [k, normalizeText(value)])) as Record<RosterColumnKey, string>;
  const errors: RosterRowError[] = [];
  const fail = (key: RosterColumnKey, message: string) => errors.push({ row: rowNumber, field: HEADER[key], value: reportedValue(raw[key] ?? ''), message });

  for (const c of ROSTER_COLUMNS) if (c.required && !v[c.key]) fail(c.key, '必填');
  for (const [key, limit] of Object.entries(MAX_LENGTH) as [RosterColumnKey, { max: number; message: string }][]) {
    if (v[key].length > limit.max) fail(key, limit.message);
  }
  if (v.idCardNo.endsWith(IMPRECISE_MARK)) {
    // The report shows the digits Excel kept, not the marker the reader added.
    errors.push({ row: rowNumber, field: HEADER.idCardNo, value: reportedValue(v.idCardNo.slice(0, -IMPRECISE_MARK.length)), message: '身份证号被 Excel 存成了数字，末几位已丢失：请将该列设为文本后重新填写' });
    v.idCardNo = '';
  }
  let gender: Gender | undefined;
  if (v.gender) {
    if (v.gender === '男') gender = 'male';
    else if (v.gender === '女') gender = 'female';
    else fail('gender', '应为“男”或“女”');
  }
  if (v.phone && !/^1[3-9]\d{9}$/.test(v.phone)) fail('phone', '手机号应为11位');
  const dates: Partial<Record<'hiredOn' | 'joinedPartyOn' | 'fullMemberOn', string | null>> = {};
  for (const key of ['hiredOn', 'joinedPartyOn', 'fullMemberOn'] as const) {
    if (!v[key]) dates[key] = null;
    else {
      const parsed = parseLooseDate(v[key]);
      if (parsed) dates[key] = parsed;
      else fail(key, '日期无效，应如 2020-01-31');
    }
  }
  const politicalStatus = POLITICAL_STATUS_WORDS[v.politicalStatus.replace(/\s/g, '')];
  if (v.politicalStatus && !politicalStatus) fail('politicalStatus', '应为 中共党员、中共预备党员、共青团员、民主党派 或 群众');
  const department = v.department ? (structure.departments.get(v.department) ?? null) : null;
  if (v.department && !department) fail('department', '本单位没有该科室');
  let branch: UnitStructureNode | null = null;
  if (v.branch) {
    const found = findBranch(structure, v.branch);
    branch = found.branch;
    if (found.problem) fail('branch', found.problem);
  }
  const partyGroup = v.partyGroup && branch ? (structure.groups.find((g) => g.parentId === branch.id && g.name === v.partyGroup) ?? null) : null;
  if (v.partyGroup && branch && !partyGroup) fail('partyGroup', '该党支部下没有该党小组');
  // Without this the 党小组 of a row with no 党支部 would be dropped without a word.
  if (v.partyGroup && !v.branch) fail('partyGroup', '填写党小组须同时填写所在党支部');

  if (errors.length > 0 || !department || !politicalStatus || !v.idCardNo) return { errors, row: null };
  const facts = checkPersonFacts({
    idCardNo: v.idCardNo,
    gender,
    politicalStatus,
    hiredOn: dates.hiredOn,
    joinedPartyOn: dates.joinedPartyOn,
    fullMemberOn: dates.fullMemberOn,
    department,
    branch,
    partyGroup,
    today,
  });
  for (const e of facts.errors) fail(FACT_FIELD_TO_COLUMN[e.field] ?? 'idCardNo', e.message);
  if (errors.length > 0) return { errors, row: null };
  return {
    errors,
    row: {
      row: rowNumber,
      name: v.name,
      gender: facts.gender ?? 'male',
      idCardNo: facts.idCardNo,
      birthDate: facts.birthDate,
      ethnicity: v.ethnicity || null,
      phone: v.phone || null,
      jobTitle: v.jobTitle || null,
      hiredOn: dates.hiredOn ?? null,
      department,
      politicalStatus,
      joinedPartyOn: dates.joinedPartyOn ?? null,
      fullMemberOn: dates.fullMemberOn ?? null,
      branch,
      partyGroup,
    },
  };
}
