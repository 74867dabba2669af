import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { type RepeatCandidate, REPEAT_AT_UNIT_DAYS, WIDESPREAD_MIN_UNITS, WIDESPREAD_WINDOW_DAYS, widespreadWindow } from '@mofan/shared';
import type { DbOrTx } from '../../db/client';
import { accountabilities, inspectionInspectors, inspections, orgNodes, people, problems, rectifications, users } from '../../db/schema/index';
import type { SupervisionReach } from './inspection-access';
import { escapeLike, inSubtree, organizer, problemNode, problemPublished, problemUnit, problemVisible, responsibleNode } from './supervision-sql';

export type ProblemRow = typeof problems.$inferSelect;
export type RectificationRow = typeof rectifications.$inferSelect;

/** A problem with the places its access and presentation need. */
export interface ProblemJoinedRow {
  problem: ProblemRow;
  nodeName: string;
  nodePath: string;
  nodeKind: string;
  unitName: string;
  unitPath: string;
  personName: string | null;
  inspectionTitle: string | null;
  inspectionKind: string | null;
  inspectionStatus: string | null;
  inspectionUnannounced: boolean | null;
  organizerNodeId: string | null;
  organizerName: string | null;
  organizerPath: string | null;
  rectification: RectificationRow | null;
  responsibleNodeName: string | null;
  responsiblePath: string | null;
  responsiblePersonName: string | null;
  accountabilityCount: number;
}

const columns = {
  problem: problems,
  nodeName: problemNode.name,
  nodePath: problemNode.path,
  nodeKind: problemNode.kind,
  unitName: problemUnit.name,
  unitPath: problemUnit.path,
  personName: people.name,
  inspectionTitle: inspections.title,
  inspectionKind: inspections.kind,
  inspectionStatus: inspections.status,
  inspectionUnannounced: inspections.unannounced,
  organizerNodeId: organizer.id,
  organizerName: organizer.name,
  organizerPath: organizer.path,
  rectification: rectifications,
  responsibleNodeName: responsibleNode.name,
  responsiblePath: responsibleNode.path,
  responsiblePersonName: sql<string | null>`(select rp.name from ${people} rp where rp.id = ${rectifications.responsiblePersonId})`,
  accountabilityCount: sql<number>`(select count(*)::int from ${accountabilities} a where a.problem_id = ${problems.id})`,
};

/** Every problem query: the problem, its node and unit, its check and organiser, its 整改. */
export function joinedProblems(db: DbOrTx) {
  return db
    .select(columns)
    .from(problems)
    .innerJoin(problemNode, eq(problemNode.id, problems.nodeId))
    .innerJoin(problemUnit, eq(problemUnit.id, problems.unitId))
    .leftJoin(people, eq(people.id, problems.personId))
    .leftJoin(inspections, eq(inspections.id, problems.inspectionId))
    .leftJoin(organizer, eq(organizer.id, inspections.organizerNodeId))
    .leftJoin(rectifications, eq(rectifications.problemId, problems.id))
    .leftJoin(responsibleNode, eq(responsibleNode.id, rectifications.responsibleNodeId));
}

export function countJoined(db: DbOrTx) {
  return db
    .select({ total: count() })
    .from(problems)
    .innerJoin(problemNode, eq(problemNode.id, problems.nodeId))
    .leftJoin(inspections, eq(inspections.id, problems.inspectionId))
    .leftJoin(organizer, eq(organizer.id, inspections.organizerNodeId))
    .leftJoin(rectifications, eq(rectifications.problemId, problems.id))
    .leftJoin(responsibleNode, eq(responsibleNode.id, rectifications.responsibleNodeId));
}

export async function findProblemJoined(db: DbOrTx, id: string, lock = false): Promise<ProblemJoinedRow | null> {
  const query = joinedProblems(db).where(eq(problems.id, id)).limit(1);
  const rows = lock ? await query.for('update', { of: problems }) : await query;
  return rows[0] ?? null;
}

export async function findInspectorIds(db: DbOrTx, inspectionId: string): Promise<string[]> {
  const rows = await db.select({ userId: inspectionInspectors.userId }).from(inspectionInspectors).where(eq(inspectionInspectors.inspectionId, inspectionId));
  return rows.map((r) => r.userId);
}

export async function insertProblem(db: DbOrTx, row: typeof problems.$inferInsert): Promise<ProblemRow> {
  const [inserted] = await db.insert(problems).values(row).returning();
  return inserted!;
}

export async function updateProblemRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof problems.$inferInsert>, at: Date): Promise<ProblemRow | null> {
  const rows = await db
    .update(problems)
    .set({ ...fields, version: sql`${problems.version} + 1`, updatedAt: at })
    .where(and(eq(problems.id, id), eq(problems.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteProblemRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(problems).where(eq(problems.id, id));
}

export async function findPersonInUnit(db: DbOrTx, personId: string): Promise<{ id: string; name: string; unitId: string } | null> {
  const rows = await db.select({ id: people.id, name: people.name, unitId: people.unitId }).from(people).where(eq(people.id, personId)).limit(1);
  return rows[0] ?? null;
}

// ── Repeat flags in SQL, the rules of shared/rules/inspections/problem-repeats for list filters ──

/** The other problem `o` counts: registered on its own, or found by a check that is done. */
const otherPublished = sql`(o.inspection_id is null or exists (select 1 from ${inspections} oi where oi.id = o.inspection_id and oi.status = 'done'))`;
const earlierSameUnitSameTag = sql`o.id <> ${problems.id} and o.unit_id = ${problems.unitId} and o.tags && ${problems.tags}
  and (o.found_on, o.created_at, o.id) < (${problems.foundOn}, ${problems.createdAt}, ${problems.id}) and ${otherPublished}`;

const repeatAtUnitSql = sql`exists (select 1 from ${problems} o where ${earlierSameUnitSameTag} and o.found_on >= ${problems.foundOn} - ${REPEAT_AT_UNIT_DAYS}::int)`;

const recurredSql = sql`exists (select 1 from ${problems} o join ${rectifications} orr on orr.problem_id = o.id
  where ${earlierSameUnitSameTag} and orr.status = 'closed' and (orr.closed_at at time zone 'Asia/Shanghai')::date <= ${problems.foundOn})`;

const windowDays = WIDESPREAD_WINDOW_DAYS - 1;
const sPublished = sql`(s.id = ${problems.id} or s.inspection_id is null or exists (select 1 from ${inspections} si where si.id = s.inspection_id and si.status = 'done'))`;
const oPublishedOrSelf = sql`(o.id = ${problems.id} or ${otherPublished})`;
/** Some span of 90 days that holds this problem and the tag at 3 or more units (a best span starts on a problem's day). */
const widespreadSql = sql`exists (select 1 from unnest(${problems.tags}) as t(tag) where exists (
  select 1 from ${problems} s where s.tags @> array[t.tag] and ${sPublished}
    and s.found_on between ${problems.foundOn} - ${windowDays}::int and ${problems.foundOn}
    and (select count(distinct o.unit_id) from ${problems} o where o.tags @> array[t.tag] and ${oPublishedOrSelf}
      and o.found_on between s.found_on and s.found_on + ${windowDays}::int) >= ${WIDESPREAD_MIN_UNITS}::int))`;

const REPEAT_SQL: Record<'at_unit' | 'widespread' | 'recurred', SQL> = { at_unit: repeatAtUnitSql, widespread: widespreadSql, recurred: recurredSql };

export interface ProblemFilter {
  inspectionId?: string | undefined;
  nodePath?: string | undefined;
  unitId?: string | undefined;
  tag?: string | undefined;
  tagGroup?: string | undefined;
  severity?: string | undefined;
  status?: string | undefined;
  repeat?: 'any' | 'at_unit' | 'widespread' | 'recurred' | undefined;
  foundFrom?: string | undefined;
  foundTo?: string | undefined;
  q?: string | undefined;
  /** Only problems their unit sees already: of no check, or of a check that is done (for 通报). */
  published?: boolean | undefined;
}

export function problemConditions(reach: SupervisionReach, filter: ProblemFilter): SQL[] {
  const list: SQL[] = [problemVisible(reach)];
  if (filter.inspectionId) list.push(eq(problems.inspectionId, filter.inspectionId));
  if (filter.nodePath) list.push(inSubtree(problemNode.path, filter.nodePath));
  if (filter.unitId) list.push(eq(problems.unitId, filter.unitId));
  if (filter.tag) list.push(sql`${problems.tags} @> array[${filter.tag}]::text[]`);
  if (filter.tagGroup) list.push(sql`exists (select 1 from unnest(${problems.tags}) as g(tag) where g.tag like ${`${escapeLike(filter.tagGroup)}.%`})`);
  if (filter.severity) list.push(eq(problems.severity, filter.severity));
  if (filter.status) list.push(eq(problems.status, filter.status));
  if (filter.repeat === 'any') list.push(sql`(${repeatAtUnitSql} or ${widespreadSql} or ${recurredSql})`);
  else if (filter.repeat) list.push(REPEAT_SQL[filter.repeat]);
  if (filter.foundFrom) list.push(gte(problems.foundOn, filter.foundFrom));
  if (filter.foundTo) list.push(lte(problems.foundOn, filter.foundTo));
  if (filter.q) list.push(sql`${problems.facts} ilike ${`%${escapeLike(filter.q)}%`}`);
  if (filter.published) list.push(problemPublished);
  return list;
}

/** A page of the problems the reader sees; `pageSize` null for every one (exports, 台账). */
export async function findProblems(db: DbOrTx, reach: SupervisionReach, filter: ProblemFilter, page: number, pageSize: number | null, order: 'newest' | 'oldest' = 'newest') {
  const where = and(...problemConditions(reach, filter));
  const ordered = joinedProblems(db)
    .where(where)
    .orderBy(
      ...(order === 'newest' ? [desc(problems.foundOn), desc(problems.createdAt)] : [asc(problems.foundOn), asc(problems.createdAt)]),
      asc(problems.id),
    );
  const [rows, totals] = await Promise.all([pageSize === null ? ordered : ordered.limit(pageSize).offset((page - 1) * pageSize), countJoined(db).where(where)]);
  return { rows: rows as ProblemJoinedRow[], total: totals[0]?.total ?? 0 };
}

/**
 * Every problem that can bear on the repeat flags of `subjects`: sharing a tag, registered on its
 * own or found by a check that is done, and either earlier at the same unit or within the
 * 90-day spans of any subject. The rules pick from these.
 */
export async function findRepeatCandidates(db: DbOrTx, subjects: readonly Pick<ProblemRow, 'unitId' | 'tags' | 'foundOn'>[]): Promise<RepeatCandidate[]> {
  if (subjects.length === 0) return [];
  const tags = [...new Set(subjects.flatMap((s) => s.tags))];
  const unitIds = [...new Set(subjects.map((s) => s.unitId))];
  const latest = subjects.reduce((m, s) => (s.foundOn > m ? s.foundOn : m), subjects[0]!.foundOn);
  const windows = subjects.map((s) => widespreadWindow(s.foundOn));
  const from = windows.reduce((m, w) => (w.from < m ? w.from : m), windows[0]!.from);
  const to = windows.reduce((m, w) => (w.to > m ? w.to : m), windows[0]!.to);
  const rows = await db
    .select({
      id: problems.id,
      unitId: problems.unitId,
      tags: problems.tags,
      foundOn: problems.foundOn,
      createdAt: problems.createdAt,
      acceptedOn: sql<string | null>`case when ${rectifications.status} = 'closed' then (${rectifications.closedAt} at time zone 'Asia/Shanghai')::date end`,
    })
    .from(problems)
    .leftJoin(inspections, eq(inspections.id, problems.inspectionId))
    .leftJoin(rectifications, eq(rectifications.problemId, problems.id))
    .where(
      and(
        sql`${problems.tags} && ${sql.param(tags)}::text[]`,
        problemPublished,
        sql`((${inArray(problems.unitId, unitIds)} and ${problems.foundOn} <= ${latest}) or ${problems.foundOn} between ${from} and ${to})`,
      ),
    );
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export type AccountabilityRow = typeof accountabilities.$inferSelect;

export interface AccountabilityJoinedRow {
  accountability: AccountabilityRow;
  personName: string | null;
  nodeName: string | null;
  createdByName: string | null;
}

export async function findAccountabilities(db: DbOrTx, problemIds: readonly string[]): Promise<AccountabilityJoinedRow[]> {
  if (problemIds.length === 0) return [];
  return db
    .select({ accountability: accountabilities, personName: people.name, nodeName: orgNodes.name, createdByName: users.displayName })
    .from(accountabilities)
    .leftJoin(people, eq(people.id, accountabilities.personId))
    .leftJoin(orgNodes, eq(orgNodes.id, accountabilities.nodeId))
    .leftJoin(users, eq(users.id, accountabilities.createdByUserId))
    .where(inArray(accountabilities.problemId, [...problemIds]))
    .orderBy(asc(accountabilities.decidedOn), asc(accountabilities.createdAt), asc(accountabilities.id));
}

export async function findAccountability(db: DbOrTx, id: string): Promise<AccountabilityRow | null> {
  const rows = await db.select().from(accountabilities).where(eq(accountabilities.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertAccountability(db: DbOrTx, row: typeof accountabilities.$inferInsert): Promise<AccountabilityRow> {
  const [inserted] = await db.insert(accountabilities).values(row).returning();
  return inserted!;
}

export async function deleteAccountabilityRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(accountabilities).where(eq(accountabilities.id, id));
}
