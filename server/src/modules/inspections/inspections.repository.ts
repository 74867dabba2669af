import { and, asc, count, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { inspectionInspectors, inspectionTargets, inspections, orgNodes, problems, rectifications, users } from '../../db/schema/index';
import type { SupervisionReach } from './inspection-access';
import { escapeLike, inSubtree, inspectionVisible, organizer, problemNode, problemVisible, responsibleNode } from './supervision-sql';

export type InspectionRow = typeof inspections.$inferSelect;

export interface InspectionHead {
  inspection: InspectionRow;
  organizerName: string;
  organizerPath: string;
}

export interface TargetRow {
  nodeId: string;
  nodeName: string;
  nodeKind: string;
  nodePath: string;
  unitName: string | null;
}

export interface InspectorRow {
  userId: string;
  displayName: string;
}

const heads = (db: DbOrTx) =>
  db.select({ inspection: inspections, organizerName: organizer.name, organizerPath: organizer.path }).from(inspections).innerJoin(organizer, eq(organizer.id, inspections.organizerNodeId));

export async function findInspectionHead(db: DbOrTx, id: string, lock = false): Promise<InspectionHead | null> {
  const query = heads(db).where(eq(inspections.id, id)).limit(1);
  const rows = lock ? await query.for('update', { of: inspections }) : await query;
  return rows[0] ?? null;
}

const targetUnit = alias(orgNodes, 'target_unit');

export async function findTargets(db: DbOrTx, inspectionIds: readonly string[]): Promise<Map<string, TargetRow[]>> {
  const map = new Map<string, TargetRow[]>();
  if (inspectionIds.length === 0) return map;
  const rows = await db
    .select({ inspectionId: inspectionTargets.inspectionId, nodeId: orgNodes.id, nodeName: orgNodes.name, nodeKind: orgNodes.kind, nodePath: orgNodes.path, unitName: targetUnit.name })
    .from(inspectionTargets)
    .innerJoin(orgNodes, eq(orgNodes.id, inspectionTargets.nodeId))
    .leftJoin(targetUnit, and(eq(targetUnit.id, orgNodes.unitId), sql`${orgNodes.kind} <> 'unit'`))
    .where(inArray(inspectionTargets.inspectionId, [...inspectionIds]))
    .orderBy(asc(orgNodes.path), asc(orgNodes.sortOrder), asc(orgNodes.name));
  for (const { inspectionId, ...target } of rows) map.set(inspectionId, [...(map.get(inspectionId) ?? []), target]);
  return map;
}

export async function findInspectors(db: DbOrTx, inspectionIds: readonly string[]): Promise<Map<string, InspectorRow[]>> {
  const map = new Map<string, InspectorRow[]>();
  if (inspectionIds.length === 0) return map;
  const rows = await db
    .select({ inspectionId: inspectionInspectors.inspectionId, userId: users.id, displayName: users.displayName })
    .from(inspectionInspectors)
    .innerJoin(users, eq(users.id, inspectionInspectors.userId))
    .where(inArray(inspectionInspectors.inspectionId, [...inspectionIds]))
    .orderBy(asc(users.displayName), asc(users.id));
  for (const { inspectionId, ...inspector } of rows) map.set(inspectionId, [...(map.get(inspectionId) ?? []), inspector]);
  return map;
}

export async function findActiveUsers(db: DbOrTx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, [...ids]), eq(users.isActive, true)));
  return new Set(rows.map((r) => r.id));
}

export async function findUserName(db: DbOrTx, id: string | null): Promise<string | null> {
  if (!id) return null;
  const rows = await db.select({ name: users.displayName }).from(users).where(eq(users.id, id)).limit(1);
  return rows[0]?.name ?? null;
}

export async function insertInspection(db: DbOrTx, row: typeof inspections.$inferInsert): Promise<InspectionRow> {
  const [inserted] = await db.insert(inspections).values(row).returning();
  return inserted!;
}

export async function updateInspectionRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof inspections.$inferInsert>, at: Date): Promise<InspectionRow | null> {
  const rows = await db
    .update(inspections)
    .set({ ...fields, version: sql`${inspections.version} + 1`, updatedAt: at })
    .where(and(eq(inspections.id, id), eq(inspections.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function replaceTargets(db: DbOrTx, inspectionId: string, nodeIds: readonly string[]): Promise<void> {
  await db.delete(inspectionTargets).where(eq(inspectionTargets.inspectionId, inspectionId));
  if (nodeIds.length > 0) await db.insert(inspectionTargets).values(nodeIds.map((nodeId) => ({ inspectionId, nodeId })));
}

export async function replaceInspectors(db: DbOrTx, inspectionId: string, userIds: readonly string[]): Promise<void> {
  await db.delete(inspectionInspectors).where(eq(inspectionInspectors.inspectionId, inspectionId));
  if (userIds.length > 0) await db.insert(inspectionInspectors).values(userIds.map((userId) => ({ inspectionId, userId })));
}

export async function deleteInspectionRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(inspections).where(eq(inspections.id, id));
}

export async function countAllProblemsOf(db: DbOrTx, inspectionId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(problems).where(eq(problems.inspectionId, inspectionId));
  return row?.n ?? 0;
}

/** How many problems of each check the reader sees. */
export async function countVisibleProblems(db: DbOrTx, reach: SupervisionReach, inspectionIds: readonly string[]): Promise<Map<string, number>> {
  if (inspectionIds.length === 0) return new Map();
  const rows = await db
    .select({ inspectionId: problems.inspectionId, n: count() })
    .from(problems)
    .innerJoin(problemNode, eq(problemNode.id, problems.nodeId))
    .leftJoin(inspections, eq(inspections.id, problems.inspectionId))
    .leftJoin(organizer, eq(organizer.id, inspections.organizerNodeId))
    .leftJoin(rectifications, eq(rectifications.problemId, problems.id))
    .leftJoin(responsibleNode, eq(responsibleNode.id, rectifications.responsibleNodeId))
    .where(and(inArray(problems.inspectionId, [...inspectionIds]), problemVisible(reach)))
    .groupBy(problems.inspectionId);
  return new Map(rows.flatMap((r) => (r.inspectionId ? [[r.inspectionId, r.n] as const] : [])));
}

export interface InspectionFilter {
  kind?: string | undefined;
  status?: string | undefined;
  nodePath?: string | undefined;
  plannedFrom?: string | undefined;
  plannedTo?: string | undefined;
  doneFrom?: string | undefined;
  doneTo?: string | undefined;
  q?: string | undefined;
}

function conditions(reach: SupervisionReach, filter: InspectionFilter): SQL | undefined {
  const list: SQL[] = [inspectionVisible(reach)];
  if (filter.kind) list.push(eq(inspections.kind, filter.kind));
  if (filter.status) list.push(eq(inspections.status, filter.status));
  if (filter.nodePath) {
    const targetUnder = sql`exists (select 1 from ${inspectionTargets} it join ${orgNodes} tn on tn.id = it.node_id where it.inspection_id = ${inspections.id} and ${inSubtree(sql`tn.path`, filter.nodePath)})`;
    list.push(or(inSubtree(organizer.path, filter.nodePath), targetUnder)!);
  }
  if (filter.plannedFrom) list.push(gte(inspections.plannedOn, filter.plannedFrom));
  if (filter.plannedTo) list.push(lte(inspections.plannedOn, filter.plannedTo));
  if (filter.doneFrom) list.push(gte(inspections.doneOn, filter.doneFrom));
  if (filter.doneTo) list.push(lte(inspections.doneOn, filter.doneTo));
  if (filter.q) {
    const like = `%${escapeLike(filter.q)}%`;
    list.push(or(sql`${inspections.title} ilike ${like}`, sql`${inspections.subject} ilike ${like}`)!);
  }
  return and(...list);
}

/** A page of the checks the reader sees; `pageSize` null for every one (exports). */
export async function findInspections(db: DbOrTx, reach: SupervisionReach, filter: InspectionFilter, page: number, pageSize: number | null): Promise<{ rows: InspectionHead[]; total: number }> {
  const where = conditions(reach, filter);
  const ordered = heads(db).where(where).orderBy(desc(inspections.plannedOn), desc(inspections.createdAt), asc(inspections.id));
  const [rows, totals] = await Promise.all([
    pageSize === null ? ordered : ordered.limit(pageSize).offset((page - 1) * pageSize),
    db.select({ total: count() }).from(inspections).innerJoin(organizer, eq(organizer.id, inspections.organizerNodeId)).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

/** The nodes its problems were found at: a check's targets must keep covering them. */
export async function findProblemNodePaths(db: DbOrTx, inspectionId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ path: orgNodes.path }).from(problems).innerJoin(orgNodes, eq(orgNodes.id, problems.nodeId)).where(eq(problems.inspectionId, inspectionId));
  return rows.map((r) => r.path);
}
