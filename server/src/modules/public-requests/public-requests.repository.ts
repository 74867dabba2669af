import { and, asc, count, desc, eq, gte, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { orgNodes, people, publicRequestEvents, publicRequests } from '../../db/schema/index';
import type { Scope } from '../access/access.types';
import { inScope } from '../access/scope-sql';

export type PublicRequestRow = typeof publicRequests.$inferSelect;
export type PublicRequestEventRow = typeof publicRequestEvents.$inferSelect;

const receiving = alias(orgNodes, 'receiving');
const claimed = alias(orgNodes, 'claimed');
const claimedUnit = alias(orgNodes, 'claimed_unit');

function likePrefix(path: string): string {
  return `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const columns = {
  request: publicRequests,
  nodeName: receiving.name,
  nodePath: receiving.path,
  claimedNodeName: claimed.name,
  claimedNodeKind: claimed.kind,
  claimedPath: claimed.path,
  claimedUnitName: claimedUnit.name,
  claimedPersonName: people.name,
};

export interface PublicRequestJoinedRow {
  request: PublicRequestRow;
  nodeName: string;
  nodePath: string;
  claimedNodeName: string | null;
  claimedNodeKind: string | null;
  claimedPath: string | null;
  claimedUnitName: string | null;
  claimedPersonName: string | null;
}

function joined(db: DbOrTx) {
  return db
    .select(columns)
    .from(publicRequests)
    .innerJoin(receiving, eq(receiving.id, publicRequests.nodeId))
    .leftJoin(claimed, eq(claimed.id, publicRequests.claimedNodeId))
    .leftJoin(claimedUnit, eq(claimedUnit.id, claimed.unitId))
    .leftJoin(people, eq(people.id, publicRequests.claimedPersonId));
}

/** Who sees which requests: readers (requests.handle or inspections.read) and the handlers among them. */
export interface PublicRequestReach {
  read: Scope;
  handle: Scope;
}

/**
 * A handler somewhere below the receiving node sees its still unclaimed requests: that is how a
 * need gathered by a 工委 or a unit is offered to its units and 科室 to claim (认领).
 */
function claimableBy(handle: Scope): SQL {
  if (handle.all) return sql`true`;
  if (handle.paths.length === 0) return sql`false`;
  return sql`exists (select 1 from unnest(${sql.param(handle.paths)}::text[]) as p(path) where starts_with(p.path, ${receiving.path}))`;
}

function visibleTo(reach: PublicRequestReach): SQL {
  return or(
    inScope(reach.read, receiving.path),
    and(sql`${claimed.path} is not null`, inScope(reach.read, claimed.path)),
    and(eq(publicRequests.status, 'received'), claimableBy(reach.handle)),
  )!;
}

export interface PublicRequestFilter {
  status?: string | undefined;
  nodePath?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
}

function conditions(reach: PublicRequestReach, filter: PublicRequestFilter): SQL | undefined {
  const list: SQL[] = [visibleTo(reach)];
  if (filter.status) list.push(eq(publicRequests.status, filter.status));
  if (filter.nodePath) {
    const prefix = likePrefix(filter.nodePath);
    list.push(or(sql`${receiving.path} like ${prefix}`, sql`${claimed.path} like ${prefix}`)!);
  }
  if (filter.from) list.push(gte(publicRequests.raisedOn, filter.from));
  if (filter.to) list.push(lte(publicRequests.raisedOn, filter.to));
  if (filter.q) {
    // The contact is never searched: prefix searches would reveal a masked number digit by digit.
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    list.push(or(sql`${publicRequests.title} ilike ${pattern}`, sql`${publicRequests.content} ilike ${pattern}`, sql`${publicRequests.requesterName} ilike ${pattern}`)!);
  }
  return and(...list);
}

const newestFirst = [desc(publicRequests.raisedOn), desc(publicRequests.createdAt), asc(publicRequests.id)];

export async function findPublicRequests(db: DbOrTx, reach: PublicRequestReach, filter: PublicRequestFilter, page: number, pageSize: number) {
  const where = conditions(reach, filter);
  const [rows, totals] = await Promise.all([
    joined(db).where(where).orderBy(...newestFirst).limit(pageSize).offset((page - 1) * pageSize),
    db
      .select({ total: count() })
      .from(publicRequests)
      .innerJoin(receiving, eq(receiving.id, publicRequests.nodeId))
      .leftJoin(claimed, eq(claimed.id, publicRequests.claimedNodeId))
      .where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

/** Every request of the filter, for the Excel 台账 (bounded by the caller). */
export async function findPublicRequestsForExport(db: DbOrTx, reach: PublicRequestReach, filter: PublicRequestFilter, limit: number): Promise<PublicRequestJoinedRow[]> {
  return joined(db).where(conditions(reach, filter)).orderBy(...newestFirst).limit(limit);
}

export async function findPublicRequestJoined(db: DbOrTx, id: string, lock = false): Promise<PublicRequestJoinedRow | null> {
  const query = joined(db).where(eq(publicRequests.id, id));
  const rows = lock ? await query.for('update', { of: publicRequests }) : await query;
  return rows[0] ?? null;
}

/** The request a lookup code names: one exact match on the unique index. */
export async function findByLookupCode(db: DbOrTx, code: string, lock = false): Promise<PublicRequestJoinedRow | null> {
  const query = joined(db).where(eq(publicRequests.lookupCode, code));
  const rows = lock ? await query.for('update', { of: publicRequests }) : await query;
  return rows[0] ?? null;
}

export async function lookupCodeTaken(db: DbOrTx, code: string): Promise<boolean> {
  const rows = await db.select({ id: publicRequests.id }).from(publicRequests).where(eq(publicRequests.lookupCode, code)).limit(1);
  return rows.length > 0;
}

export async function insertPublicRequest(db: DbOrTx, row: typeof publicRequests.$inferInsert): Promise<PublicRequestRow> {
  const rows = await db.insert(publicRequests).values(row).returning();
  return rows[0]!;
}

export async function updatePublicRequestRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof publicRequests.$inferInsert>, at: Date): Promise<PublicRequestRow | null> {
  const rows = await db
    .update(publicRequests)
    .set({ ...fields, updatedAt: at, version: sql`${publicRequests.version} + 1` })
    .where(and(eq(publicRequests.id, id), eq(publicRequests.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function insertPublicRequestEvent(db: DbOrTx, row: typeof publicRequestEvents.$inferInsert): Promise<void> {
  await db.insert(publicRequestEvents).values(row);
}

export async function findPublicRequestEvents(db: DbOrTx, requestId: string): Promise<PublicRequestEventRow[]> {
  return db.select().from(publicRequestEvents).where(eq(publicRequestEvents.requestId, requestId)).orderBy(asc(publicRequestEvents.at), asc(publicRequestEvents.id));
}

export async function findPersonBrief(db: DbOrTx, id: string): Promise<{ id: string; name: string; unitId: string; status: string } | null> {
  const rows = await db.select({ id: people.id, name: people.name, unitId: people.unitId, status: people.status }).from(people).where(eq(people.id, id)).limit(1);
  return rows[0] ?? null;
}
