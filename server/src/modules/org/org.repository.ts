import { and, asc, count, eq, ilike, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { importJobs, orgNodes, people, postSupervisedDepartments, posts, userGrants } from '../../db/schema/index';
import type { Scope } from '../access/access.types';
import { inScope } from '../access/scope-sql';

export type OrgNodeRow = typeof orgNodes.$inferSelect;

export async function findNodeById(db: DbOrTx, id: string): Promise<OrgNodeRow | null> {
  const rows = await db.select().from(orgNodes).where(eq(orgNodes.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findNodesByIds(db: DbOrTx, ids: string[]): Promise<OrgNodeRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(orgNodes).where(sql`${orgNodes.id} = any(${sql.param(ids)}::uuid[])`);
}

export interface NodeFilter {
  id?: string | undefined;
  tree?: string | undefined;
  parentId?: string | undefined;
  unitId?: string | undefined;
  kind?: string | undefined;
  q?: string | undefined;
  /** The top visible nodes: in scope, with no parent or a parent out of scope. */
  roots?: boolean | undefined;
}

const parent = alias(orgNodes, 'parent');
const unit = alias(orgNodes, 'unit');

function nodeConditions(scope: Scope, filter: NodeFilter): SQL | undefined {
  const conditions: SQL[] = [inScope(scope, orgNodes.path)];
  if (filter.id) conditions.push(eq(orgNodes.id, filter.id));
  if (filter.tree) conditions.push(eq(orgNodes.tree, filter.tree));
  if (filter.parentId) conditions.push(eq(orgNodes.parentId, filter.parentId));
  if (filter.unitId) conditions.push(eq(orgNodes.unitId, filter.unitId));
  if (filter.kind) conditions.push(eq(orgNodes.kind, filter.kind));
  if (filter.q) conditions.push(ilike(orgNodes.name, `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (filter.roots) {
    const parentOutOfScope = sql`not (${inScope(scope, parent.path)})`;
    conditions.push(sql`(${isNull(orgNodes.parentId)} or ${parentOutOfScope})`);
  }
  return and(...conditions);
}

/**
 * Nodes with their counts: direct children, and active people in the subtree (either tree).
 * Ordered by their unit's place first, so the party roots of the units follow the units' order.
 */
export async function findNodes(db: DbOrTx, scope: Scope, filter: NodeFilter, page: number, pageSize: number) {
  const where = nodeConditions(scope, filter);
  const childCount = sql<number>`(select count(*)::int from ${orgNodes} c where c.parent_id = ${orgNodes.id})`;
  const peopleCount = sql<number>`(select count(*)::int from ${people} p
      join ${orgNodes} d on d.id = p.department_id
      left join ${orgNodes} b on b.id = p.branch_id
      where p.status = 'active' and (d.path like ${orgNodes.path} || '%' or b.path like ${orgNodes.path} || '%'))`;
  const [rows, totals] = await Promise.all([
    db
      .select({ node: orgNodes, unitName: unit.name, childCount, peopleCount })
      .from(orgNodes)
      .leftJoin(parent, eq(parent.id, orgNodes.parentId))
      .leftJoin(unit, eq(unit.id, orgNodes.unitId))
      .where(where)
      .orderBy(asc(sql`coalesce(${unit.sortOrder}, ${orgNodes.sortOrder})`), asc(orgNodes.sortOrder), asc(orgNodes.name), asc(orgNodes.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(orgNodes).leftJoin(parent, eq(parent.id, orgNodes.parentId)).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

/** Ancestors from the root down, read off the scope path (the party tree continues its unit's). */
export async function findAncestors(db: DbOrTx, node: OrgNodeRow) {
  const ids = node.path.split('/').filter((s) => s.length > 0 && s !== node.id);
  const rows = await findNodesByIds(db, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ id: r.id, name: r.name, kind: r.kind }] : [];
  });
}

export async function insertNode(db: DbOrTx, row: typeof orgNodes.$inferInsert): Promise<OrgNodeRow> {
  const rows = await db.insert(orgNodes).values(row).returning();
  return rows[0]!;
}

export async function updateNodeFields(
  db: DbOrTx,
  id: string,
  version: number,
  fields: Partial<Pick<OrgNodeRow, 'name' | 'code' | 'sortOrder' | 'parentId' | 'unitId' | 'path'>>,
  at: Date,
): Promise<OrgNodeRow | null> {
  const rows = await db
    .update(orgNodes)
    .set({ ...fields, updatedAt: at, version: sql`${orgNodes.version} + 1` })
    .where(and(eq(orgNodes.id, id), eq(orgNodes.version, version)))
    .returning();
  return rows[0] ?? null;
}

/** Rewrites the paths of a moved subtree (the node itself is updated by the caller). */
export async function rewriteSubtreePaths(db: DbOrTx, oldPath: string, newPath: string): Promise<void> {
  await db.execute(sql`update ${orgNodes} set path = ${newPath} || substr(path, ${oldPath.length + 1})
    where path like ${oldPath} || '%' and path <> ${oldPath}`);
}

/**
 * What still refers to a node; a node is deleted only when nothing does. Every foreign key to
 * org_nodes is counted here, so a delete never trips one (which would be a 500, not a 409).
 */
export async function countDependents(db: DbOrTx, id: string) {
  const n = (rows: { n: number }[]) => rows[0]?.n ?? 0;
  const [children, members, held, unitParty, supervisedBy, grants, imports] = await Promise.all([
    db.select({ n: count() }).from(orgNodes).where(eq(orgNodes.parentId, id)),
    db.select({ n: count() }).from(people).where(sql`${people.departmentId} = ${id} or ${people.branchId} = ${id} or ${people.partyGroupId} = ${id} or ${people.unitId} = ${id}`),
    db.select({ n: count() }).from(posts).where(eq(posts.nodeId, id)),
    db.select({ n: count() }).from(orgNodes).where(and(eq(orgNodes.unitId, id), sql`${orgNodes.id} <> ${id}`)),
    db.select({ n: count() }).from(postSupervisedDepartments).where(eq(postSupervisedDepartments.departmentId, id)),
    db.select({ n: count() }).from(userGrants).where(eq(userGrants.scopeNodeId, id)),
    db.select({ n: count() }).from(importJobs).where(eq(importJobs.unitId, id)),
  ]);
  return {
    children: n(children),
    people: n(members),
    posts: n(held),
    unitNodes: n(unitParty),
    supervisedBy: n(supervisedBy),
    grants: n(grants),
    imports: n(imports),
    work: await countWork(db, id),
  };
}

/** Work recorded against a node — ledger, task lists, directives, 精文减会, checks, problems, requests, registers — which keeps it from being deleted. */
async function countWork(db: DbOrTx, id: string): Promise<number> {
  const result = await db.execute<{ n: number }>(sql`
    select (select count(*) from activity_records where owner_node_id = ${id})
         + (select count(*) from task_plans where node_id = ${id})
         + (select count(*) from task_items where lead_node_id = ${id})
         + (select count(*) from task_item_partners where node_id = ${id})
         + (select count(*) from directives where supervisor_node_id = ${id})
         + (select count(*) from directive_assignees where node_id = ${id})
         + (select count(*) from office_outputs where node_id = ${id})
         + (select count(*) from inspections where organizer_node_id = ${id})
         + (select count(*) from inspection_targets where node_id = ${id})
         + (select count(*) from problems where node_id = ${id} or unit_id = ${id})
         + (select count(*) from rectifications where responsible_node_id = ${id})
         + (select count(*) from accountabilities where node_id = ${id})
         + (select count(*) from cleanliness_checks where unit_id = ${id})
         + (select count(*) from cleanliness_scores where department_id = ${id})
         + (select count(*) from public_requests where node_id = ${id} or claimed_node_id = ${id})
         + (select count(*) from integrity_risks where node_id = ${id})
         + (select count(*) from major_decisions where unit_id = ${id}) as n`);
  return Number(result.rows[0]?.n ?? 0);
}

/**
 * A node of the same tree and name under the same parent (for a party root: the same unit),
 * the key of org_nodes_sibling_name_uq; checked first so the clash is a 409 naming `name`.
 */
export async function findSiblingByName(db: DbOrTx, sibling: { parentId: string | null; unitId: string | null; tree: string; name: string; exceptId?: string }) {
  const key = sibling.parentId ?? sibling.unitId;
  const conditions: SQL[] = [
    eq(orgNodes.tree, sibling.tree),
    eq(orgNodes.name, sibling.name),
    key === null ? sql`coalesce(${orgNodes.parentId}, ${orgNodes.unitId}) is null` : sql`coalesce(${orgNodes.parentId}, ${orgNodes.unitId}) = ${key}`,
  ];
  if (sibling.exceptId) conditions.push(sql`${orgNodes.id} <> ${sibling.exceptId}`);
  const rows = await db.select({ id: orgNodes.id }).from(orgNodes).where(and(...conditions)).limit(1);
  return rows[0] ?? null;
}

export async function deleteNode(db: DbOrTx, id: string): Promise<void> {
  await db.delete(orgNodes).where(eq(orgNodes.id, id));
}

/**
 * Serialises changes to the tree's shape (create, move, delete) for the transaction: a node
 * created under a parent that another transaction is moving would keep the parent's old path.
 */
export async function lockOrgTree(db: DbOrTx): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(7246003)`);
}

/** Holds a node for the transaction, so checks about what it holds (one 支部书记 at a time) stay true. */
export async function lockNode(db: DbOrTx, id: string): Promise<void> {
  await db.execute(sql`select 1 from ${orgNodes} where ${orgNodes.id} = ${id} for update`);
}
