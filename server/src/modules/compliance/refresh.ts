import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

/** A change to the ledger: the unit whose records changed, their kinds and dates. */
export interface LedgerChange {
  unitId: string;
  kinds: readonly string[];
  dates: readonly string[];
}

/**
 * Call inside the transaction that changed the org facts of units (people, posts, exemptions,
 * localisation, own requirements): their stored compliance is dropped and computed again on the
 * next read, so no reader ever sees compliance older than the facts it rests on.
 */
export async function complianceAfterFactsChange(db: DbOrTx, where: { unitIds: readonly string[] } | { underPath: string }): Promise<void> {
  if ('unitIds' in where) {
    if (where.unitIds.length === 0) return;
    await db.execute(sql`delete from compliance_unit_years where unit_id = any(${sql.param([...new Set(where.unitIds)])}::uuid[])`);
    return;
  }
  await db.execute(
    sql`delete from compliance_unit_years where unit_id in (select id from org_nodes where kind = 'unit' and (path like ${`${where.underPath}%`} or ${where.underPath} like path || '%'))`,
  );
}

/** Call inside the transaction that created, changed or deleted ledger records. */
export async function complianceAfterLedgerChange(db: DbOrTx, changes: readonly LedgerChange[]): Promise<void> {
  await complianceAfterFactsChange(db, { unitIds: changes.map((c) => c.unitId) });
}
