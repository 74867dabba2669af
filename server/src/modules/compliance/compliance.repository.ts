import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Scope } from '../access/access.types';
import { inScope } from '../access/scope-sql';
import type { DbOrTx } from '../../db/client';
import { activityParticipants, activityRecords, orgNodes, people, postSupervisedDepartments, posts } from '../../db/schema/index';

/** Everything the compliance of one unit over a date window rests on, read in a few queries. */
export interface UnitFacts {
  unit: { id: string; name: string; path: string };
  nodes: { id: string; kind: string; name: string; parentId: string | null; path: string; sortOrder: number }[];
  people: { id: string; name: string; departmentId: string; branchId: string | null; politicalStatus: string; joinedPartyOn: string | null; hiredOn: string | null }[];
  posts: { id: string; personId: string; nodeId: string; role: string; isPrimary: boolean; startDate: string; endDate: string | null }[];
  supervised: { postId: string; departmentId: string }[];
  records: {
    id: string;
    ownerNodeId: string;
    ownerPath: string;
    personId: string | null;
    hostPersonId: string | null;
    lecturerPersonId: string | null;
    lecturerName: string | null;
    kinds: string[];
    occurredOn: string;
    endsOn: string | null;
    topic: string | null;
    notes: string | null;
    details: Record<string, unknown>;
  }[];
  /** Present participants per record. */
  attendance: { recordId: string; personId: string }[];
}

export async function loadUnitFacts(db: DbOrTx, unitId: string, from: string, to: string): Promise<UnitFacts | null> {
  const [unit] = await db.select({ id: orgNodes.id, name: orgNodes.name, path: orgNodes.path, kind: orgNodes.kind }).from(orgNodes).where(eq(orgNodes.id, unitId));
  if (!unit || unit.kind !== 'unit') return null;
  const [nodes, members, records] = await Promise.all([
    db
      .select({ id: orgNodes.id, kind: orgNodes.kind, name: orgNodes.name, parentId: orgNodes.parentId, path: orgNodes.path, sortOrder: orgNodes.sortOrder })
      .from(orgNodes)
      .where(eq(orgNodes.unitId, unitId)),
    db
      .select({
        id: people.id,
        name: people.name,
        departmentId: people.departmentId,
        branchId: people.branchId,
        politicalStatus: people.politicalStatus,
        joinedPartyOn: people.joinedPartyOn,
        hiredOn: people.hiredOn,
      })
      .from(people)
      .where(eq(people.unitId, unitId)),
    db
      .select({
        id: activityRecords.id,
        ownerNodeId: activityRecords.ownerNodeId,
        ownerPath: orgNodes.path,
        personId: activityRecords.personId,
        hostPersonId: activityRecords.hostPersonId,
        lecturerPersonId: activityRecords.lecturerPersonId,
        lecturerName: activityRecords.lecturerName,
        kinds: activityRecords.kinds,
        occurredOn: activityRecords.occurredOn,
        endsOn: activityRecords.endsOn,
        topic: activityRecords.topic,
        notes: activityRecords.notes,
        details: activityRecords.details,
      })
      .from(activityRecords)
      .innerJoin(orgNodes, eq(orgNodes.id, activityRecords.ownerNodeId))
      .where(and(sql`${orgNodes.path} like ${`${unit.path}%`}`, gte(activityRecords.occurredOn, from), lte(activityRecords.occurredOn, to))),
  ]);
  const personIds = members.map((p) => p.id);
  const postRows = personIds.length
    ? await db
        .select({ id: posts.id, personId: posts.personId, nodeId: posts.nodeId, role: posts.role, isPrimary: posts.isPrimary, startDate: posts.startDate, endDate: posts.endDate })
        .from(posts)
        .where(sql`${posts.personId} = any(${sql.param(personIds)}::uuid[])`)
    : [];
  const leaderPostIds = postRows.filter((p) => p.role === 'leadership_member').map((p) => p.id);
  const [supervised, attendance] = await Promise.all([
    leaderPostIds.length
      ? db.select().from(postSupervisedDepartments).where(inArray(postSupervisedDepartments.postId, leaderPostIds))
      : Promise.resolve([]),
    records.length
      ? db
          .select({ recordId: activityParticipants.recordId, personId: activityParticipants.personId })
          .from(activityParticipants)
          .where(and(sql`${activityParticipants.recordId} = any(${sql.param(records.map((r) => r.id))}::uuid[])`, eq(activityParticipants.present, true)))
      : Promise.resolve([]),
  ]);
  return { unit: { id: unit.id, name: unit.name, path: unit.path }, nodes, people: members, posts: postRows, supervised, records, attendance };
}

/** The units in a scope, under a node if given, in their order. */
export async function findUnitsInScope(db: DbOrTx, scope: Scope, underPath: string | null) {
  return db
    .select({ id: orgNodes.id, name: orgNodes.name })
    .from(orgNodes)
    .where(and(eq(orgNodes.kind, 'unit'), inScope(scope, orgNodes.path), underPath ? sql`${orgNodes.path} like ${`${underPath}%`}` : undefined))
    .orderBy(asc(orgNodes.sortOrder), asc(orgNodes.name));
}
