import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { PeriodSummary } from './summaries';

/** The advisory-lock class of a unit's stored compliance (the second key is the unit id's hash). */
const LOCK_CLASS = 7310;

/**
 * Serialises every writer of a unit's stored compliance until the transaction ends: a recompute
 * and a change to the facts it reads must not interleave, or a recompute that started before the
 * change could store its stale result after it. Units are locked in one order (no deadlocks).
 */
export async function lockUnits(db: DbOrTx, unitIds: readonly string[]): Promise<void> {
  if (unitIds.length === 0) return;
  await db.execute(
    sql`select pg_advisory_xact_lock(${LOCK_CLASS}, k) from (select distinct hashtext(id) as k from unnest(${sql.param([...unitIds])}::text[]) as id order by k) as keys`,
  );
}

/** The years of a unit stored with the current engine version. */
export async function storedYears(db: DbOrTx, unitId: string, engineVersion: string): Promise<number[]> {
  const result = await db.execute<{ year: number }>(sql`select year from compliance_unit_years where unit_id = ${unitId} and engine_version = ${engineVersion}`);
  return result.rows.map((r) => r.year);
}

/** Of the given units, those whose year is stored with the current engine version. */
export async function unitsStored(db: DbOrTx, unitIds: readonly string[], year: number, engineVersion: string): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const result = await db.execute<{ unit_id: string }>(
    sql`select unit_id from compliance_unit_years where unit_id = any(${sql.param([...unitIds])}::uuid[]) and year = ${year} and engine_version = ${engineVersion}`,
  );
  return new Set(result.rows.map((r) => r.unit_id));
}

export async function dropUnitYears(db: DbOrTx, unitIds: readonly string[]): Promise<void> {
  if (unitIds.length === 0) return;
  await db.execute(sql`delete from compliance_unit_years where unit_id = any(${sql.param([...unitIds])}::uuid[])`);
}

/** The units at or under a path, and the unit a deeper node (a 科室) belongs to. */
export async function unitsAround(db: DbOrTx, path: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`select id from org_nodes where kind = 'unit' and (path like ${`${path}%`} or ${path} like path || '%')`);
  return result.rows.map((r) => r.id);
}

/**
 * Replaces the stored summaries of a unit-year — all of them, or only those of the given
 * requirements (a narrow recompute after a ledger change) — and marks the year current.
 */
export async function replaceSummaries(db: DbOrTx, unitId: string, year: number, engineVersion: string, summaries: readonly PeriodSummary[], requirementIds: readonly string[] | null): Promise<void> {
  await db.execute(
    requirementIds
      ? sql`delete from compliance_summaries where unit_id = ${unitId} and year = ${year} and requirement_id = any(${sql.param([...requirementIds])}::text[])`
      : sql`delete from compliance_summaries where unit_id = ${unitId} and year = ${year}`,
  );
  if (summaries.length > 0) {
    const column = <K extends keyof PeriodSummary>(key: K) => sql.param(summaries.map((s) => s[key]));
    await db.execute(sql`
      insert into compliance_summaries (unit_id, year, requirement_id, period_key, period_start, period_end, due_date, met, late, exempt, short_none, short_some)
      select ${unitId}::uuid, ${year}::int, * from unnest(
        ${column('requirementId')}::text[], ${column('periodKey')}::text[], ${column('periodStart')}::date[], ${column('periodEnd')}::date[],
        ${column('dueDate')}::date[], ${column('met')}::int[], ${column('late')}::int[], ${column('exempt')}::int[], ${column('shortNone')}::int[], ${column('shortSome')}::int[])`);
  }
  if (!requirementIds) {
    await db.execute(sql`
      insert into compliance_unit_years (unit_id, year, engine_version, computed_at) values (${unitId}, ${year}, ${engineVersion}, now())
      on conflict (unit_id, year) do update set engine_version = excluded.engine_version, computed_at = excluded.computed_at`);
  }
}

interface SummaryRow {
  requirement_id: string;
  period_key: string;
  period_start: string;
  period_end: string;
  due_date: string;
  met: number;
  late: number;
  exempt: number;
  short_none: number;
  short_some: number;
  [column: string]: unknown;
}

export async function findSummaries(db: DbOrTx, unitId: string, year: number): Promise<PeriodSummary[]> {
  const result = await db.execute<SummaryRow>(sql`select * from compliance_summaries where unit_id = ${unitId} and year = ${year} order by requirement_id, period_start, period_key`);
  return result.rows.map((r) => ({
    requirementId: r.requirement_id,
    periodKey: r.period_key,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    dueDate: r.due_date,
    met: r.met,
    late: r.late,
    exempt: r.exempt,
    shortNone: r.short_none,
    shortSome: r.short_some,
  }));
}

/** Per unit × requirement of a year, as of `today`: the cells met and the cells due (met, late, or short past the due date). */
export async function dueAndMetByUnit(db: DbOrTx, unitIds: readonly string[], year: number, today: string): Promise<{ unitId: string; requirementId: string; met: number; due: number }[]> {
  if (unitIds.length === 0) return [];
  const result = await db.execute<{ unit_id: string; requirement_id: string; met: number; due: number }>(sql`
    select unit_id, requirement_id, sum(met)::int as met,
           sum(met + late + case when due_date < ${today} then short_none + short_some else 0 end)::int as due
    from compliance_summaries
    where year = ${year} and unit_id = any(${sql.param([...unitIds])}::uuid[])
    group by unit_id, requirement_id`);
  return result.rows.map((r) => ({ unitId: r.unit_id, requirementId: r.requirement_id, met: r.met, due: r.due }));
}

/** Every unit whose year is not stored with the current engine version. */
export async function unitsNotStored(db: DbOrTx, year: number, engineVersion: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    select n.id from org_nodes n
    where n.kind = 'unit'
      and not exists (select 1 from compliance_unit_years y where y.unit_id = n.id and y.year = ${year} and y.engine_version = ${engineVersion})
    order by n.path`);
  return result.rows.map((r) => r.id);
}
