import type { DbOrTx } from '../../db/client';
import { dropUnitYears, lockUnits, unitsAround } from './store.repository';
import { recomputeAfterLedgerChange } from './store';

/** A change to the ledger: the unit whose records changed, their kinds and dates. */
export interface LedgerChange {
  unitId: string;
  kinds: readonly string[];
  dates: readonly string[];
}

/**
 * Call inside the transaction that changed the org facts of units (people, posts, exemptions,
 * localisation, own requirements): their stored compliance is dropped and computed again on the
 * next read, so no reader ever sees compliance older than the facts it rests on. The units' lock
 * keeps a recompute that started before this change from storing its result after it.
 */
export async function complianceAfterFactsChange(db: DbOrTx, where: { unitIds: readonly string[] } | { underPath: string }): Promise<void> {
  const unitIds = 'unitIds' in where ? [...new Set(where.unitIds)] : await unitsAround(db, where.underPath);
  await lockUnits(db, unitIds);
  await dropUnitYears(db, unitIds);
}

/**
 * Call inside the transaction that created, changed or deleted ledger records: the stored
 * compliance of each unit is brought up to date in the same transaction, for the requirements
 * the records' kinds serve.
 */
export async function complianceAfterLedgerChange(db: DbOrTx, changes: readonly LedgerChange[]): Promise<void> {
  const byUnit = new Map<string, { kinds: Set<string>; dates: Set<string> }>();
  for (const c of changes) {
    const entry = byUnit.get(c.unitId) ?? { kinds: new Set<string>(), dates: new Set<string>() };
    c.kinds.forEach((k) => entry.kinds.add(k));
    c.dates.forEach((d) => entry.dates.add(d));
    byUnit.set(c.unitId, entry);
  }
  // All units locked at once, in the one lock order, before any is recomputed: no deadlock with another writer.
  await lockUnits(db, [...byUnit.keys()]);
  for (const unitId of byUnit.keys()) {
    const { kinds, dates } = byUnit.get(unitId)!;
    await recomputeAfterLedgerChange(db, unitId, [...kinds], [...dates]);
  }
}
