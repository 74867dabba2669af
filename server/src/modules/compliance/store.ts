import { createHash } from 'node:crypto';
import { ACTIVITY_KIND_DEFINITIONS, REQUIREMENT_CATALOGUE, type RequirementDefinition } from '@mofan/shared';
import type { Db, DbOrTx } from '../../db/client';
import { effectiveRequirementsAt } from '../catalogue/catalogue.service';
import { findNodeById } from '../org/org.repository';
import { factsWindow, loadUnitFacts } from './compliance.repository';
import { computeUnitCompliance } from './compute';
import { lockUnits, replaceSummaries, storedYears, unitsStored } from './store.repository';
import { summarise } from './summaries';

/**
 * Bumped by hand when the engine's semantics change; the catalogue's own changes are caught by
 * the hash. Stored years of another version are computed again before they are read.
 */
const ENGINE_REVISION = 1;
export const ENGINE_VERSION = createHash('sha256')
  .update(JSON.stringify({ ENGINE_REVISION, REQUIREMENT_CATALOGUE, ACTIVITY_KIND_DEFINITIONS }))
  .digest('hex')
  .slice(0, 16);

/**
 * Stored compliance counts everything recorded: the ledger refuses records dated after today
 * (台账 records what happened), so no cut-off is needed, and the stored part stays true on later
 * days. Status, which does depend on today, is derived when read (summaries.ts).
 */
const EVERYTHING_RECORDED = '9999-12-31';

/** The requirements binding a unit: switched-off items left out, stricter rules applied, own items added. */
export async function requirementsInForce(db: DbOrTx, unitId: string): Promise<RequirementDefinition[]> {
  const unit = await findNodeById(db, unitId);
  if (!unit) return [];
  return (await effectiveRequirementsAt(db, unit)).filter((e) => e.enabled).map((e) => e.requirement);
}

/**
 * Computes and stores one unit-year whole, in its own transaction under the unit's lock. The
 * facts are read on other connections of the pool, side by side: once the lock is held, no change
 * to them can commit until this transaction ends (every writer takes the lock), so they are the
 * facts the stored result rests on.
 */
export async function storeUnitYear(db: Db, unitId: string, year: number): Promise<void> {
  await db.transaction(async (tx) => {
    await lockUnits(tx, [unitId]);
    const requirements = await requirementsInForce(db, unitId);
    const facts = await loadUnitFacts(db, unitId, factsWindow(requirements, year, false), { parallel: true });
    if (!facts) return;
    const cells = computeUnitCompliance(facts, requirements, year, EVERYTHING_RECORDED);
    await replaceSummaries(tx, unitId, year, ENGINE_VERSION, summarise(cells), null);
  });
}

/** Runs `fn` over the items with `lanes` in flight at once. */
async function inLanes<T>(items: readonly T[], lanes: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(lanes, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

/**
 * Makes sure the units' year is stored with the current engine: computes those that are not (never
 * computed, dropped by a change of their facts, or of an older version). Two units at a time: one
 * computes in memory while the other's facts are read.
 */
export async function ensureStored(db: Db, unitIds: readonly string[], year: number, lanes = 2): Promise<void> {
  const stored = await unitsStored(db, unitIds, year, ENGINE_VERSION);
  await inLanes(
    unitIds.filter((id) => !stored.has(id)),
    lanes,
    (id) => storeUnitYear(db, id, year),
  );
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * Whether a record dated `date` can count for a requirement's cells of `year`: in the year, or
 * for trigger rules in a window opened in the year and closing after it.
 */
function reaches(requirement: RequirementDefinition, date: string, year: number): boolean {
  if (yearOf(date) === year) return true;
  if (requirement.rule.kind !== 'trigger' || yearOf(date) < year) return false;
  const windowEnd = new Date(Date.UTC(year, 11, 31 + requirement.rule.withinDays)).toISOString().slice(0, 10);
  return date <= windowEnd;
}

/**
 * After a ledger change in a unit, inside the writing transaction: recomputes only the stored
 * years the change reaches and only the requirements whose evidence kinds it has — a 支委会
 * touches one requirement's cells, not the unit's five thousand. Years not stored are left for
 * the next read to compute whole.
 */
export async function recomputeAfterLedgerChange(tx: DbOrTx, unitId: string, kinds: readonly string[], dates: readonly string[]): Promise<void> {
  await lockUnits(tx, [unitId]);
  const years = await storedYears(tx, unitId, ENGINE_VERSION);
  if (years.length === 0) return;
  const affected = (await requirementsInForce(tx, unitId)).filter((r) => r.evidence.some((k) => kinds.includes(k)));
  for (const year of years) {
    const requirements = affected.filter((r) => dates.some((d) => reaches(r, d, year)));
    if (requirements.length === 0) continue;
    const facts = await loadUnitFacts(tx, unitId, factsWindow(requirements, year, true), { parallel: false });
    if (!facts) continue;
    const cells = computeUnitCompliance(facts, requirements, year, EVERYTHING_RECORDED);
    await replaceSummaries(
      tx,
      unitId,
      year,
      ENGINE_VERSION,
      summarise(cells),
      requirements.map((r) => r.id),
    );
  }
}
