import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { leaveRequests, orgNodes, people, posts, users } from '../../db/schema/index';
import type { Scope } from '../access/access.types';
import { inScope } from '../access/scope-sql';
import { AWAY_STATUSES, HOLDING_STATUSES } from './leave-period';

export type LeaveRow = typeof leaveRequests.$inferSelect;

const dept = alias(orgNodes, 'dept');
const unit = alias(orgNodes, 'unit');
const branch = alias(orgNodes, 'branch');
const approver = alias(users, 'approver');
const creator = alias(users, 'creator');

/** The day the leave really ends: the 销假 date once returned, the planned end before. */
export const effectiveEnd = sql<string>`coalesce(${leaveRequests.returnedOn}, ${leaveRequests.endsOn})`;

const columns = {
  leave: leaveRequests,
  personName: people.name,
  unitId: people.unitId,
  unitName: unit.name,
  unitPath: unit.path,
  departmentId: people.departmentId,
  departmentName: dept.name,
  departmentPath: dept.path,
  branchPath: branch.path,
  approverName: approver.displayName,
  createdByName: creator.displayName,
};

export interface LeaveJoinedRow {
  leave: LeaveRow;
  personName: string;
  unitId: string;
  unitName: string;
  unitPath: string;
  departmentId: string;
  departmentName: string;
  departmentPath: string;
  branchPath: string | null;
  approverName: string | null;
  createdByName: string | null;
}

function joined(db: DbOrTx) {
  return db
    .select(columns)
    .from(leaveRequests)
    .innerJoin(people, eq(people.id, leaveRequests.personId))
    .innerJoin(dept, eq(dept.id, people.departmentId))
    .innerJoin(unit, eq(unit.id, people.unitId))
    .leftJoin(branch, eq(branch.id, people.branchId))
    .leftJoin(approver, eq(approver.id, leaveRequests.approverUserId))
    .leftJoin(creator, eq(creator.id, leaveRequests.createdByUserId));
}

export async function findLeaveJoined(db: DbOrTx, id: string): Promise<LeaveJoinedRow | null> {
  const rows = await joined(db).where(eq(leaveRequests.id, id)).limit(1);
  return rows[0] ?? null;
}

/** A person is reached through their 科室 or their 党支部, as everywhere for people, in any of the scopes. */
export function reachOf(...scopes: Scope[]): SQL {
  return or(...scopes.flatMap((scope) => [inScope(scope, dept.path), inScope(scope, branch.path)]))!;
}

export interface LeaveFilter {
  reach?: SQL;
  personId?: string | undefined;
  nodePath?: string | undefined;
  status?: string | undefined;
  statuses?: readonly string[];
  from?: string | undefined;
  to?: string | undefined;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function conditions(filter: LeaveFilter): SQL | undefined {
  const list: SQL[] = [];
  if (filter.reach) list.push(filter.reach);
  if (filter.personId) list.push(eq(leaveRequests.personId, filter.personId));
  if (filter.nodePath) {
    const prefix = `${escapeLike(filter.nodePath)}%`;
    list.push(sql`(${dept.path} like ${prefix} or ${branch.path} like ${prefix})`);
  }
  if (filter.status) list.push(eq(leaveRequests.status, filter.status));
  if (filter.statuses) list.push(inArray(leaveRequests.status, [...filter.statuses]));
  if (filter.from) list.push(sql`${effectiveEnd} >= ${filter.from}`);
  if (filter.to) list.push(lte(leaveRequests.startsOn, filter.to));
  return and(...list);
}

const newestFirst = [desc(leaveRequests.startsOn), desc(leaveRequests.createdAt), asc(leaveRequests.id)];

export async function findLeavePage(db: DbOrTx, filter: LeaveFilter, page: number, pageSize: number) {
  const where = conditions(filter);
  const [rows, totals] = await Promise.all([
    joined(db)
      .where(where)
      .orderBy(...newestFirst)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: count() })
      .from(leaveRequests)
      .innerJoin(people, eq(people.id, leaveRequests.personId))
      .innerJoin(dept, eq(dept.id, people.departmentId))
      .leftJoin(branch, eq(branch.id, people.branchId))
      .where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

export async function findLeaveList(db: DbOrTx, filter: LeaveFilter, limit: number): Promise<LeaveJoinedRow[]> {
  return joined(db)
    .where(conditions(filter))
    .orderBy(...newestFirst)
    .limit(limit);
}

/** Another request of the person sharing a day with the period, that is pending or stands approved. */
export async function findOverlappingLeave(db: DbOrTx, personId: string, startsOn: string, endsOn: string): Promise<LeaveRow | null> {
  const rows = await db
    .select()
    .from(leaveRequests)
    .where(and(eq(leaveRequests.personId, personId), inArray(leaveRequests.status, [...HOLDING_STATUSES]), lte(leaveRequests.startsOn, endsOn), sql`${effectiveEnd} >= ${startsOn}`))
    .orderBy(asc(leaveRequests.startsOn))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertLeave(db: DbOrTx, row: typeof leaveRequests.$inferInsert): Promise<LeaveRow> {
  const rows = await db.insert(leaveRequests).values(row).returning();
  return rows[0]!;
}

export async function updateLeaveRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof leaveRequests.$inferInsert>, at: Date): Promise<LeaveRow | null> {
  const rows = await db
    .update(leaveRequests)
    .set({ ...fields, updatedAt: at, version: sql`${leaveRequests.version} + 1` })
    .where(and(eq(leaveRequests.id, id), eq(leaveRequests.version, version)))
    .returning();
  return rows[0] ?? null;
}

function currentOn(today: string): SQL {
  return and(lte(posts.startDate, today), or(isNull(posts.endDate), gte(posts.endDate, today)))!;
}

/** The post roles each person holds today, for the approval level of their requests. */
export async function findCurrentPostRoles(db: DbOrTx, personIds: readonly string[], today: string): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (personIds.length === 0) return result;
  const rows = await db
    .select({ personId: posts.personId, role: posts.role })
    .from(posts)
    .where(and(inArray(posts.personId, [...new Set(personIds)]), currentOn(today)));
  for (const r of rows) result.set(r.personId, [...(result.get(r.personId) ?? []), r.role]);
  return result;
}

/** The units whose 一把手 the person is today. */
export async function findTopLeaderUnits(db: DbOrTx, personId: string | null, today: string): Promise<Set<string>> {
  if (!personId) return new Set();
  const rows = await db
    .select({ nodeId: posts.nodeId })
    .from(posts)
    .where(and(eq(posts.personId, personId), eq(posts.role, 'top_leader'), currentOn(today)));
  return new Set(rows.map((r) => r.nodeId));
}

export interface AwayRow {
  requestId: string;
  personId: string;
  personName: string;
  departmentName: string;
  kind: string;
  startsOn: string;
  effectiveEndsOn: string;
}

/** Serving people under the node (by 科室 or 党支部) away on the date, by 科室 and name. */
export async function findAway(db: DbOrTx, nodePath: string, date: string): Promise<AwayRow[]> {
  const prefix = `${escapeLike(nodePath)}%`;
  return db
    .select({
      requestId: leaveRequests.id,
      personId: people.id,
      personName: people.name,
      departmentName: dept.name,
      kind: leaveRequests.kind,
      startsOn: leaveRequests.startsOn,
      effectiveEndsOn: effectiveEnd,
    })
    .from(leaveRequests)
    .innerJoin(people, eq(people.id, leaveRequests.personId))
    .innerJoin(dept, eq(dept.id, people.departmentId))
    .leftJoin(branch, eq(branch.id, people.branchId))
    .where(
      and(
        eq(people.status, 'active'),
        sql`(${dept.path} like ${prefix} or ${branch.path} like ${prefix})`,
        inArray(leaveRequests.status, [...AWAY_STATUSES]),
        lte(leaveRequests.startsOn, date),
        sql`${effectiveEnd} >= ${date}`,
      ),
    )
    .orderBy(asc(dept.sortOrder), asc(dept.name), asc(people.name), asc(leaveRequests.id));
}

/** The leave each of these people is on, on the date (one each: requests of a person do not overlap). */
export async function findAwayOf(db: DbOrTx, personIds: readonly string[], date: string) {
  if (personIds.length === 0) return [];
  return db
    .select({ personId: leaveRequests.personId, kind: leaveRequests.kind, startsOn: leaveRequests.startsOn, effectiveEndsOn: effectiveEnd })
    .from(leaveRequests)
    .where(and(inArray(leaveRequests.personId, [...new Set(personIds)]), inArray(leaveRequests.status, [...AWAY_STATUSES]), lte(leaveRequests.startsOn, date), sql`${effectiveEnd} >= ${date}`));
}
