import { and, asc, eq, sql } from 'drizzle-orm';
import { ACTIVITY_KIND_DEFINITIONS, REQUIREMENT_CATALOGUE, type RequirementDefinition, addDays, ownRequirementId, ownRequirementUuid } from '@mofan/shared';
import type { Scope } from '../access/access.types';
import { inScope } from '../access/scope-sql';
import type { DbOrTx } from '../../db/client';
import { orgNodes, people, personExemptions, postSupervisedDepartments, posts } from '../../db/schema/index';

/** Everything the compliance of one unit over a date window rests on, read in a few queries. */
export interface UnitFacts {
  unit: { id: string; name: string; path: string };
  nodes: { id: string; kind: string; name: string; parentId: string | null; path: string; sortOrder: number }[];
  people: { id: string; name: string; departmentId: string; branchId: string | null; politicalStatus: string; joinedPartyOn: string | null; hiredOn: string | null }[];
  posts: { id: string; personId: string; nodeId: string; role: string; isPrimary: boolean; startDate: string; endDate: string | null }[];
  supervised: { postId: string; departmentId: string }[];
  records: {
    id: string;
    ownerNodeId: string;
    ownerPath: string;
    personId: string | null;
    hostPersonId: string | null;
    lecturerPersonId: string | null;
    lecturerName: string | null;
    kinds: string[];
    occurredOn: string;
    endsOn: string | null;
    topic: string | null;
    notes: string | null;
    details: Record<string, unknown>;
  }[];
  /** Present participants per record. */
  attendance: { recordId: string; personId: string }[];
  /** Days on which nothing is asked of a person (请假, 借调 …). */
  exemptions: { personId: string; startsOn: string; endsOn: string }[];
}

/**
 * Which records a year's compliance reads: the year's records of the requirements' evidence
 * kinds, and for trigger rules (a window opened in December may close in the next year) the
 * records up to the end of the longest window. `kinds` is null when every kind is read — a
 * narrow recompute after one record reads only the kinds that record has.
 */
export interface FactsWindow {
  from: string;
  to: string;
  kinds: string[] | null;
  triggerKinds: string[];
  triggerTo: string;
  /**
   * Kinds whose attendance matters: evidence of a duty of people in any part they played (a
   * participant counts), and staged kinds (their stage may ask for participants). The big
   * meetings' attendance (主题党日, 支委会) is read only where a personal duty counts it.
   */
  attendanceKinds: string[];
}

/** Kinds whose records count only from a later stage (办实事): only theirs need the details. */
const STAGED_KINDS = Object.entries(ACTIVITY_KIND_DEFINITIONS).flatMap(([id, kind]) => (kind.stages && kind.countsFromStage ? [id] : []));

export function factsWindow(requirements: readonly RequirementDefinition[], year: number, narrow: boolean): FactsWindow {
  const triggers = requirements.flatMap((r) => (r.rule.kind === 'trigger' ? [{ kinds: r.evidence, days: r.rule.withinDays }] : []));
  const longest = Math.max(0, ...triggers.map((t) => t.days));
  const byAttendance = requirements.filter((r) => (r.target.kind === 'person' || r.target.kind === 'leader_department_pair' || r.rule.kind === 'coverage') && !r.evidenceRole);
  return {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    kinds: narrow ? [...new Set(requirements.flatMap((r) => r.evidence))] : null,
    triggerKinds: [...new Set(triggers.flatMap((t) => t.kinds))],
    triggerTo: addDays(`${year}-12-31`, longest),
    attendanceKinds: [...new Set([...byAttendance.flatMap((r) => r.evidence), ...STAGED_KINDS])],
  };
}

interface RecordRow {
  id: string;
  owner_node_id: string;
  person_id: string | null;
  host_person_id: string | null;
  lecturer_person_id: string | null;
  lecturer_name: string | null;
  kinds: string[];
  occurred_on: string;
  ends_on: string | null;
  topic: string | null;
  notes: string | null;
  details: Record<string, unknown> | null;
  [column: string]: unknown;
}

interface AttendanceRow {
  record_id: string;
  person_id: string;
  [column: string]: unknown;
}

/**
 * The records of a unit in a window. Plain SQL
 * rather than the query builder: this is the hot path of a city-wide recompute, where mapping
 * hundreds of thousands of rows through the builder cost as much as evaluating them.
 */
function recordsWhere(unitId: string, window: FactsWindow) {
  return sql`
    from activity_records r
    join org_nodes o on o.id = r.owner_node_id
    where o.unit_id = ${unitId}
      ${window.kinds ? sql`and r.kinds && ${sql.param(window.kinds)}::text[]` : sql``}
      and r.occurred_on between ${window.from} and ${window.triggerTo}
      and (r.occurred_on <= ${window.to} or r.kinds && ${sql.param(window.triggerKinds)}::text[])`;
}

async function loadRecords(db: DbOrTx, unitId: string, window: FactsWindow): Promise<RecordRow[]> {
  const result = await db.execute<RecordRow>(sql`
    select r.id, r.owner_node_id, r.person_id, r.host_person_id, r.lecturer_person_id, r.lecturer_name, r.kinds,
           r.occurred_on, r.ends_on, r.topic,
           case when r.kinds && ${sql.param(STAGED_KINDS)}::text[] then r.notes end as notes,
           case when r.kinds && ${sql.param(STAGED_KINDS)}::text[] then r.details end as details
    ${recordsWhere(unitId, window)}
    order by r.occurred_on, r.id`);
  return result.rows;
}

/** Present participants of the same records, read alongside them. */
async function loadAttendance(db: DbOrTx, unitId: string, window: FactsWindow): Promise<UnitFacts['attendance']> {
  const result = await db.execute<AttendanceRow>(sql`
    select p.record_id, p.person_id from activity_participants p
    where p.present and p.record_id in (select r.id ${recordsWhere(unitId, window)} and r.kinds && ${sql.param(window.attendanceKinds)}::text[])`);
  return result.rows.map((a) => ({ recordId: a.record_id, personId: a.person_id }));
}

/** Everything the compliance of one unit over a window rests on, read in one round of queries. */
export async function loadUnitFacts(db: DbOrTx, unitId: string, window: FactsWindow, options: { parallel: boolean }): Promise<UnitFacts | null> {
  const ofUnit = sql`(select id from people where unit_id = ${unitId})`;
  const queries = [
    () =>
      db
        .select({ id: orgNodes.id, kind: orgNodes.kind, name: orgNodes.name, parentId: orgNodes.parentId, path: orgNodes.path, sortOrder: orgNodes.sortOrder })
        .from(orgNodes)
        .where(eq(orgNodes.unitId, unitId)),
    () =>
      db
        .select({
          id: people.id,
          name: people.name,
          departmentId: people.departmentId,
          branchId: people.branchId,
          politicalStatus: people.politicalStatus,
          joinedPartyOn: people.joinedPartyOn,
          hiredOn: people.hiredOn,
        })
        .from(people)
        .where(eq(people.unitId, unitId)),
    () => loadRecords(db, unitId, window),
    () => loadAttendance(db, unitId, window),
    () =>
      db
        .select({ id: posts.id, personId: posts.personId, nodeId: posts.nodeId, role: posts.role, isPrimary: posts.isPrimary, startDate: posts.startDate, endDate: posts.endDate })
        .from(posts)
        .where(sql`${posts.personId} in ${ofUnit}`),
    () =>
      db
        .select({ postId: postSupervisedDepartments.postId, departmentId: postSupervisedDepartments.departmentId })
        .from(postSupervisedDepartments)
        .where(sql`${postSupervisedDepartments.postId} in (select id from posts where role = 'leadership_member' and person_id in ${ofUnit})`),
    () =>
      db
        .select({ personId: personExemptions.personId, startsOn: personExemptions.startsOn, endsOn: personExemptions.endsOn })
        .from(personExemptions)
        .where(and(sql`${personExemptions.personId} in ${ofUnit}`, sql`${personExemptions.endsOn} >= ${window.from}`, sql`${personExemptions.startsOn} <= ${window.triggerTo}`)),
  ] as const;
  // A transaction is one connection: its queries go one after another; the pool runs them side by side.
  const [nodes, members, recordRows, attendance, postRows, supervised, exemptions] = options.parallel
    ? await Promise.all([queries[0](), queries[1](), queries[2](), queries[3](), queries[4](), queries[5](), queries[6]()])
    : [await queries[0](), await queries[1](), await queries[2](), await queries[3](), await queries[4](), await queries[5](), await queries[6]()];
  const unit = nodes.find((n) => n.id === unitId);
  if (!unit || unit.kind !== 'unit') return null;
  const paths = new Map(nodes.map((n) => [n.id, n.path]));
  const records: UnitFacts['records'] = recordRows.map((r) => ({
      id: r.id,
      ownerNodeId: r.owner_node_id,
      ownerPath: paths.get(r.owner_node_id) ?? '',
      personId: r.person_id,
      hostPersonId: r.host_person_id,
      lecturerPersonId: r.lecturer_person_id,
      lecturerName: r.lecturer_name,
      kinds: r.kinds,
      occurredOn: r.occurred_on,
      endsOn: r.ends_on,
      topic: r.topic,
      notes: r.notes,
    details: r.details ?? {},
  }));
  return { unit: { id: unit.id, name: unit.name, path: unit.path }, nodes, people: members, posts: postRows, supervised, records, attendance, exemptions };
}

/** The units in a scope, under a node if given, in their order. */
export async function findUnitsInScope(db: DbOrTx, scope: Scope, underPath: string | null) {
  return db
    .select({ id: orgNodes.id, name: orgNodes.name })
    .from(orgNodes)
    .where(and(eq(orgNodes.kind, 'unit'), inScope(scope, orgNodes.path), underPath ? sql`${orgNodes.path} like ${`${underPath}%`}` : undefined))
    .orderBy(asc(orgNodes.sortOrder), asc(orgNodes.name));
}

/** The programme dimensions of requirements: the catalogue's, and for own items (`custom.<id>`) their row's. */
export async function dimensionTags(db: DbOrTx, requirementIds: readonly string[]): Promise<Map<string, { programme: string; dimension: string }[]>> {
  const tags = new Map<string, { programme: string; dimension: string }[]>(REQUIREMENT_CATALOGUE.map((r) => [r.id, r.dimensions]));
  const custom = requirementIds.flatMap((id) => {
    const uuid = ownRequirementUuid(id);
    return uuid ? [uuid] : [];
  });
  if (custom.length > 0) {
    const result = await db.execute<{ id: string; programme_code: string; dimension_code: string }>(
      sql`select id::text, programme_code, dimension_code from custom_requirements where id::text = any(${sql.param(custom)}::text[])`,
    );
    for (const r of result.rows) tags.set(ownRequirementId(r.id), [{ programme: r.programme_code, dimension: r.dimension_code }]);
  }
  return tags;
}

/**
 * The units a scope reaches: wholly (the scope holds the unit or a node above it) or in part (the
 * scope holds a 科室 or 支部 inside it). At most `limit` + 1, so a caller can tell "too many".
 */
export async function findUnitsInReach(db: DbOrTx, scope: Scope, limit: number): Promise<{ id: string; name: string; path: string }[]> {
  const paths = scope.all ? null : scope.paths;
  if (paths && paths.length === 0) return [];
  const result = await db.execute<{ id: string; name: string; path: string }>(sql`
    select id, name, path from org_nodes
    where kind = 'unit'
      ${paths ? sql`and (path like any(${sql.param(paths.map((p) => `${p}%`))}::text[]) or exists (select 1 from unnest(${sql.param(paths)}::text[]) as s(p) where s.p like org_nodes.path || '%'))` : sql``}
    order by sort_order, name
    limit ${limit + 1}`);
  return result.rows;
}
