import { queryOnce } from './db';
import type { TestApp } from './test-app';

/**
 * Stores a compliance year for the unit as the engine would, so a test can see a write drop it:
 * every write to the facts compliance rests on must leave none behind.
 */
export async function storeCompliance(t: TestApp, unitId: string, year = 2026): Promise<void> {
  await queryOnce(t.url, 'insert into compliance_unit_years (unit_id, year, engine_version) values ($1, $2, $3) on conflict do nothing', [unitId, year, 'test']);
}

export async function storedComplianceCount(t: TestApp, unitId: string): Promise<number> {
  const rows = await queryOnce<{ n: number }>(t.url, 'select count(*)::int as n from compliance_unit_years where unit_id = $1', [unitId]);
  return rows[0]?.n ?? 0;
}
