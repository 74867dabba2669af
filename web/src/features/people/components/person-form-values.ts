import dayjs, { type Dayjs } from 'dayjs';
import {
  isPartyMember,
  type CreatePersonRequest,
  type Gender,
  type PersonDetail,
  type PersonStatus,
  type PoliticalStatus,
  type UpdatePersonRequest,
} from '@mofan/shared';

/** What the person form holds: dates as dayjs for the pickers, blanks as undefined. */
export interface PersonFormValues {
  name: string;
  idCardNo: string;
  gender?: Gender | null;
  ethnicity?: string | null;
  phone?: string | null;
  jobTitle?: string | null;
  hiredOn?: Dayjs | null;
  departmentId: string;
  politicalStatus: PoliticalStatus;
  joinedPartyOn?: Dayjs | null;
  fullMemberOn?: Dayjs | null;
  branchId?: string | null;
  partyGroupId?: string | null;
  status?: PersonStatus;
}

function toDay(value: string | null): Dayjs | null {
  return value ? dayjs(value) : null;
}

function toIso(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function personToFormValues(p: PersonDetail): PersonFormValues {
  return {
    name: p.name,
    idCardNo: p.idCardNo,
    gender: p.gender,
    ethnicity: p.ethnicity,
    phone: p.phone,
    jobTitle: p.jobTitle,
    hiredOn: toDay(p.hiredOn),
    departmentId: p.departmentId,
    politicalStatus: p.politicalStatus,
    joinedPartyOn: toDay(p.joinedPartyOn),
    fullMemberOn: toDay(p.fullMemberOn),
    branchId: p.branchId,
    partyGroupId: p.partyGroupId,
    status: p.status,
  };
}

/** The create body. Party fields are cleared for non-members, whatever the hidden fields still hold. */
export function formValuesToCreate(v: PersonFormValues): CreatePersonRequest {
  const member = isPartyMember(v.politicalStatus);
  return {
    name: v.name.trim(),
    idCardNo: v.idCardNo.trim().toUpperCase(),
    ...(v.gender ? { gender: v.gender } : {}),
    ethnicity: blankToNull(v.ethnicity),
    phone: blankToNull(v.phone),
    jobTitle: blankToNull(v.jobTitle),
    hiredOn: toIso(v.hiredOn),
    departmentId: v.departmentId,
    politicalStatus: v.politicalStatus,
    joinedPartyOn: member ? toIso(v.joinedPartyOn) : null,
    fullMemberOn: v.politicalStatus === 'party_member' ? toIso(v.fullMemberOn) : null,
    branchId: member ? (v.branchId ?? null) : null,
    partyGroupId: member ? (v.partyGroupId ?? null) : null,
  };
}

function pickChanged<T extends object>(next: T, before: Record<keyof T, unknown>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (next[key] !== before[key]) out[key] = next[key];
  }
  return out;
}

/**
 * Only what changed, plus the version it was read at. Sending untouched fields could overwrite a
 * concurrent edit of another field, and the audit trail then names only real changes.
 */
export function formValuesToUpdate(v: PersonFormValues, original: PersonDetail): UpdatePersonRequest {
  const next = { ...formValuesToCreate(v), status: v.status ?? original.status };
  return { ...pickChanged(next, original), version: original.version };
}
