import { type Exemption, type ExemptionKind, type ExemptionSource, type Gender, type Person, type PersonStatus, type PoliticalStatus, type Post, type PostRole, maskIdCard } from '@mofan/shared';
import type { ExemptionRow } from './exemptions.repository';
import type { PersonJoinedRow } from './people.repository';
import type { PostJoinedRow } from './posts.repository';

/**
 * Shapes a person for the client; the full 身份证号 only for those who may edit the record. The
 * birth date goes with it: the masked digits 7–14 are the birth date, so sending it would rebuild them.
 */
export function presentPerson(row: PersonJoinedRow, showIdCard: boolean): Person {
  const p = row.person;
  return {
    id: p.id,
    name: p.name,
    gender: p.gender as Gender,
    idCardNo: showIdCard ? p.idCardNo : maskIdCard(p.idCardNo),
    birthDate: showIdCard ? p.birthDate : null,
    ethnicity: p.ethnicity,
    phone: p.phone,
    jobTitle: p.jobTitle,
    hiredOn: p.hiredOn,
    unitId: p.unitId,
    unitName: row.unitName ?? '',
    departmentId: p.departmentId,
    departmentName: row.departmentName ?? '',
    politicalStatus: p.politicalStatus as PoliticalStatus,
    joinedPartyOn: p.joinedPartyOn,
    fullMemberOn: p.fullMemberOn,
    branchId: p.branchId,
    branchName: row.branchName,
    partyGroupId: p.partyGroupId,
    partyGroupName: row.partyGroupName,
    status: p.status as PersonStatus,
    version: p.version,
  };
}

export function presentPost(row: PostJoinedRow, supervised: { id: string; name: string }[]): Post {
  const p = row.post;
  return {
    id: p.id,
    personId: p.personId,
    personName: row.personName,
    role: p.role as PostRole,
    nodeId: p.nodeId,
    nodeName: row.nodeName,
    startDate: p.startDate,
    endDate: p.endDate,
    isPrimary: p.isPrimary,
    supervisedDepartments: supervised,
    note: p.note,
    version: p.version,
  };
}

export function presentExemption(row: ExemptionRow): Exemption {
  return {
    id: row.id,
    personId: row.personId,
    kind: row.kind as ExemptionKind,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    reason: row.reason,
    source: row.source as ExemptionSource,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}
