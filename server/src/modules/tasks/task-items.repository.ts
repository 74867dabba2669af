import { and, asc, eq, max, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { orgNodes, people, taskEvents, taskItemPartners, taskItems, taskMilestones, taskPlans, users } from '../../db/schema/index';

export type TaskItemRow = typeof taskItems.$inferSelect;

const lead = alias(orgNodes, 'lead_node');
const planNode = alias(orgNodes, 'plan_node');
const verifier = alias(users, 'verifier');

const columns = {
  item: taskItems,
  leadNodeName: lead.name,
  leadNodePath: lead.path,
  leadUnitId: lead.unitId,
  responsiblePersonName: people.name,
  verifiedByName: verifier.displayName,
};

export type TaskItemJoinedRow = {
  item: TaskItemRow;
  leadNodeName: string | null;
  leadNodePath: string | null;
  leadUnitId: string | null;
  responsiblePersonName: string | null;
  verifiedByName: string | null;
};

function joined(db: DbOrTx) {
  return db
    .select(columns)
    .from(taskItems)
    .leftJoin(lead, eq(lead.id, taskItems.leadNodeId))
    .leftJoin(people, eq(people.id, taskItems.responsiblePersonId))
    .leftJoin(verifier, eq(verifier.id, taskItems.verifiedByUserId));
}

export async function findItemsOfPlan(db: DbOrTx, planId: string): Promise<TaskItemJoinedRow[]> {
  return joined(db).where(eq(taskItems.planId, planId)).orderBy(asc(taskItems.sortOrder), asc(taskItems.createdAt), asc(taskItems.id));
}

export async function findItemsOfPlans(db: DbOrTx, planIds: string[]): Promise<TaskItemRow[]> {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(taskItems)
    .where(sql`${taskItems.planId} = any(${sql.param(planIds)}::uuid[])`)
    .orderBy(asc(taskItems.sortOrder), asc(taskItems.createdAt), asc(taskItems.id));
}

/** An item with where it stands: its plan, the plan's node, its lead node. */
export async function findItemJoined(db: DbOrTx, id: string) {
  const rows = await db
    .select({
      ...columns,
      plan: taskPlans,
      planNodeName: planNode.name,
      planNodePath: planNode.path,
      planNodeKind: planNode.kind,
    })
    .from(taskItems)
    .innerJoin(taskPlans, eq(taskPlans.id, taskItems.planId))
    .innerJoin(planNode, eq(planNode.id, taskPlans.nodeId))
    .leftJoin(lead, eq(lead.id, taskItems.leadNodeId))
    .leftJoin(people, eq(people.id, taskItems.responsiblePersonId))
    .leftJoin(verifier, eq(verifier.id, taskItems.verifiedByUserId))
    .where(eq(taskItems.id, id))
    .limit(1);
  return rows[0] ?? null;
}
export type TaskItemPlacedRow = NonNullable<Awaited<ReturnType<typeof findItemJoined>>>;

export async function nextSortOrder(db: DbOrTx, planId: string): Promise<number> {
  const rows = await db.select({ top: max(taskItems.sortOrder) }).from(taskItems).where(eq(taskItems.planId, planId));
  const top = rows[0]?.top;
  return top === null || top === undefined ? 0 : top + 1;
}

export async function insertItem(db: DbOrTx, row: typeof taskItems.$inferInsert): Promise<TaskItemRow> {
  const rows = await db.insert(taskItems).values(row).returning();
  return rows[0]!;
}

export async function updateItemRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof taskItems.$inferInsert>, at: Date): Promise<TaskItemRow | null> {
  const rows = await db
    .update(taskItems)
    .set({ ...fields, updatedAt: at, version: sql`${taskItems.version} + 1` })
    .where(and(eq(taskItems.id, id), eq(taskItems.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteItemRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(taskItems).where(eq(taskItems.id, id));
}

export async function countChildItems(db: DbOrTx, id: string): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(taskItems).where(eq(taskItems.parentItemId, id));
  return rows[0]?.n ?? 0;
}

/** Items copied from this one into units' localised lists. */
export async function countCopies(db: DbOrTx, id: string): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(taskItems).where(eq(taskItems.sourceItemId, id));
  return rows[0]?.n ?? 0;
}

/** The parent chain of an item, from its parent up (to refuse a move under its own descendant). */
export async function findAncestorIds(db: DbOrTx, id: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`with recursive up(id, parent_item_id, depth) as (
      select id, parent_item_id, 0 from ${taskItems} where id = ${id}
      union all
      select ti.id, ti.parent_item_id, up.depth + 1 from ${taskItems} ti join up on ti.id = up.parent_item_id where up.depth < 50
    ) select id from up where depth > 0 order by depth`);
  return result.rows.map((r) => r.id);
}

// ── 配合 ────────────────────────────────────────────────────────────────────

export async function findPartners(db: DbOrTx, itemIds: string[]): Promise<Map<string, { nodeId: string; name: string; path: string }[]>> {
  const byItem = new Map<string, { nodeId: string; name: string; path: string }[]>();
  if (itemIds.length === 0) return byItem;
  const rows = await db
    .select({ itemId: taskItemPartners.itemId, nodeId: orgNodes.id, name: orgNodes.name, path: orgNodes.path })
    .from(taskItemPartners)
    .innerJoin(orgNodes, eq(orgNodes.id, taskItemPartners.nodeId))
    .where(sql`${taskItemPartners.itemId} = any(${sql.param(itemIds)}::uuid[])`)
    .orderBy(asc(orgNodes.path), asc(orgNodes.name));
  for (const r of rows) byItem.set(r.itemId, [...(byItem.get(r.itemId) ?? []), { nodeId: r.nodeId, name: r.name, path: r.path }]);
  return byItem;
}

export async function replacePartners(db: DbOrTx, itemId: string, nodeIds: readonly string[]): Promise<void> {
  await db.delete(taskItemPartners).where(eq(taskItemPartners.itemId, itemId));
  if (nodeIds.length > 0) await db.insert(taskItemPartners).values(nodeIds.map((nodeId) => ({ itemId, nodeId })));
}

// ── 节点 ────────────────────────────────────────────────────────────────────

export type TaskMilestoneRow = typeof taskMilestones.$inferSelect;

export async function findMilestones(db: DbOrTx, itemIds: string[]): Promise<Map<string, TaskMilestoneRow[]>> {
  const byItem = new Map<string, TaskMilestoneRow[]>();
  if (itemIds.length === 0) return byItem;
  const rows = await db
    .select()
    .from(taskMilestones)
    .where(sql`${taskMilestones.itemId} = any(${sql.param(itemIds)}::uuid[])`)
    .orderBy(asc(taskMilestones.dueOn), asc(taskMilestones.sortOrder), asc(taskMilestones.id));
  for (const r of rows) byItem.set(r.itemId, [...(byItem.get(r.itemId) ?? []), r]);
  return byItem;
}

export async function findMilestone(db: DbOrTx, id: string): Promise<TaskMilestoneRow | null> {
  const rows = await db.select().from(taskMilestones).where(eq(taskMilestones.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertMilestones(db: DbOrTx, rows: (typeof taskMilestones.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(taskMilestones).values(rows);
}

export async function nextMilestoneOrder(db: DbOrTx, itemId: string): Promise<number> {
  const rows = await db.select({ top: max(taskMilestones.sortOrder) }).from(taskMilestones).where(eq(taskMilestones.itemId, itemId));
  const top = rows[0]?.top;
  return top === null || top === undefined ? 0 : top + 1;
}

export async function updateMilestoneRow(db: DbOrTx, id: string, fields: Partial<typeof taskMilestones.$inferInsert>): Promise<TaskMilestoneRow | null> {
  const rows = await db.update(taskMilestones).set(fields).where(eq(taskMilestones.id, id)).returning();
  return rows[0] ?? null;
}

export async function deleteMilestoneRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(taskMilestones).where(eq(taskMilestones.id, id));
}

// ── 过程记录 ────────────────────────────────────────────────────────────────

export type TaskEventRow = typeof taskEvents.$inferSelect;

/**
 * Appends a step to an item's history. Its time is never before the item's last step, so the
 * order stays the order of the steps even when two fall in the same millisecond.
 */
export async function insertEvent(db: DbOrTx, row: Omit<typeof taskEvents.$inferInsert, 'at'> & { at: Date }): Promise<void> {
  const after = sql`(select max(${taskEvents.at}) + interval '1 millisecond' from ${taskEvents} where ${taskEvents.itemId} = ${row.itemId})`;
  await db.insert(taskEvents).values({ ...row, at: sql`greatest(${row.at.toISOString()}::timestamptz, coalesce(${after}, ${row.at.toISOString()}::timestamptz))` });
}

export async function findEvents(db: DbOrTx, itemId: string): Promise<TaskEventRow[]> {
  return db.select().from(taskEvents).where(eq(taskEvents.itemId, itemId)).orderBy(asc(taskEvents.at), asc(taskEvents.id));
}

/** The latest event of an action for each item (who reported completion, why an item was dropped). */
export async function findLatestEvents(db: DbOrTx, itemIds: string[], action: string): Promise<Map<string, TaskEventRow>> {
  const byItem = new Map<string, TaskEventRow>();
  if (itemIds.length === 0) return byItem;
  const rows = await db
    .selectDistinctOn([taskEvents.itemId])
    .from(taskEvents)
    .where(and(sql`${taskEvents.itemId} = any(${sql.param(itemIds)}::uuid[])`, eq(taskEvents.action, action)))
    .orderBy(taskEvents.itemId, sql`${taskEvents.at} desc`, sql`${taskEvents.id} desc`);
  for (const r of rows) byItem.set(r.itemId, r);
  return byItem;
}

/** People with their unit and status, to check a 责任人 belongs to the lead node's unit. */
export async function findPeopleBrief(db: DbOrTx, ids: string[]): Promise<Map<string, { unitId: string; status: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: people.id, unitId: people.unitId, status: people.status, name: people.name })
    .from(people)
    .where(sql`${people.id} = any(${sql.param(ids)}::uuid[])`);
  return new Map(rows.map((r) => [r.id, r]));
}
