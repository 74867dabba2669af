import { and, asc, count, desc, eq, gte, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { majorDecisionViews, majorDecisions, orgNodes, people, users } from '../../db/schema/index';
import type { Scope } from '../access/access.types';
import { inScope } from '../access/scope-sql';

export type MajorDecisionRow = typeof majorDecisions.$inferSelect;
export type MajorDecisionViewRow = typeof majorDecisionViews.$inferSelect;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const columns = {
  decision: majorDecisions,
  unitName: orgNodes.name,
  unitPath: orgNodes.path,
  createdByName: users.displayName,
};

export interface MajorDecisionJoinedRow {
  decision: MajorDecisionRow;
  unitName: string;
  unitPath: string;
  createdByName: string | null;
}

function joined(db: DbOrTx) {
  return db.select(columns).from(majorDecisions).innerJoin(orgNodes, eq(orgNodes.id, majorDecisions.unitId)).leftJoin(users, eq(users.id, majorDecisions.createdByUserId));
}

export interface MajorDecisionFilter {
  nodePath?: string | undefined;
  category?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
}

function conditions(scope: Scope, filter: MajorDecisionFilter): SQL | undefined {
  const list: SQL[] = [inScope(scope, orgNodes.path)];
  if (filter.nodePath) list.push(sql`${orgNodes.path} like ${`${escapeLike(filter.nodePath)}%`}`);
  if (filter.category) list.push(eq(majorDecisions.category, filter.category));
  if (filter.from) list.push(gte(majorDecisions.decidedOn, filter.from));
  if (filter.to) list.push(lte(majorDecisions.decidedOn, filter.to));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    list.push(or(sql`${majorDecisions.matter} ilike ${pattern}`, sql`${majorDecisions.meeting} ilike ${pattern}`, sql`${majorDecisions.decision} ilike ${pattern}`)!);
  }
  return and(...list);
}

const newestFirst = [desc(majorDecisions.decidedOn), desc(majorDecisions.createdAt), asc(majorDecisions.id)];

export async function findMajorDecisions(db: DbOrTx, scope: Scope, filter: MajorDecisionFilter, page: number, pageSize: number) {
  const where = conditions(scope, filter);
  const [rows, totals] = await Promise.all([
    joined(db).where(where).orderBy(...newestFirst).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ total: count() }).from(majorDecisions).innerJoin(orgNodes, eq(orgNodes.id, majorDecisions.unitId)).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

export async function findMajorDecisionsForExport(db: DbOrTx, scope: Scope, filter: MajorDecisionFilter, limit: number): Promise<MajorDecisionJoinedRow[]> {
  return joined(db).where(conditions(scope, filter)).orderBy(...newestFirst).limit(limit);
}

export async function findMajorDecisionJoined(db: DbOrTx, id: string, lock = false): Promise<MajorDecisionJoinedRow | null> {
  const query = joined(db).where(eq(majorDecisions.id, id));
  const rows = lock ? await query.for('update', { of: majorDecisions }) : await query;
  return rows[0] ?? null;
}

/** The views of these decisions in the order spoken, grouped by decision. */
export async function findViewsOf(db: DbOrTx, decisionIds: string[]): Promise<Map<string, MajorDecisionViewRow[]>> {
  const byDecision = new Map<string, MajorDecisionViewRow[]>(decisionIds.map((id) => [id, []]));
  if (decisionIds.length === 0) return byDecision;
  const rows = await db
    .select()
    .from(majorDecisionViews)
    .where(sql`${majorDecisionViews.decisionId} = any(${sql.param(decisionIds)}::uuid[])`)
    .orderBy(asc(majorDecisionViews.decisionId), asc(majorDecisionViews.seq));
  for (const row of rows) byDecision.get(row.decisionId)?.push(row);
  return byDecision;
}

export async function insertMajorDecision(db: DbOrTx, row: typeof majorDecisions.$inferInsert): Promise<MajorDecisionRow> {
  const rows = await db.insert(majorDecisions).values(row).returning();
  return rows[0]!;
}

export async function updateMajorDecisionRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof majorDecisions.$inferInsert>, at: Date): Promise<MajorDecisionRow | null> {
  const rows = await db
    .update(majorDecisions)
    .set({ ...fields, updatedAt: at, version: sql`${majorDecisions.version} + 1` })
    .where(and(eq(majorDecisions.id, id), eq(majorDecisions.version, version)))
    .returning();
  return rows[0] ?? null;
}

/** Replaces the views of a decision: they are one ordered statement, written together. */
export async function replaceViews(db: DbOrTx, decisionId: string, views: Omit<typeof majorDecisionViews.$inferInsert, 'decisionId'>[]): Promise<void> {
  await db.delete(majorDecisionViews).where(eq(majorDecisionViews.decisionId, decisionId));
  if (views.length > 0) await db.insert(majorDecisionViews).values(views.map((v) => ({ ...v, decisionId })));
}

export async function deleteMajorDecisionRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(majorDecisions).where(eq(majorDecisions.id, id));
}

export async function findPeopleBrief(db: DbOrTx, ids: string[]): Promise<Map<string, { name: string; unitId: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: people.id, name: people.name, unitId: people.unitId }).from(people).where(sql`${people.id} = any(${sql.param(ids)}::uuid[])`);
  return new Map(rows.map((r) => [r.id, { name: r.name, unitId: r.unitId }]));
}
