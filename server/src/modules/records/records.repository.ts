import { and, asc, count, desc, eq, gte, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { activityParticipants, activityRecords, orgNodes, people } from '../../db/schema/index';
import type { Scope } from '../access/access.types';
import { inScope } from '../access/scope-sql';

export type RecordRow = typeof activityRecords.$inferSelect;

const owner = alias(orgNodes, 'owner');
const subject = alias(people, 'subject');
const host = alias(people, 'host');
const lecturer = alias(people, 'lecturer');

const columns = {
  record: activityRecords,
  ownerNodeName: owner.name,
  ownerPath: owner.path,
  ownerUnitId: owner.unitId,
  personName: subject.name,
  hostName: host.name,
  lecturerPersonName: lecturer.name,
  presentCount: sql<number>`(select count(*)::int from ${activityParticipants} ap where ap.record_id = ${activityRecords.id} and ap.present)`,
  absentCount: sql<number>`(select count(*)::int from ${activityParticipants} ap where ap.record_id = ${activityRecords.id} and not ap.present)`,
};
export type RecordJoinedRow = {
  record: RecordRow;
  ownerNodeName: string;
  ownerPath: string;
  ownerUnitId: string | null;
  personName: string | null;
  hostName: string | null;
  lecturerPersonName: string | null;
  presentCount: number;
  absentCount: number;
};

function joined(db: DbOrTx) {
  return db
    .select(columns)
    .from(activityRecords)
    .innerJoin(owner, eq(owner.id, activityRecords.ownerNodeId))
    .leftJoin(subject, eq(subject.id, activityRecords.personId))
    .leftJoin(host, eq(host.id, activityRecords.hostPersonId))
    .leftJoin(lecturer, eq(lecturer.id, activityRecords.lecturerPersonId));
}

export interface RecordFilter {
  nodePath?: string | undefined;
  personId?: string | undefined;
  kind?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** The reader's own person: their personal records are readable without records.read. */
  ownPersonId?: string | null;
}

function conditions(scope: Scope, filter: RecordFilter): SQL | undefined {
  const reach = filter.ownPersonId ? or(inScope(scope, owner.path), eq(activityRecords.personId, filter.ownPersonId))! : inScope(scope, owner.path);
  const list: SQL[] = [reach];
  if (filter.nodePath) list.push(sql`${owner.path} like ${`${filter.nodePath.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (filter.personId) {
    list.push(
      or(
        eq(activityRecords.personId, filter.personId),
        sql`exists (select 1 from ${activityParticipants} ap where ap.record_id = ${activityRecords.id} and ap.person_id = ${filter.personId})`,
      )!,
    );
  }
  if (filter.kind) list.push(sql`${activityRecords.kinds} @> array[${filter.kind}]::text[]`);
  if (filter.from) list.push(gte(activityRecords.occurredOn, filter.from));
  if (filter.to) list.push(lte(activityRecords.occurredOn, filter.to));
  return and(...list);
}

export async function findRecords(db: DbOrTx, scope: Scope, filter: RecordFilter, page: number, pageSize: number) {
  const where = conditions(scope, filter);
  const [rows, totals] = await Promise.all([
    joined(db).where(where).orderBy(desc(activityRecords.occurredOn), desc(activityRecords.createdAt), asc(activityRecords.id)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ total: count() }).from(activityRecords).innerJoin(owner, eq(owner.id, activityRecords.ownerNodeId)).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

export async function findRecordJoined(db: DbOrTx, id: string): Promise<RecordJoinedRow | null> {
  const rows = await joined(db).where(eq(activityRecords.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findParticipants(db: DbOrTx, recordId: string) {
  return db
    .select({ personId: activityParticipants.personId, name: people.name, present: activityParticipants.present, absenceReason: activityParticipants.absenceReason })
    .from(activityParticipants)
    .innerJoin(people, eq(people.id, activityParticipants.personId))
    .where(eq(activityParticipants.recordId, recordId))
    .orderBy(desc(activityParticipants.present), asc(people.name));
}

export async function insertRecord(db: DbOrTx, row: typeof activityRecords.$inferInsert): Promise<RecordRow> {
  const rows = await db.insert(activityRecords).values(row).returning();
  return rows[0]!;
}

export async function updateRecordRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof activityRecords.$inferInsert>, at: Date) {
  const rows = await db
    .update(activityRecords)
    .set({ ...fields, updatedAt: at, version: sql`${activityRecords.version} + 1` })
    .where(and(eq(activityRecords.id, id), eq(activityRecords.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function replaceParticipants(db: DbOrTx, recordId: string, list: { personId: string; present: boolean; absenceReason: string | null }[]): Promise<void> {
  await db.delete(activityParticipants).where(eq(activityParticipants.recordId, recordId));
  if (list.length > 0) await db.insert(activityParticipants).values(list.map((p) => ({ recordId, ...p })));
}

export async function deleteRecordRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(activityRecords).where(eq(activityRecords.id, id));
}

/** The people named by a record, with their unit, to check they belong to the owner's unit. */
export async function findPeopleUnits(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: people.id, unitId: people.unitId }).from(people).where(sql`${people.id} = any(${sql.param(ids)}::uuid[])`);
  return new Map(rows.map((r) => [r.id, r.unitId]));
}
