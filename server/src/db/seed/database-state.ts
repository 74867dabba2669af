import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';

/**
 * True when no org node, person or account exists yet. With `lock`, takes a transaction-scoped
 * advisory lock first, so two processes seeding at once cannot both see "empty".
 */
export async function isDatabaseEmpty(db: DbOrTx, options: { lock?: boolean } = {}): Promise<boolean> {
  if (options.lock) await db.execute(sql`select pg_advisory_xact_lock(7246002)`);
  const result = await db.execute<{ has: boolean }>(
    sql`select exists(select 1 from org_nodes) or exists(select 1 from people) or exists(select 1 from users) as has`,
  );
  return result.rows[0]?.has === false;
}
