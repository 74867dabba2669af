import { and, asc, count, desc, eq, gte, lte, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { officeOutputs, orgNodes, users } from '../../db/schema/index';
import type { Scope } from '../access/access.types';
import { inScope } from '../access/scope-sql';

export type OfficeOutputRow = typeof officeOutputs.$inferSelect;

const node = alias(orgNodes, 'node');
const unit = alias(orgNodes, 'unit');

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function inSubtree(column: SQLWrapper, path: string): SQL {
  return sql`${column} like ${`${escapeLike(path)}%`}`;
}

const columns = {
  output: officeOutputs,
  nodeName: node.name,
  nodePath: node.path,
  unitName: unit.name,
  createdByName: users.displayName,
};
export interface OfficeOutputJoinedRow {
  output: OfficeOutputRow;
  nodeName: string;
  nodePath: string;
  unitName: string | null;
  createdByName: string | null;
}

function joined(db: DbOrTx) {
  return db
    .select(columns)
    .from(officeOutputs)
    .innerJoin(node, eq(node.id, officeOutputs.nodeId))
    .leftJoin(unit, eq(unit.id, node.unitId))
    .leftJoin(users, eq(users.id, officeOutputs.createdByUserId));
}

export interface OfficeOutputFilter {
  nodePath?: string | undefined;
  kind?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
}

function conditions(scope: Scope, filter: OfficeOutputFilter): SQL | undefined {
  const list: SQL[] = [inScope(scope, node.path)];
  if (filter.nodePath) list.push(inSubtree(node.path, filter.nodePath));
  if (filter.kind) list.push(eq(officeOutputs.kind, filter.kind));
  if (filter.from) list.push(gte(officeOutputs.occurredOn, filter.from));
  if (filter.to) list.push(lte(officeOutputs.occurredOn, filter.to));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    list.push(or(sql`${officeOutputs.title} ilike ${pattern}`, sql`${officeOutputs.refNo} ilike ${pattern}`)!);
  }
  return and(...list);
}

export async function findOfficeOutputs(db: DbOrTx, scope: Scope, filter: OfficeOutputFilter, page: number, pageSize: number) {
  const where = conditions(scope, filter);
  const [rows, totals] = await Promise.all([
    joined(db).where(where).orderBy(desc(officeOutputs.occurredOn), desc(officeOutputs.createdAt), asc(officeOutputs.id)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ total: count() }).from(officeOutputs).innerJoin(node, eq(node.id, officeOutputs.nodeId)).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

export async function findOfficeOutputJoined(db: DbOrTx, id: string): Promise<OfficeOutputJoinedRow | null> {
  const rows = await joined(db).where(eq(officeOutputs.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Another entry of the same node with this 文号: a document is entered once. */
export async function findDocumentByRefNo(db: DbOrTx, nodeId: string, refNo: string, exceptId: string | null): Promise<OfficeOutputRow | null> {
  const rows = await db
    .select()
    .from(officeOutputs)
    .where(and(eq(officeOutputs.nodeId, nodeId), eq(officeOutputs.kind, 'document'), eq(officeOutputs.refNo, refNo), exceptId ? sql`${officeOutputs.id} <> ${exceptId}` : undefined))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertOfficeOutput(db: DbOrTx, row: typeof officeOutputs.$inferInsert): Promise<OfficeOutputRow> {
  const rows = await db.insert(officeOutputs).values(row).returning();
  return rows[0]!;
}

export async function updateOfficeOutputRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof officeOutputs.$inferInsert>, at: Date): Promise<OfficeOutputRow | null> {
  const rows = await db
    .update(officeOutputs)
    .set({ ...fields, updatedAt: at, version: sql`${officeOutputs.version} + 1` })
    .where(and(eq(officeOutputs.id, id), eq(officeOutputs.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteOfficeOutputRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(officeOutputs).where(eq(officeOutputs.id, id));
}

/** The units under a node (the node itself when it is one), in their order. */
export async function findUnitsUnder(db: DbOrTx, path: string) {
  return db
    .select({ id: orgNodes.id, name: orgNodes.name, sortOrder: orgNodes.sortOrder })
    .from(orgNodes)
    .where(and(eq(orgNodes.kind, 'unit'), inSubtree(orgNodes.path, path)))
    .orderBy(asc(orgNodes.sortOrder), asc(orgNodes.name));
}

export interface MonthlyCountRow {
  /** The entry's unit when that unit lies under the node asked about, else the entry's own node. */
  keyId: string;
  keyName: string;
  month: number;
  kind: string;
  count: number;
}

/** Entries of a year under `path`, counted per unit (or own node), month and kind. */
export async function countMonthly(db: DbOrTx, path: string, year: number): Promise<MonthlyCountRow[]> {
  const ownUnit = sql`(${unit.id} is not null and ${inSubtree(unit.path, path)})`;
  const keyId = sql<string>`case when ${ownUnit} then ${unit.id} else ${node.id} end`;
  const keyName = sql<string>`case when ${ownUnit} then ${unit.name} else ${node.name} end`;
  const month = sql<number>`extract(month from ${officeOutputs.occurredOn})::int`;
  return db
    .select({ keyId, keyName, month, kind: officeOutputs.kind, count: sql<number>`count(*)::int` })
    .from(officeOutputs)
    .innerJoin(node, eq(node.id, officeOutputs.nodeId))
    .leftJoin(unit, eq(unit.id, node.unitId))
    .where(and(inSubtree(node.path, path), gte(officeOutputs.occurredOn, `${year}-01-01`), lte(officeOutputs.occurredOn, `${year}-12-31`)))
    // By position: the key expressions carry bound parameters, which PostgreSQL cannot match between SELECT and GROUP BY.
    .groupBy(sql`1`, sql`2`, sql`3`, sql`4`);
}
