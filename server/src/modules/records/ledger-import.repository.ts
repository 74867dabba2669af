import { and, asc, between, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { activityParticipants, activityRecords, orgNodes, people } from '../../db/schema/index';

/** The unit and every node under it (科室, 机关党委, 党支部, 党小组), to resolve 所属组织. */
export async function findUnitNodes(db: DbOrTx, unitId: string) {
  return db
    .select({ id: orgNodes.id, kind: orgNodes.kind, name: orgNodes.name, parentId: orgNodes.parentId, path: orgNodes.path })
    .from(orgNodes)
    .where(eq(orgNodes.unitId, unitId))
    .orderBy(asc(orgNodes.path));
}

/** Everyone of the unit, whatever their status: a past ledger names people who have since left. */
export async function findUnitPeople(db: DbOrTx, unitId: string) {
  return db.select({ id: people.id, name: people.name, idCardNo: people.idCardNo, departmentId: people.departmentId }).from(people).where(eq(people.unitId, unitId));
}

export async function insertRecords(db: DbOrTx, rows: (typeof activityRecords.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(activityRecords).values(rows);
}

export async function insertParticipants(db: DbOrTx, rows: (typeof activityParticipants.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(activityParticipants).values(rows);
}

/**
 * Holds, until the transaction ends, every other 台账 import into the same unit: a file uploaded
 * twice at once is then checked for duplicates against the first upload's records, not beside them.
 */
export async function lockUnitLedgerImports(tx: DbOrTx, unitId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(7246004, hashtext(${unitId}))`);
}

/** What the unit's records between two dates say about themselves, for telling an imported row already there. */
export async function findUnitRecordIdentities(db: DbOrTx, unitId: string, from: string, to: string) {
  return db
    .select({ ownerNodeId: activityRecords.ownerNodeId, personId: activityRecords.personId, occurredOn: activityRecords.occurredOn, kinds: activityRecords.kinds, topic: activityRecords.topic })
    .from(activityRecords)
    .innerJoin(orgNodes, eq(orgNodes.id, activityRecords.ownerNodeId))
    .where(and(eq(orgNodes.unitId, unitId), between(activityRecords.occurredOn, from, to)));
}
