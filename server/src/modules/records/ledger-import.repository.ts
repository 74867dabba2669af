import { asc, eq } from 'drizzle-orm';
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
