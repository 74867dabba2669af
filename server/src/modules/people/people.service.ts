import {
  type CreatePersonRequest,
  type NodeFacts,
  type PersonDetail,
  type PersonListQuery,
  type PersonPage,
  type UpdatePersonRequest,
  checkPersonFacts,
  maskIdCard,
  shanghaiDate,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, type FieldError, invalidField, notFound, versionConflict } from '../../errors';
import { requirePermission, requirePermissionAt, scopeCovers, scopeOf } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { complianceAfterFactsChange } from '../compliance/refresh';
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { requireNodeAccess } from '../org/org.service';
import {
  type PersonJoinedRow,
  deletePersonRow,
  findPeople,
  findPersonByIdCard,
  findPersonJoined,
  insertPeople,
  updatePersonRow,
} from './people.repository';
import { presentPerson } from './people.presenter';
import { endPrimaryMembership, insertPost } from './posts.repository';
import { listPostsOfPerson } from './posts.service';

/** The paths through which a person is in someone's scope: their 科室 and their 党支部. */
export function personPaths(row: Pick<PersonJoinedRow, 'departmentPath' | 'branchPath'>): string[] {
  return [row.departmentPath, row.branchPath].filter((p): p is string => p !== null);
}

export function todayOf(ctx: AppContext): string {
  return shanghaiDate(ctx.now());
}

export async function listPeople(ctx: AppContext, actor: Actor, query: PersonListQuery): Promise<PersonPage> {
  const scope = requirePermission(actor, 'people.read');
  const node = query.nodeId ? await requireNodeAccess(ctx.db, actor, 'people.read', query.nodeId, 'nodeId') : null;
  const writeScope = scopeOf(actor, 'people.write');
  const { rows, total } = await findPeople(
    ctx.db,
    scope,
    { q: query.q, nodePath: node?.path, politicalStatus: query.politicalStatus, role: query.role, status: query.status, idCardScope: writeScope, today: todayOf(ctx) },
    query.page,
    query.pageSize,
  );
  return {
    items: rows.map((r) => presentPerson(r, personPaths(r).some((p) => scopeCovers(writeScope, p)))),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Loads a person and checks the actor's right on them: 404 if missing, 403 if out of scope. */
export async function loadPersonFor(db: DbOrTx, actor: Actor, permission: 'people.read' | 'people.write' | 'users.write', id: string): Promise<PersonJoinedRow> {
  const row = await findPersonJoined(db, id);
  if (!row) throw notFound('人员');
  requirePermissionAt(actor, permission, personPaths(row));
  return row;
}

export async function getPerson(ctx: AppContext, actor: Actor, id: string): Promise<PersonDetail> {
  const row = await loadPersonFor(ctx.db, actor, 'people.read', id);
  const canWrite = personPaths(row).some((p) => scopeCovers(scopeOf(actor, 'people.write'), p));
  return { ...presentPerson(row, canWrite), posts: await listPostsOfPerson(ctx.db, id) };
}

async function optionalNode(db: DbOrTx, id: string | null | undefined, field: string): Promise<OrgNodeRow | null> {
  if (!id) return null;
  const node = await findNodeById(db, id);
  if (!node) throw invalidField(field, '组织不存在');
  return node;
}

function asFacts(n: OrgNodeRow | null): NodeFacts | null {
  return n && { id: n.id, kind: n.kind, unitId: n.unitId, parentId: n.parentId };
}

/**
 * A 党支部 or 党小组 the person is placed in must lie in the writer's scope too, not merely in the
 * same unit: otherwise a 科室's admin could put people into any branch of the unit. Checked after
 * the facts, so a node of another unit still answers 400 naming the field.
 */
function requireWriteOver(actor: Actor, nodes: (OrgNodeRow | null)[]): void {
  for (const node of nodes) if (node) requirePermissionAt(actor, 'people.write', node.path);
}

function throwFieldErrors(errors: FieldError[]): void {
  if (errors.length === 0) return;
  throw new AppError('VALIDATION_FAILED', errors.map((e) => `${e.field}：${e.message}`).join('；'), errors);
}

export async function createPerson(ctx: AppContext, actor: Actor, input: CreatePersonRequest): Promise<PersonDetail> {
  const today = todayOf(ctx);
  const id = await ctx.db.transaction(async (tx) => {
    const department = await requireNodeAccess(tx, actor, 'people.write', input.departmentId, 'departmentId');
    const branch = await optionalNode(tx, input.branchId, 'branchId');
    const partyGroup = await optionalNode(tx, input.partyGroupId, 'partyGroupId');
    const facts = checkPersonFacts({ ...input, department: asFacts(department)!, branch: asFacts(branch), partyGroup: asFacts(partyGroup), today });
    throwFieldErrors(facts.errors);
    requireWriteOver(actor, [branch, partyGroup]);
    if (await findPersonByIdCard(tx, facts.idCardNo)) throw new AppError('CONFLICT', '身份证号已存在：该人员已在系统中', [{ field: 'idCardNo', message: '身份证号已存在' }]);
    const [person] = await insertPeople(tx, [
      {
        name: input.name,
        gender: facts.gender ?? 'male',
        idCardNo: facts.idCardNo,
        birthDate: facts.birthDate,
        ethnicity: input.ethnicity ?? null,
        phone: input.phone ?? null,
        jobTitle: input.jobTitle ?? null,
        hiredOn: input.hiredOn ?? null,
        unitId: department.unitId!,
        departmentId: department.id,
        politicalStatus: input.politicalStatus,
        joinedPartyOn: input.joinedPartyOn ?? null,
        fullMemberOn: input.fullMemberOn ?? null,
        branchId: branch?.id ?? null,
        partyGroupId: partyGroup?.id ?? null,
      },
    ]);
    await insertPost(tx, { personId: person!.id, nodeId: department.id, role: 'department_member', isPrimary: true, startDate: input.hiredOn ?? today });
    await auditAction(tx, actor, { action: 'person.create', objectType: 'person', objectId: person!.id, objectLabel: person!.name, scopePath: department.path, result: 'success' });
    await complianceAfterFactsChange(tx, { unitIds: [person!.unitId] });
    return person!.id;
  });
  return getPerson(ctx, actor, id);
}

export async function updatePerson(ctx: AppContext, actor: Actor, id: string, input: UpdatePersonRequest): Promise<PersonDetail> {
  const today = todayOf(ctx);
  await ctx.db.transaction(async (tx) => {
    const current = await loadPersonFor(tx, actor, 'people.write', id);
    const before = current.person;
    const departmentChanged = input.departmentId !== undefined && input.departmentId !== before.departmentId;
    const department = departmentChanged
      ? await requireNodeAccess(tx, actor, 'people.write', input.departmentId!, 'departmentId')
      : (await findNodeById(tx, before.departmentId))!;
    const merged = {
      idCardNo: input.idCardNo ?? before.idCardNo,
      gender: input.gender ?? (input.idCardNo ? undefined : (before.gender as 'male' | 'female')),
      politicalStatus: input.politicalStatus ?? (before.politicalStatus as CreatePersonRequest['politicalStatus']),
      joinedPartyOn: input.joinedPartyOn === undefined ? before.joinedPartyOn : input.joinedPartyOn,
      fullMemberOn: input.fullMemberOn === undefined ? before.fullMemberOn : input.fullMemberOn,
      hiredOn: input.hiredOn === undefined ? before.hiredOn : input.hiredOn,
      branchId: input.branchId === undefined ? before.branchId : input.branchId,
      partyGroupId: input.partyGroupId === undefined ? before.partyGroupId : input.partyGroupId,
    };
    const branch = await optionalNode(tx, merged.branchId, 'branchId');
    const partyGroup = await optionalNode(tx, merged.partyGroupId, 'partyGroupId');
    const facts = checkPersonFacts({ ...merged, department: asFacts(department)!, branch: asFacts(branch), partyGroup: asFacts(partyGroup), today });
    throwFieldErrors(facts.errors);
    // Only a newly named 党支部/党小组 is checked: someone editing a phone number need not reach the branch.
    requireWriteOver(actor, [branch?.id === before.branchId ? null : branch, partyGroup?.id === before.partyGroupId ? null : partyGroup]);
    if (facts.idCardNo !== before.idCardNo) {
      const other = await findPersonByIdCard(tx, facts.idCardNo);
      if (other && other.id !== id) throw new AppError('CONFLICT', '身份证号已存在：与其他人员重复', [{ field: 'idCardNo', message: '身份证号已存在' }]);
    }
    const updated = await updatePersonRow(
      tx,
      id,
      input.version,
      {
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.ethnicity === undefined ? {} : { ethnicity: input.ethnicity }),
        ...(input.phone === undefined ? {} : { phone: input.phone }),
        ...(input.jobTitle === undefined ? {} : { jobTitle: input.jobTitle }),
        ...(input.status === undefined ? {} : { status: input.status }),
        idCardNo: facts.idCardNo,
        gender: facts.gender ?? before.gender,
        birthDate: facts.birthDate,
        hiredOn: merged.hiredOn,
        unitId: department.unitId!,
        departmentId: department.id,
        politicalStatus: merged.politicalStatus,
        joinedPartyOn: merged.joinedPartyOn,
        fullMemberOn: merged.fullMemberOn,
        branchId: branch?.id ?? null,
        partyGroupId: partyGroup?.id ?? null,
      },
      ctx.now(),
    );
    if (!updated) throw versionConflict();
    if (departmentChanged) {
      // The 科室 history is kept as posts: the old membership ends yesterday, the new one starts today.
      const yesterday = shanghaiDate(new Date(ctx.now().getTime() - 86_400_000));
      await endPrimaryMembership(tx, id, yesterday, ctx.now());
      await insertPost(tx, { personId: id, nodeId: department.id, role: 'department_member', isPrimary: true, startDate: today });
    }
    await auditAction(tx, actor, {
      action: 'person.update',
      objectType: 'person',
      objectId: id,
      objectLabel: updated.name,
      scopePath: department.path,
      result: 'success',
      details: describeChanges(before, updated),
    });
    // A person moving units changes what both ask of their people.
    await complianceAfterFactsChange(tx, { unitIds: [before.unitId, updated.unitId] });
  });
  return getPerson(ctx, actor, id);
}

/** Audited fields whose values an auditor may read in full; the 身份证号 is recorded masked. */
const AUDITED_FIELDS = ['name', 'gender', 'idCardNo', 'ethnicity', 'phone', 'jobTitle', 'hiredOn', 'unitId', 'departmentId', 'politicalStatus', 'joinedPartyOn', 'fullMemberOn', 'branchId', 'partyGroupId', 'status'] as const;

/** Each changed field with its value before and after, so the audit log answers "who changed what to what". */
function describeChanges(before: PersonJoinedRow['person'], after: PersonJoinedRow['person']) {
  const shown = (field: (typeof AUDITED_FIELDS)[number], value: unknown) => (field === 'idCardNo' && typeof value === 'string' ? maskIdCard(value) : value);
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of AUDITED_FIELDS) {
    if (before[field] !== after[field]) changes[field] = { before: shown(field, before[field]), after: shown(field, after[field]) };
  }
  return { fields: Object.keys(changes), changes };
}

export async function deletePerson(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadPersonFor(tx, actor, 'people.write', id);
    await deletePersonRow(tx, id);
    await auditAction(tx, actor, { action: 'person.delete', objectType: 'person', objectId: id, objectLabel: row.person.name, scopePath: row.departmentPath, result: 'success' });
    await complianceAfterFactsChange(tx, { unitIds: [row.person.unitId] });
  });
}
