import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { orgNodes, taskItemPartners, taskItems, taskPlans, users } from '../../db/schema/index';
import type { Scope } from '../access/access.types';
import { inScope } from '../access/scope-sql';

export type TaskPlanRow = typeof taskPlans.$inferSelect;

const planNode = alias(orgNodes, 'plan_node');
const parentPlan = alias(taskPlans, 'parent_plan');
const parentNode = alias(orgNodes, 'parent_node');
const sourcePlan = alias(taskPlans, 'source_plan');
const sourceNode = alias(orgNodes, 'source_node');

export function likePrefix(path: string): string {
  return `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Item counts of a plan; "overdue" is read against the business date of the request. */
function counts(today: string) {
  const n = (condition: SQL) => sql<number>`(select count(*)::int from ${taskItems} ti where ti.plan_id = ${taskPlans.id} and ${condition})`;
  return {
    itemCount: n(sql`true`),
    completedCount: n(sql`ti.status = 'completed'`),
    verifiedCount: n(sql`ti.status = 'verified'`),
    droppedCount: n(sql`ti.status = 'dropped'`),
    // A guidance's items are what units copy, not work of the 工委's own: they are never late.
    overdueCount: n(sql`${taskPlans.kind} <> 'guidance' and ti.status in ('open', 'completed') and ti.due_on < ${today}`),
  };
}

function columns(today: string) {
  return {
    plan: taskPlans,
    nodeName: planNode.name,
    nodePath: planNode.path,
    nodeKind: planNode.kind,
    nodeUnitId: planNode.unitId,
    createdByName: users.displayName,
    parentTitle: parentPlan.title,
    parentKind: parentPlan.kind,
    parentNodeName: parentNode.name,
    sourceTitle: sourcePlan.title,
    sourceKind: sourcePlan.kind,
    sourceNodeName: sourceNode.name,
    ...counts(today),
  };
}

export type TaskPlanJoinedRow = {
  plan: TaskPlanRow;
  nodeName: string;
  nodePath: string;
  nodeKind: string;
  nodeUnitId: string | null;
  createdByName: string | null;
  parentTitle: string | null;
  parentKind: string | null;
  parentNodeName: string | null;
  sourceTitle: string | null;
  sourceKind: string | null;
  sourceNodeName: string | null;
  itemCount: number;
  completedCount: number;
  verifiedCount: number;
  droppedCount: number;
  overdueCount: number;
};

function joined(db: DbOrTx, today: string) {
  return db
    .select(columns(today))
    .from(taskPlans)
    .innerJoin(planNode, eq(planNode.id, taskPlans.nodeId))
    .leftJoin(users, eq(users.id, taskPlans.createdByUserId))
    .leftJoin(parentPlan, eq(parentPlan.id, taskPlans.parentPlanId))
    .leftJoin(parentNode, eq(parentNode.id, parentPlan.nodeId))
    .leftJoin(sourcePlan, eq(sourcePlan.id, taskPlans.sourcePlanId))
    .leftJoin(sourceNode, eq(sourceNode.id, sourcePlan.nodeId));
}

export interface PlanFilter {
  nodePath?: string | undefined;
  kind?: string | undefined;
  year?: number | undefined;
}

export async function findPlans(db: DbOrTx, scope: Scope, filter: PlanFilter, today: string, page: number, pageSize: number) {
  const list: SQL[] = [inScope(scope, planNode.path)];
  if (filter.nodePath) list.push(sql`${planNode.path} like ${likePrefix(filter.nodePath)}`);
  if (filter.kind) list.push(eq(taskPlans.kind, filter.kind));
  if (filter.year !== undefined) list.push(eq(taskPlans.year, filter.year));
  const where = and(...list);
  const [rows, totals] = await Promise.all([
    joined(db, today)
      .where(where)
      .orderBy(desc(taskPlans.year), asc(planNode.path), asc(taskPlans.kind), asc(taskPlans.month), asc(taskPlans.createdAt), asc(taskPlans.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(taskPlans).innerJoin(planNode, eq(planNode.id, taskPlans.nodeId)).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

export async function findPlanJoined(db: DbOrTx, id: string, today: string): Promise<TaskPlanJoinedRow | null> {
  const rows = await joined(db, today).where(eq(taskPlans.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Issued 重点任务指引 made at the given nodes (the ancestors of a unit), newest first. */
export async function findIssuedGuidanceAt(db: DbOrTx, nodeIds: string[], today: string): Promise<TaskPlanJoinedRow[]> {
  if (nodeIds.length === 0) return [];
  return joined(db, today)
    .where(and(eq(taskPlans.kind, 'guidance'), eq(taskPlans.status, 'issued'), sql`${taskPlans.nodeId} = any(${sql.param(nodeIds)}::uuid[])`))
    .orderBy(desc(taskPlans.year), desc(taskPlans.issuedAt), asc(taskPlans.id));
}

/** The plans made from a guidance, at the given units or anywhere. */
export async function findLocalisedPlans(db: DbOrTx, guidanceIds: string[], unitIds?: string[]): Promise<TaskPlanRow[]> {
  if (guidanceIds.length === 0 || unitIds?.length === 0) return [];
  const list: SQL[] = [sql`${taskPlans.sourcePlanId} = any(${sql.param(guidanceIds)}::uuid[])`];
  if (unitIds) list.push(sql`${taskPlans.nodeId} = any(${sql.param(unitIds)}::uuid[])`);
  return db.select().from(taskPlans).where(and(...list)).orderBy(asc(taskPlans.createdAt));
}

export async function findChildPlans(db: DbOrTx, parentId: string) {
  return db
    .select({ plan: taskPlans, nodeName: orgNodes.name, nodeKind: orgNodes.kind, nodePath: orgNodes.path })
    .from(taskPlans)
    .innerJoin(orgNodes, eq(orgNodes.id, taskPlans.nodeId))
    .where(eq(taskPlans.parentPlanId, parentId))
    .orderBy(asc(taskPlans.year), asc(taskPlans.month), asc(orgNodes.path), asc(taskPlans.createdAt));
}

export async function insertPlan(db: DbOrTx, row: typeof taskPlans.$inferInsert): Promise<TaskPlanRow> {
  const rows = await db.insert(taskPlans).values(row).returning();
  return rows[0]!;
}

export async function updatePlanRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof taskPlans.$inferInsert>, at: Date): Promise<TaskPlanRow | null> {
  const rows = await db
    .update(taskPlans)
    .set({ ...fields, updatedAt: at, version: sql`${taskPlans.version} + 1` })
    .where(and(eq(taskPlans.id, id), eq(taskPlans.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function deletePlanRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(taskPlans).where(eq(taskPlans.id, id));
}

/** The units of a subtree (the node itself when it is a unit), in the tree's order. */
export async function findUnitsUnder(db: DbOrTx, path: string): Promise<{ id: string; name: string; path: string }[]> {
  return db
    .select({ id: orgNodes.id, name: orgNodes.name, path: orgNodes.path })
    .from(orgNodes)
    .where(and(eq(orgNodes.kind, 'unit'), sql`${orgNodes.path} like ${likePrefix(path)}`))
    .orderBy(asc(orgNodes.sortOrder), asc(orgNodes.name));
}

/** Whether an item of the plan names, as 牵头 or 配合, a node in the scope (a unit named in a 工委's plan may read it). */
export async function planNamesNodeInScope(db: DbOrTx, planId: string, scope: Scope): Promise<boolean> {
  const rows = await db.execute<{ found: boolean }>(sql`select exists (
      select 1 from ${taskItems} ti join ${orgNodes} ln on ln.id = ti.lead_node_id
      where ti.plan_id = ${planId} and ${inScope(scope, sql`ln.path`)}
    ) or exists (
      select 1 from ${taskItemPartners} tp join ${taskItems} ti on ti.id = tp.item_id join ${orgNodes} pn on pn.id = tp.node_id
      where ti.plan_id = ${planId} and ${inScope(scope, sql`pn.path`)}
    ) as found`);
  return rows.rows[0]?.found === true;
}
