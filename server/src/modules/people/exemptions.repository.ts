import { and, asc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { people, personExemptions } from '../../db/schema/index';

export type ExemptionRow = typeof personExemptions.$inferSelect;

export async function findExemptionsOfPerson(db: DbOrTx, personId: string): Promise<ExemptionRow[]> {
  return db.select().from(personExemptions).where(eq(personExemptions.personId, personId)).orderBy(asc(personExemptions.startsOn), asc(personExemptions.id));
}

export async function findExemption(db: DbOrTx, personId: string, id: string): Promise<ExemptionRow | null> {
  const rows = await db
    .select()
    .from(personExemptions)
    .where(and(eq(personExemptions.id, id), eq(personExemptions.personId, personId)))
    .limit(1);
  return rows[0] ?? null;
}

/** An exemption of the person sharing at least one day with `startsOn`…`endsOn`, other than `exceptId`. */
export async function findOverlappingExemption(db: DbOrTx, q: { personId: string; startsOn: string; endsOn: string; exceptId?: string }): Promise<ExemptionRow | null> {
  const conditions: SQL[] = [eq(personExemptions.personId, q.personId), lte(personExemptions.startsOn, q.endsOn), gte(personExemptions.endsOn, q.startsOn)];
  if (q.exceptId) conditions.push(sql`${personExemptions.id} <> ${q.exceptId}`);
  const rows = await db
    .select()
    .from(personExemptions)
    .where(and(...conditions))
    .orderBy(asc(personExemptions.startsOn))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertExemption(db: DbOrTx, row: typeof personExemptions.$inferInsert): Promise<ExemptionRow> {
  const rows = await db.insert(personExemptions).values(row).returning();
  return rows[0]!;
}

export async function updateExemptionRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof personExemptions.$inferInsert>, at: Date): Promise<ExemptionRow | null> {
  const rows = await db
    .update(personExemptions)
    .set({ ...fields, updatedAt: at, version: sql`${personExemptions.version} + 1` })
    .where(and(eq(personExemptions.id, id), eq(personExemptions.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteExemptionRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(personExemptions).where(eq(personExemptions.id, id));
}

/** Holds the person for the transaction, so two admins saving at once cannot both pass the overlap check. */
export async function lockPerson(db: DbOrTx, personId: string): Promise<void> {
  await db.execute(sql`select 1 from ${people} where ${people.id} = ${personId} for update`);
}
