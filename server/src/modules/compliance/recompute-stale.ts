import type { Db } from '../../db/client';
import { type RecomputeReport, recomputeAll } from './recompute-all';
import { ENGINE_VERSION } from './store';
import { unitsNotStored } from './store.repository';

/**
 * Stores the year of every unit that lacks it (a new install, a restore, an upgrade that changed
 * the catalogue, a 工委 setting that touched the whole city): on worker threads, so the first
 * reader of the city overview does not wait for it. `all` recomputes every unit regardless.
 */
export async function recomputeStale(db: Db, url: string, year: number, options: { all?: boolean; threads?: number } = {}): Promise<RecomputeReport> {
  const unitIds = options.all
    ? (await db.execute<{ id: string }>(`select id from org_nodes where kind = 'unit' order by path`)).rows.map((r) => r.id)
    : await unitsNotStored(db, year, ENGINE_VERSION);
  return recomputeAll(url, unitIds, year, options.threads);
}
