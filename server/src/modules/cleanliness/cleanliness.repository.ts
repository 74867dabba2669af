import { and, asc, desc, eq, inArray, like, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { cleanlinessChecks, cleanlinessItems, cleanlinessScores, orgNodes, users } from '../../db/schema/index';

export type CleanlinessItemRow = typeof cleanlinessItems.$inferSelect;
export type CleanlinessCheckRow = typeof cleanlinessChecks.$inferSelect;
export type CleanlinessItemJoinedRow = { item: CleanlinessItemRow; nodeName: string; nodePath: string };

const itemColumns = { item: cleanlinessItems, nodeName: orgNodes.name, nodePath: orgNodes.path };

/** The items defined at these nodes, with the node's name and path. */
export async function findItemsOfNodes(db: DbOrTx, nodeIds: readonly string[]): Promise<CleanlinessItemJoinedRow[]> {
  if (nodeIds.length === 0) return [];
  return db
    .select(itemColumns)
    .from(cleanlinessItems)
    .innerJoin(orgNodes, eq(orgNodes.id, cleanlinessItems.nodeId))
    .where(inArray(cleanlinessItems.nodeId, [...nodeIds]))
    .orderBy(asc(cleanlinessItems.sortOrder), asc(cleanlinessItems.title), asc(cleanlinessItems.id));
}

export async function findItemsByIds(db: DbOrTx, ids: readonly string[]): Promise<CleanlinessItemJoinedRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(itemColumns)
    .from(cleanlinessItems)
    .innerJoin(orgNodes, eq(orgNodes.id, cleanlinessItems.nodeId))
    .where(inArray(cleanlinessItems.id, [...ids]));
}

export async function findItemJoined(db: DbOrTx, id: string): Promise<CleanlinessItemJoinedRow | null> {
  return (await findItemsByIds(db, [id]))[0] ?? null;
}

export async function insertItems(db: DbOrTx, rows: (typeof cleanlinessItems.$inferInsert)[]): Promise<CleanlinessItemRow[]> {
  return db.insert(cleanlinessItems).values(rows).returning();
}

export async function updateItemRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof cleanlinessItems.$inferInsert>): Promise<CleanlinessItemRow | null> {
  const rows = await db
    .update(cleanlinessItems)
    .set({ ...fields, version: sql`${cleanlinessItems.version} + 1` })
    .where(and(eq(cleanlinessItems.id, id), eq(cleanlinessItems.version, version)))
    .returning();
  return rows[0] ?? null;
}

/** Holds the node for the transaction, so two "standard sheet" requests cannot both find it empty. */
export async function lockNode(db: DbOrTx, nodeId: string): Promise<void> {
  await db.execute(sql`select 1 from ${orgNodes} where ${orgNodes.id} = ${nodeId} for update`);
}

/** The 内设科室 of a unit: the pool a monthly draw picks from. */
export async function findDepartmentsOfUnit(db: DbOrTx, unitId: string) {
  return db
    .select({ id: orgNodes.id, name: orgNodes.name })
    .from(orgNodes)
    .where(and(eq(orgNodes.unitId, unitId), eq(orgNodes.kind, 'department')))
    .orderBy(asc(orgNodes.id));
}

const checkColumns = {
  check: cleanlinessChecks,
  unitName: orgNodes.name,
  unitPath: orgNodes.path,
  drawnByName: users.displayName,
  departmentCount: sql<number>`(select count(*)::int from ${cleanlinessScores} s where s.check_id = ${cleanlinessChecks.id})`,
  scoredCount: sql<number>`(select count(*)::int from ${cleanlinessScores} s where s.check_id = ${cleanlinessChecks.id} and s.total is not null)`,
};
export type CleanlinessCheckJoinedRow = {
  check: CleanlinessCheckRow;
  unitName: string;
  unitPath: string;
  drawnByName: string | null;
  departmentCount: number;
  scoredCount: number;
};

function joinedChecks(db: DbOrTx) {
  return db.select(checkColumns).from(cleanlinessChecks).innerJoin(orgNodes, eq(orgNodes.id, cleanlinessChecks.unitId)).leftJoin(users, eq(users.id, cleanlinessChecks.drawnByUserId));
}

export async function findCheckJoined(db: DbOrTx, id: string): Promise<CleanlinessCheckJoinedRow | null> {
  const rows = await joinedChecks(db).where(eq(cleanlinessChecks.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findCheckOfMonth(db: DbOrTx, unitId: string, month: string): Promise<CleanlinessCheckRow | null> {
  const rows = await db
    .select()
    .from(cleanlinessChecks)
    .where(and(eq(cleanlinessChecks.unitId, unitId), eq(cleanlinessChecks.month, month)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findChecksOfUnit(db: DbOrTx, unitId: string, year: number | undefined): Promise<CleanlinessCheckJoinedRow[]> {
  const where = year === undefined ? eq(cleanlinessChecks.unitId, unitId) : and(eq(cleanlinessChecks.unitId, unitId), like(cleanlinessChecks.month, `${year}-%`));
  return joinedChecks(db).where(where).orderBy(desc(cleanlinessChecks.month));
}

/** Null when the unit already has a check for the month (one draw per unit and month). */
export async function insertCheck(db: DbOrTx, row: typeof cleanlinessChecks.$inferInsert): Promise<CleanlinessCheckRow | null> {
  const rows = await db.insert(cleanlinessChecks).values(row).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export async function updateCheckRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof cleanlinessChecks.$inferInsert>): Promise<CleanlinessCheckRow | null> {
  const rows = await db
    .update(cleanlinessChecks)
    .set({ ...fields, version: sql`${cleanlinessChecks.version} + 1` })
    .where(and(eq(cleanlinessChecks.id, id), eq(cleanlinessChecks.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function insertScoreRows(db: DbOrTx, checkId: string, departmentIds: readonly string[]): Promise<void> {
  if (departmentIds.length > 0) await db.insert(cleanlinessScores).values(departmentIds.map((departmentId) => ({ checkId, departmentId })));
}

export type ScoreJoinedRow = {
  checkId: string;
  departmentId: string;
  departmentName: string;
  scores: Record<string, number>;
  total: number | null;
  note: string | null;
  scoredByName: string | null;
  scoredAt: Date | null;
};

function joinedScores(db: DbOrTx) {
  return db
    .select({
      checkId: cleanlinessScores.checkId,
      departmentId: cleanlinessScores.departmentId,
      departmentName: orgNodes.name,
      scores: cleanlinessScores.scores,
      total: cleanlinessScores.total,
      note: cleanlinessScores.note,
      scoredByName: users.displayName,
      scoredAt: cleanlinessScores.scoredAt,
    })
    .from(cleanlinessScores)
    .innerJoin(orgNodes, eq(orgNodes.id, cleanlinessScores.departmentId))
    .leftJoin(users, eq(users.id, cleanlinessScores.scoredByUserId));
}

export async function findScoresOfChecks(db: DbOrTx, checkIds: readonly string[]): Promise<ScoreJoinedRow[]> {
  if (checkIds.length === 0) return [];
  return joinedScores(db)
    .where(inArray(cleanlinessScores.checkId, [...checkIds]))
    .orderBy(asc(orgNodes.sortOrder), asc(orgNodes.name));
}

export async function updateScoreRow(db: DbOrTx, checkId: string, departmentId: string, fields: Partial<typeof cleanlinessScores.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(cleanlinessScores)
    .set(fields)
    .where(and(eq(cleanlinessScores.checkId, checkId), eq(cleanlinessScores.departmentId, departmentId)))
    .returning({ checkId: cleanlinessScores.checkId });
  return rows.length > 0;
}

/** The published checks in which the 科室 was drawn, oldest month first. */
export async function findPublishedChecksOfDepartment(db: DbOrTx, departmentId: string, year: number | undefined): Promise<CleanlinessCheckRow[]> {
  const drawn = sql`exists (select 1 from ${cleanlinessScores} s where s.check_id = ${cleanlinessChecks.id} and s.department_id = ${departmentId})`;
  const conditions = [eq(cleanlinessChecks.status, 'published'), drawn];
  if (year !== undefined) conditions.push(like(cleanlinessChecks.month, `${year}-%`));
  return db
    .select()
    .from(cleanlinessChecks)
    .where(and(...conditions))
    .orderBy(asc(cleanlinessChecks.month));
}
