import { and, asc, count, eq, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { integrityRisks, orgNodes, users } from '../../db/schema/index';
import type { Scope } from '../access/access.types';
import { inScope } from '../access/scope-sql';

export type IntegrityRiskRow = typeof integrityRisks.$inferSelect;

const node = alias(orgNodes, 'node');
const unit = alias(orgNodes, 'unit');

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const columns = {
  risk: integrityRisks,
  nodeName: node.name,
  nodeKind: node.kind,
  nodePath: node.path,
  unitName: unit.name,
  createdByName: users.displayName,
};

export interface IntegrityRiskJoinedRow {
  risk: IntegrityRiskRow;
  nodeName: string;
  nodeKind: string;
  nodePath: string;
  unitName: string | null;
  createdByName: string | null;
}

function joined(db: DbOrTx) {
  return db
    .select(columns)
    .from(integrityRisks)
    .innerJoin(node, eq(node.id, integrityRisks.nodeId))
    .leftJoin(unit, eq(unit.id, node.unitId))
    .leftJoin(users, eq(users.id, integrityRisks.createdByUserId));
}

export interface IntegrityRiskFilter {
  nodePath?: string | undefined;
  scope?: string | undefined;
  level?: string | undefined;
  /** Only those not reviewed since this date (the first day of the year). */
  unreviewedSince?: string | undefined;
  q?: string | undefined;
}

function notReviewedSince(date: string): SQL {
  return or(isNull(integrityRisks.reviewedOn), lt(integrityRisks.reviewedOn, date))!;
}

function conditions(scope: Scope, filter: IntegrityRiskFilter): SQL[] {
  const list: SQL[] = [inScope(scope, node.path)];
  if (filter.nodePath) list.push(sql`${node.path} like ${`${escapeLike(filter.nodePath)}%`}`);
  if (filter.scope) list.push(eq(integrityRisks.scope, filter.scope));
  if (filter.level) list.push(eq(integrityRisks.level, filter.level));
  if (filter.unreviewedSince) list.push(notReviewedSince(filter.unreviewedSince));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    list.push(or(sql`${integrityRisks.name} ilike ${pattern}`, sql`${integrityRisks.risk} ilike ${pattern}`, sql`${integrityRisks.measures} ilike ${pattern}`)!);
  }
  return list;
}

/** 高 first, then by unit and 科室, then by name. */
const order = [sql`case ${integrityRisks.level} when 'high' then 0 when 'medium' then 1 else 2 end`, asc(node.path), asc(integrityRisks.name), asc(integrityRisks.id)];

function countWhere(db: DbOrTx, where: SQL | undefined) {
  return db.select({ total: count() }).from(integrityRisks).innerJoin(node, eq(node.id, integrityRisks.nodeId)).where(where);
}

/** A page of the register, its total, and how many of the filtered ones are not reviewed since `yearStart`. */
export async function findIntegrityRisks(db: DbOrTx, scope: Scope, filter: IntegrityRiskFilter, yearStart: string, page: number, pageSize: number) {
  const list = conditions(scope, filter);
  const where = and(...list);
  const [rows, totals, unreviewed] = await Promise.all([
    joined(db).where(where).orderBy(...order).limit(pageSize).offset((page - 1) * pageSize),
    countWhere(db, where),
    countWhere(db, and(...list, notReviewedSince(yearStart))),
  ]);
  return { rows, total: totals[0]?.total ?? 0, unreviewed: unreviewed[0]?.total ?? 0 };
}

export async function findIntegrityRisksForExport(db: DbOrTx, scope: Scope, filter: IntegrityRiskFilter, limit: number): Promise<IntegrityRiskJoinedRow[]> {
  return joined(db).where(and(...conditions(scope, filter))).orderBy(...order).limit(limit);
}

export async function findIntegrityRiskJoined(db: DbOrTx, id: string, lock = false): Promise<IntegrityRiskJoinedRow | null> {
  const query = joined(db).where(eq(integrityRisks.id, id));
  const rows = lock ? await query.for('update', { of: integrityRisks }) : await query;
  return rows[0] ?? null;
}

export async function insertIntegrityRisk(db: DbOrTx, row: typeof integrityRisks.$inferInsert): Promise<IntegrityRiskRow> {
  const rows = await db.insert(integrityRisks).values(row).returning();
  return rows[0]!;
}

export async function updateIntegrityRiskRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof integrityRisks.$inferInsert>, at: Date): Promise<IntegrityRiskRow | null> {
  const rows = await db
    .update(integrityRisks)
    .set({ ...fields, updatedAt: at, version: sql`${integrityRisks.version} + 1` })
    .where(and(eq(integrityRisks.id, id), eq(integrityRisks.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteIntegrityRiskRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(integrityRisks).where(eq(integrityRisks.id, id));
}
