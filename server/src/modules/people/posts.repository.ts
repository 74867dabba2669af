import { and, asc, count, desc, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { orgNodes, people, postSupervisedDepartments, posts } from '../../db/schema/index';
import type { Scope } from '../access/access.types';
import { inScope } from '../access/scope-sql';

export type PostRow = typeof posts.$inferSelect;
const node = alias(orgNodes, 'post_node');
const supervised = alias(orgNodes, 'supervised');

export interface PostJoinedRow {
  post: PostRow;
  personName: string;
  nodeName: string;
  nodePath: string;
  /** The holder's unit: its compliance rests on the posts of its people, wherever they are held. */
  personUnitId: string;
}

function joined(db: DbOrTx) {
  return db
    .select({ post: posts, personName: people.name, nodeName: node.name, nodePath: node.path, personUnitId: people.unitId })
    .from(posts)
    .innerJoin(people, eq(people.id, posts.personId))
    .innerJoin(node, eq(node.id, posts.nodeId));
}

export async function findPostsOfPerson(db: DbOrTx, personId: string): Promise<PostJoinedRow[]> {
  return joined(db).where(eq(posts.personId, personId)).orderBy(desc(posts.startDate), asc(posts.id));
}

export async function findPostJoined(db: DbOrTx, id: string): Promise<PostJoinedRow | null> {
  const rows = await joined(db).where(eq(posts.id, id)).limit(1);
  return rows[0] ?? null;
}

export interface PostFilter {
  nodeId?: string | undefined;
  role?: string | undefined;
  onDate?: string | undefined;
}

export async function findPosts(db: DbOrTx, scope: Scope, filter: PostFilter, page: number, pageSize: number) {
  const conditions: SQL[] = [inScope(scope, node.path)];
  if (filter.nodeId) conditions.push(eq(posts.nodeId, filter.nodeId));
  if (filter.role) conditions.push(eq(posts.role, filter.role));
  if (filter.onDate) conditions.push(and(lte(posts.startDate, filter.onDate), or(isNull(posts.endDate), gte(posts.endDate, filter.onDate)))!);
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    joined(db).where(where).orderBy(desc(posts.startDate), asc(posts.id)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ total: count() }).from(posts).innerJoin(node, eq(node.id, posts.nodeId)).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

/**
 * A post of `role` in `nodeId` (of `personId`, if given) whose dates overlap the period from
 * `startDate` to `endDate` (null: still held), other than `exceptId`.
 */
export async function findOverlappingPost(
  db: DbOrTx,
  q: { nodeId: string; role: string; startDate: string; endDate: string | null; personId?: string; exceptId?: string },
): Promise<PostJoinedRow | null> {
  const conditions: SQL[] = [
    eq(posts.nodeId, q.nodeId),
    eq(posts.role, q.role),
    or(isNull(posts.endDate), gte(posts.endDate, q.startDate))!,
  ];
  if (q.endDate !== null) conditions.push(lte(posts.startDate, q.endDate));
  if (q.personId) conditions.push(eq(posts.personId, q.personId));
  if (q.exceptId) conditions.push(sql`${posts.id} <> ${q.exceptId}`);
  const rows = await joined(db).where(and(...conditions)).orderBy(asc(posts.startDate)).limit(1);
  return rows[0] ?? null;
}

export async function findSupervisedDepartments(db: DbOrTx, postIds: string[]) {
  if (postIds.length === 0) return [];
  return db
    .select({ postId: postSupervisedDepartments.postId, id: supervised.id, name: supervised.name })
    .from(postSupervisedDepartments)
    .innerJoin(supervised, eq(supervised.id, postSupervisedDepartments.departmentId))
    .where(sql`${postSupervisedDepartments.postId} = any(${sql.param(postIds)}::uuid[])`)
    .orderBy(asc(supervised.sortOrder), asc(supervised.name));
}

export async function insertPost(db: DbOrTx, row: typeof posts.$inferInsert): Promise<PostRow> {
  const rows = await db.insert(posts).values(row).returning();
  return rows[0]!;
}

export async function replaceSupervisedDepartments(db: DbOrTx, postId: string, departmentIds: string[]): Promise<void> {
  await db.delete(postSupervisedDepartments).where(eq(postSupervisedDepartments.postId, postId));
  if (departmentIds.length > 0) {
    await db.insert(postSupervisedDepartments).values(departmentIds.map((departmentId) => ({ postId, departmentId })));
  }
}

export async function updatePostRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof posts.$inferInsert>, at: Date) {
  const rows = await db
    .update(posts)
    .set({ ...fields, updatedAt: at, version: sql`${posts.version} + 1` })
    .where(and(eq(posts.id, id), eq(posts.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function deletePostRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(posts).where(eq(posts.id, id));
}

/** Ends the person's open primary 科室 membership (the day before `from`) when the 科室 changes. */
export async function endPrimaryMembership(db: DbOrTx, personId: string, endDate: string, at: Date): Promise<void> {
  await db
    .update(posts)
    .set({ endDate: sql`greatest(${posts.startDate}, ${endDate}::date)`, updatedAt: at, version: sql`${posts.version} + 1` })
    .where(and(eq(posts.personId, personId), eq(posts.isPrimary, true), isNull(posts.endDate)));
}

export async function insertPosts(db: DbOrTx, rows: (typeof posts.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(posts).values(rows);
}
