import { and, asc, count, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DirectiveLightDay } from '@mofan/shared';
import type { DbOrTx } from '../../db/client';
import { directiveAssignees, directiveEvents, directiveExtensions, directives, orgNodes, settings, users } from '../../db/schema/index';
import type { Scope } from '../access/access.types';
import { inScope } from '../access/scope-sql';

export type DirectiveRow = typeof directives.$inferSelect;
export type DirectiveEventRow = typeof directiveEvents.$inferSelect;
export type DirectiveExtensionRow = typeof directiveExtensions.$inferSelect;

const supervisor = alias(orgNodes, 'supervisor');

function likePrefix(path: string): string {
  return `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The steps by which a handler answers a 催办. */
const ANSWERS_TO_URGING = ['signed', 'reported', 'completed', 'extension_requested'];

const effectiveDue = sql<string>`coalesce(${directives.extendedDueOn}, ${directives.dueOn})`;
const notDone = sql`${directives.status} not in ('completed', 'closed')`;
const lastUrgedAt = sql<Date | null>`(select max(e.at) from ${directiveEvents} e where e.directive_id = ${directives.id} and e.action = 'urged')`;
const lastAnsweredAt = sql<Date | null>`(select max(e.at) from ${directiveEvents} e where e.directive_id = ${directives.id} and e.action in (${sql.join(
  ANSWERS_TO_URGING.map((a) => sql`${a}`),
  sql`, `,
)}))`;
/** An urging no handler step has followed yet. */
const unansweredUrging = sql<boolean>`(${notDone} and ${lastUrgedAt} is not null and ${lastUrgedAt} > coalesce(${lastAnsweredAt}, '-infinity'::timestamptz))`;
const pendingExtensionDueOn = sql<string | null>`(select x.requested_due_on from ${directiveExtensions} x where x.directive_id = ${directives.id} and x.status = 'pending' order by x.requested_at desc limit 1)`;

/** 亮灯 in SQL, the same rule as directiveLight: for filters and the board. */
export function lightSql(day: DirectiveLightDay): SQL<'green' | 'yellow' | 'red'> {
  return sql<'green' | 'yellow' | 'red'>`case when ${directives.status} in ('completed', 'closed') then 'green' when ${effectiveDue} < ${day.today} then 'red' when ${effectiveDue} < ${day.greenFrom} then 'yellow' else 'green' end`;
}

const summaryColumns = {
  directive: directives,
  supervisorNodeName: supervisor.name,
  supervisorPath: supervisor.path,
  leadNodeId: sql<string>`(select da.node_id from ${directiveAssignees} da where da.directive_id = ${directives.id} and da.role = 'lead' limit 1)`,
  leadNodeName: sql<string>`(select n.name from ${directiveAssignees} da join ${orgNodes} n on n.id = da.node_id where da.directive_id = ${directives.id} and da.role = 'lead' limit 1)`,
  leadPath: sql<string>`(select n.path from ${directiveAssignees} da join ${orgNodes} n on n.id = da.node_id where da.directive_id = ${directives.id} and da.role = 'lead' limit 1)`,
  assistNodeNames: sql<string[]>`array(select n.name from ${directiveAssignees} da join ${orgNodes} n on n.id = da.node_id where da.directive_id = ${directives.id} and da.role = 'assist' order by n.name)`,
  lastReportOn: sql<string | null>`(select (max(e.at) at time zone 'Asia/Shanghai')::date from ${directiveEvents} e where e.directive_id = ${directives.id} and e.action = 'reported')`,
  urgedAt: sql<Date | null>`case when ${unansweredUrging} then ${lastUrgedAt} end`,
  pendingExtensionDueOn,
};

export interface DirectiveSummaryRow {
  directive: DirectiveRow;
  supervisorNodeName: string;
  supervisorPath: string;
  leadNodeId: string;
  leadNodeName: string;
  leadPath: string;
  assistNodeNames: string[];
  lastReportOn: string | null;
  urgedAt: Date | null;
  pendingExtensionDueOn: string | null;
}

function summaries(db: DbOrTx) {
  return db.select(summaryColumns).from(directives).innerJoin(supervisor, eq(supervisor.id, directives.supervisorNodeId));
}

/** Some 承办 or 协办 node of the directive lies in the scope (or under `nodePath`). */
function assignedWithin(scope: Scope | null, nodePath?: string): SQL {
  const conditions: SQL[] = [];
  if (scope) conditions.push(inScope(scope, sql`an.path`));
  if (nodePath) conditions.push(sql`an.path like ${likePrefix(nodePath)}`);
  return sql`exists (select 1 from ${directiveAssignees} da join ${orgNodes} an on an.id = da.node_id where da.directive_id = ${directives.id} and ${and(...conditions) ?? sql`true`})`;
}

/** Who sees what: supervisors the directives registered in their reach, handlers those assigned to theirs. */
export interface DirectiveReach {
  supervise: Scope;
  handle: Scope;
}

export interface DirectiveFilter {
  view: 'all' | 'handling' | 'supervising';
  status?: string | undefined;
  light?: 'green' | 'yellow' | 'red' | undefined;
  nodePath?: string | undefined;
  source?: string | undefined;
  registeredFrom?: string | undefined;
  registeredTo?: string | undefined;
  q?: string | undefined;
}

function reachCondition(reach: DirectiveReach, view: DirectiveFilter['view']): SQL {
  const supervising = inScope(reach.supervise, supervisor.path);
  // Until 交办 a directive is the supervising office's own: its handlers do not see it yet.
  const handling = and(sql`${directives.status} <> 'registered'`, assignedWithin(reach.handle))!;
  if (view === 'supervising') return supervising;
  if (view === 'handling') return handling;
  return or(supervising, handling)!;
}

function filterConditions(reach: DirectiveReach, filter: DirectiveFilter, day: DirectiveLightDay): SQL | undefined {
  const list: SQL[] = [reachCondition(reach, filter.view)];
  if (filter.status) list.push(eq(directives.status, filter.status));
  if (filter.light) list.push(sql`${lightSql(day)} = ${filter.light}`);
  if (filter.nodePath) list.push(assignedWithin(null, filter.nodePath));
  if (filter.source) list.push(eq(directives.source, filter.source));
  if (filter.registeredFrom) list.push(gte(directives.registeredOn, filter.registeredFrom));
  if (filter.registeredTo) list.push(lte(directives.registeredOn, filter.registeredTo));
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    list.push(or(sql`${directives.title} ilike ${like}`, sql`${directives.code} ilike ${like}`, sql`${directives.content} ilike ${like}`)!);
  }
  return and(...list);
}

export async function findDirectives(db: DbOrTx, reach: DirectiveReach, filter: DirectiveFilter, day: DirectiveLightDay, page: number, pageSize: number) {
  const where = filterConditions(reach, filter, day);
  const [rows, totals] = await Promise.all([
    summaries(db)
      .where(where)
      .orderBy(desc(directives.registeredOn), desc(directives.createdAt), asc(directives.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(directives).innerJoin(supervisor, eq(supervisor.id, directives.supervisorNodeId)).where(where),
  ]);
  return { rows: rows as DirectiveSummaryRow[], total: totals[0]?.total ?? 0 };
}

export async function findDirectiveSummary(db: DbOrTx, id: string): Promise<DirectiveSummaryRow | null> {
  const rows = await summaries(db).where(eq(directives.id, id)).limit(1);
  return (rows[0] as DirectiveSummaryRow | undefined) ?? null;
}

/** How many reminders a list shows at most: the nearest limits first. */
const REMINDER_LIMIT = 200;

/**
 * Candidates for a handler's reminders: assigned to their nodes and not done, and awaiting
 * signature, due soon or overdue, urged, or keeping a report clock (whether a report is due is
 * decided on the calendar by the caller).
 */
export async function findHandlingCandidates(db: DbOrTx, handle: Scope, day: DirectiveLightDay): Promise<DirectiveSummaryRow[]> {
  const rows = await summaries(db)
    .where(
      and(
        assignedWithin(handle),
        inArray(directives.status, ['assigned', 'signed', 'in_progress']),
        or(eq(directives.status, 'assigned'), sql`${effectiveDue} < ${day.greenFrom}`, unansweredUrging, sql`${directives.reportEveryWorkingDays} is not null`),
      ),
    )
    .orderBy(asc(effectiveDue), asc(directives.id))
    .limit(REMINDER_LIMIT);
  return rows as DirectiveSummaryRow[];
}

/** A supervisor's reminders: awaiting review, overdue, or with an extension to decide. */
export async function findSupervisingCandidates(db: DbOrTx, supervise: Scope, day: DirectiveLightDay): Promise<DirectiveSummaryRow[]> {
  const rows = await summaries(db)
    .where(
      and(
        inScope(supervise, supervisor.path),
        or(
          eq(directives.status, 'completed'),
          sql`(${notDone} and ${effectiveDue} < ${day.today})`,
          sql`(${directives.status} <> 'closed' and ${pendingExtensionDueOn} is not null)`,
        ),
      ),
    )
    .orderBy(asc(effectiveDue), asc(directives.id))
    .limit(REMINDER_LIMIT);
  return rows as DirectiveSummaryRow[];
}

export interface BoardFilter {
  nodePath?: string | undefined;
  source?: string | undefined;
  registeredFrom?: string | undefined;
  registeredTo?: string | undefined;
}

/**
 * Counts per 承办 node, status and limit in force, over the directives the supervisor reaches; the
 * caller turns limits into lights (a light is a calendar rule, not a column).
 */
export async function countBoard(db: DbOrTx, supervise: Scope, filter: BoardFilter) {
  const lead = alias(orgNodes, 'lead');
  const leadUnit = alias(orgNodes, 'lead_unit');
  const conditions: SQL[] = [inScope(supervise, supervisor.path)];
  if (filter.nodePath) conditions.push(sql`${lead.path} like ${likePrefix(filter.nodePath)}`);
  if (filter.source) conditions.push(eq(directives.source, filter.source));
  if (filter.registeredFrom) conditions.push(gte(directives.registeredOn, filter.registeredFrom));
  if (filter.registeredTo) conditions.push(lte(directives.registeredOn, filter.registeredTo));
  return db
    .select({
      nodeId: lead.id,
      nodeName: lead.name,
      nodeKind: lead.kind,
      unitId: lead.unitId,
      unitName: leadUnit.name,
      status: directives.status,
      dueOn: directives.dueOn,
      extendedDueOn: directives.extendedDueOn,
      n: sql<number>`count(*)::int`,
    })
    .from(directives)
    .innerJoin(supervisor, eq(supervisor.id, directives.supervisorNodeId))
    .innerJoin(directiveAssignees, and(eq(directiveAssignees.directiveId, directives.id), eq(directiveAssignees.role, 'lead')))
    .innerJoin(lead, eq(lead.id, directiveAssignees.nodeId))
    .leftJoin(leadUnit, eq(leadUnit.id, lead.unitId))
    .where(and(...conditions))
    .groupBy(lead.id, lead.name, lead.kind, lead.unitId, leadUnit.name, directives.status, directives.dueOn, directives.extendedDueOn);
}

// ── one directive ──────────────────────────────────────────────────────────

export interface DirectiveHead {
  directive: DirectiveRow;
  supervisorPath: string;
  supervisorNodeName: string;
}

/** The directive with its supervisor node; `lock` holds the row until the transaction ends. */
export async function findDirectiveHead(db: DbOrTx, id: string, lock = false): Promise<DirectiveHead | null> {
  const query = db
    .select({ directive: directives, supervisorPath: supervisor.path, supervisorNodeName: supervisor.name })
    .from(directives)
    .innerJoin(supervisor, eq(supervisor.id, directives.supervisorNodeId))
    .where(eq(directives.id, id));
  const rows = lock ? await query.for('update', { of: directives }) : await query;
  return rows[0] ?? null;
}

export interface AssigneeRow {
  nodeId: string;
  role: 'lead' | 'assist';
  nodeName: string;
  nodePath: string;
  unitName: string | null;
}

export async function findAssignees(db: DbOrTx, directiveId: string): Promise<AssigneeRow[]> {
  const unit = alias(orgNodes, 'unit');
  const rows = await db
    .select({ nodeId: directiveAssignees.nodeId, role: directiveAssignees.role, nodeName: orgNodes.name, nodePath: orgNodes.path, unitName: unit.name })
    .from(directiveAssignees)
    .innerJoin(orgNodes, eq(orgNodes.id, directiveAssignees.nodeId))
    .leftJoin(unit, and(eq(unit.id, orgNodes.unitId), sql`${unit.id} <> ${orgNodes.id}`))
    .where(eq(directiveAssignees.directiveId, directiveId))
    .orderBy(desc(sql`${directiveAssignees.role} = 'lead'`), asc(orgNodes.name));
  return rows.map((r) => ({ ...r, role: r.role === 'lead' ? 'lead' : 'assist' }));
}

export async function findEvents(db: DbOrTx, directiveId: string) {
  return db
    .select({ event: directiveEvents, nodeName: orgNodes.name })
    .from(directiveEvents)
    .leftJoin(orgNodes, eq(orgNodes.id, directiveEvents.nodeId))
    .where(eq(directiveEvents.directiveId, directiveId))
    .orderBy(asc(directiveEvents.at), asc(directiveEvents.id));
}

export async function findExtensions(db: DbOrTx, directiveId: string) {
  const requester = alias(users, 'requester');
  const decider = alias(users, 'decider');
  return db
    .select({ extension: directiveExtensions, requestedByName: requester.displayName, decidedByName: decider.displayName })
    .from(directiveExtensions)
    .leftJoin(requester, eq(requester.id, directiveExtensions.requestedByUserId))
    .leftJoin(decider, eq(decider.id, directiveExtensions.decidedByUserId))
    .where(eq(directiveExtensions.directiveId, directiveId))
    .orderBy(asc(directiveExtensions.requestedAt), asc(directiveExtensions.id));
}

export async function findUserName(db: DbOrTx, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const rows = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
  return rows[0]?.name ?? null;
}

// ── writes ─────────────────────────────────────────────────────────────────

export async function insertDirective(db: DbOrTx, row: typeof directives.$inferInsert): Promise<DirectiveRow> {
  const rows = await db.insert(directives).values(row).returning();
  return rows[0]!;
}

/** Writes the fields and bumps the version, only from the version the caller read; null when it moved on. */
export async function updateDirectiveRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof directives.$inferInsert>, at: Date): Promise<DirectiveRow | null> {
  const rows = await db
    .update(directives)
    .set({ ...fields, updatedAt: at, version: sql`${directives.version} + 1` })
    .where(and(eq(directives.id, id), eq(directives.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function replaceAssignees(db: DbOrTx, directiveId: string, leadNodeId: string, assistNodeIds: readonly string[]): Promise<void> {
  await db.delete(directiveAssignees).where(eq(directiveAssignees.directiveId, directiveId));
  await db.insert(directiveAssignees).values([
    { directiveId, nodeId: leadNodeId, role: 'lead' },
    ...assistNodeIds.map((nodeId) => ({ directiveId, nodeId, role: 'assist' })),
  ]);
}

export async function insertEvent(db: DbOrTx, row: typeof directiveEvents.$inferInsert): Promise<void> {
  await db.insert(directiveEvents).values(row);
}

export async function insertEvents(db: DbOrTx, rows: (typeof directiveEvents.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(directiveEvents).values(rows);
}

export async function findPendingExtension(db: DbOrTx, directiveId: string): Promise<DirectiveExtensionRow | null> {
  const rows = await db
    .select()
    .from(directiveExtensions)
    .where(and(eq(directiveExtensions.directiveId, directiveId), eq(directiveExtensions.status, 'pending')))
    .limit(1);
  return rows[0] ?? null;
}

export async function findExtension(db: DbOrTx, directiveId: string, extensionId: string): Promise<DirectiveExtensionRow | null> {
  const rows = await db
    .select()
    .from(directiveExtensions)
    .where(and(eq(directiveExtensions.id, extensionId), eq(directiveExtensions.directiveId, directiveId)));
  return rows[0] ?? null;
}

export async function insertExtension(db: DbOrTx, row: typeof directiveExtensions.$inferInsert): Promise<DirectiveExtensionRow> {
  const rows = await db.insert(directiveExtensions).values(row).returning();
  return rows[0]!;
}

export async function decideExtensionRow(db: DbOrTx, id: string, fields: { status: 'approved' | 'rejected'; decidedByUserId: string; decidedAt: Date; decisionNote: string | null }): Promise<void> {
  await db.update(directiveExtensions).set(fields).where(eq(directiveExtensions.id, id));
}

// ── red notices (the sweep) ────────────────────────────────────────────────

/**
 * Takes the sweep's turn: of several server processes only one sends the day's notices. A
 * transaction-scoped advisory lock, released at commit.
 */
export async function tryLockNoticeSweep(db: DbOrTx): Promise<boolean> {
  const result = await db.execute<{ locked: boolean }>(sql`select pg_try_advisory_xact_lock(hashtext('mofan.directives.red-notices')) as locked`);
  return result.rows[0]?.locked === true;
}

/** Overdue directives not yet notified on `today` (Asia/Shanghai), nearest limit first. */
export async function findRedUnnotified(db: DbOrTx, today: string, limit: number) {
  return db
    .select({
      id: directives.id,
      code: directives.code,
      title: directives.title,
      status: directives.status,
      effectiveDueOn: effectiveDue,
      leadNodeName: summaryColumns.leadNodeName,
      supervisorNodeName: supervisor.name,
    })
    .from(directives)
    .innerJoin(supervisor, eq(supervisor.id, directives.supervisorNodeId))
    .where(
      and(
        notDone,
        sql`${effectiveDue} < ${today}`,
        sql`not exists (select 1 from ${directiveEvents} e where e.directive_id = ${directives.id} and e.action = 'notified' and (e.at at time zone 'Asia/Shanghai')::date = ${today})`,
      ),
    )
    .orderBy(asc(effectiveDue), asc(directives.id))
    .limit(limit);
}

// ── the robot setting ──────────────────────────────────────────────────────

export async function readSettingValue(db: DbOrTx, key: string): Promise<unknown> {
  const rows = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).limit(1);
  return rows[0]?.value;
}

export async function writeSettingValue(db: DbOrTx, key: string, value: unknown, at: Date): Promise<void> {
  await db
    .insert(settings)
    .values({ key, value, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } });
}

export async function deleteSettingValue(db: DbOrTx, key: string): Promise<void> {
  await db.delete(settings).where(eq(settings.key, key));
}
