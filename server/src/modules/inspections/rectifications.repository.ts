import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DirectiveLightDay } from '@mofan/shared';
import type { DbOrTx } from '../../db/client';
import { problems, rectificationEvents, rectifications } from '../../db/schema/index';
import type { SupervisionReach } from './inspection-access';
import { type ProblemJoinedRow, type RectificationRow, countJoined, joinedProblems } from './problems.repository';
import { escapeLike, inSubtree, problemNode, problemVisible, responsibleNode } from './supervision-sql';

export type RectificationEventRow = typeof rectificationEvents.$inferSelect;

/** A problem row that has its 整改. */
export type RectificationJoinedRow = ProblemJoinedRow & { rectification: RectificationRow };

export function hasRectification(row: ProblemJoinedRow): row is RectificationJoinedRow {
  return row.rectification !== null;
}

/** `lock` for writes: the 整改 and its problem, locked before the read (an outer join cannot lock its nullable side). */
export async function findRectificationJoined(db: DbOrTx, id: string, lock = false): Promise<RectificationJoinedRow | null> {
  if (lock) {
    const [locked] = await db.select({ problemId: rectifications.problemId }).from(rectifications).where(eq(rectifications.id, id)).for('update');
    if (!locked) return null;
    await db.select({ id: problems.id }).from(problems).where(eq(problems.id, locked.problemId)).for('update');
  }
  const [row] = await joinedProblems(db).where(eq(rectifications.id, id)).limit(1);
  return row && hasRectification(row) ? row : null;
}

export async function insertRectification(db: DbOrTx, row: typeof rectifications.$inferInsert): Promise<RectificationRow> {
  const [inserted] = await db.insert(rectifications).values(row).returning();
  return inserted!;
}

export async function updateRectificationRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof rectifications.$inferInsert>, at: Date): Promise<RectificationRow | null> {
  const rows = await db
    .update(rectifications)
    .set({ ...fields, version: sql`${rectifications.version} + 1`, updatedAt: at })
    .where(and(eq(rectifications.id, id), eq(rectifications.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function insertRectificationEvent(db: DbOrTx, row: typeof rectificationEvents.$inferInsert): Promise<void> {
  await db.insert(rectificationEvents).values(row);
}

export async function findRectificationEvents(db: DbOrTx, rectificationId: string): Promise<RectificationEventRow[]> {
  return db.select().from(rectificationEvents).where(eq(rectificationEvents.rectificationId, rectificationId)).orderBy(asc(rectificationEvents.at), asc(rectificationEvents.id));
}

/** 亮灯 in SQL, the rule of rectificationLight: for the list filter. */
function lightSql(day: DirectiveLightDay): SQL<'green' | 'yellow' | 'red'> {
  return sql<'green' | 'yellow' | 'red'>`case when ${rectifications.status} in ('submitted', 'closed') then 'green' when ${rectifications.dueOn} < ${day.today} then 'red' when ${rectifications.dueOn} < ${day.greenFrom} then 'yellow' else 'green' end`;
}

export interface RectificationFilter {
  status?: string | undefined;
  light?: 'green' | 'yellow' | 'red' | undefined;
  nodePath?: string | undefined;
  tag?: string | undefined;
  escalated?: boolean | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  q?: string | undefined;
}

function conditions(reach: SupervisionReach, filter: RectificationFilter, day: DirectiveLightDay): SQL | undefined {
  const list: SQL[] = [isNotNull(rectifications.id), problemVisible(reach)];
  if (filter.status) list.push(eq(rectifications.status, filter.status));
  if (filter.light) list.push(sql`${lightSql(day)} = ${filter.light}`);
  if (filter.nodePath) list.push(or(inSubtree(responsibleNode.path, filter.nodePath), inSubtree(problemNode.path, filter.nodePath))!);
  if (filter.tag) list.push(sql`${problems.tags} @> array[${filter.tag}]::text[]`);
  if (filter.escalated !== undefined) list.push(filter.escalated ? isNotNull(rectifications.escalatedDirectiveId) : isNull(rectifications.escalatedDirectiveId));
  if (filter.dueFrom) list.push(gte(rectifications.dueOn, filter.dueFrom));
  if (filter.dueTo) list.push(lte(rectifications.dueOn, filter.dueTo));
  if (filter.q) {
    const like = `%${escapeLike(filter.q)}%`;
    list.push(or(sql`${rectifications.measures} ilike ${like}`, sql`${problems.facts} ilike ${like}`)!);
  }
  return and(...list);
}

/** A page of the 整改 the reader sees, nearest limit first; `pageSize` null for every one (exports). */
export async function findRectifications(db: DbOrTx, reach: SupervisionReach, filter: RectificationFilter, day: DirectiveLightDay, page: number, pageSize: number | null) {
  const where = conditions(reach, filter, day);
  const ordered = joinedProblems(db).where(where).orderBy(asc(rectifications.dueOn), asc(rectifications.createdAt), asc(rectifications.id));
  const [rows, totals] = await Promise.all([pageSize === null ? ordered : ordered.limit(pageSize).offset((page - 1) * pageSize), countJoined(db).where(where)]);
  return { rows: rows.filter(hasRectification), total: totals[0]?.total ?? 0 };
}

export interface VerificationSummary {
  reopened: number;
  acceptedAt: Date | null;
}

/** How each 整改's verification went: how often it was sent back, when it was accepted. */
export async function findVerificationSummaries(db: DbOrTx, rectificationIds: readonly string[]): Promise<Map<string, VerificationSummary>> {
  if (rectificationIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: rectificationEvents.rectificationId,
      reopened: sql<number>`(count(*) filter (where ${rectificationEvents.action} = 'reopened'))::int`,
      acceptedAt: sql<Date | null>`max(${rectificationEvents.at}) filter (where ${rectificationEvents.action} = 'accepted')`,
    })
    .from(rectificationEvents)
    .where(inArray(rectificationEvents.rectificationId, [...rectificationIds]))
    .groupBy(rectificationEvents.rectificationId);
  return new Map(rows.map((r) => [r.id, { reopened: r.reopened, acceptedAt: r.acceptedAt === null ? null : new Date(r.acceptedAt) }]));
}
