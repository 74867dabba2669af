import { and, eq, inArray, sql } from 'drizzle-orm';
import type { RosterRowError } from '@mofan/shared';
import type { DbOrTx } from '../../db/client';
import { importJobs, orgNodes } from '../../db/schema/index';

export type ImportJobRow = typeof importJobs.$inferSelect;

export async function insertImportJob(db: DbOrTx, row: typeof importJobs.$inferInsert): Promise<ImportJobRow> {
  const rows = await db.insert(importJobs).values(row).returning();
  return rows[0]!;
}

export type ImportJobKind = ImportJobRow['kind'];

/** A job of one kind: the 花名册 endpoint must not show a 台账 job, nor the reverse. */
export async function findImportJob(db: DbOrTx, id: string, kind: ImportJobKind) {
  const rows = await db
    .select({ job: importJobs, unitName: orgNodes.name, unitPath: orgNodes.path })
    .from(importJobs)
    .innerJoin(orgNodes, eq(orgNodes.id, importJobs.unitId))
    .where(and(eq(importJobs.id, id), eq(importJobs.kind, kind)))
    .limit(1);
  return rows[0] ?? null;
}

export async function updateImportJob(db: DbOrTx, id: string, fields: Partial<typeof importJobs.$inferInsert>): Promise<void> {
  await db.update(importJobs).set(fields).where(eq(importJobs.id, id));
}

export async function finishImportJob(db: DbOrTx, id: string, result: { importedRows: number; errorRows: number; errors: RosterRowError[]; processedRows: number }, at: Date) {
  await db.update(importJobs).set({ ...result, status: 'done', finishedAt: at }).where(eq(importJobs.id, id));
}

/** Jobs that were running when a process died: their transaction rolled back, so nothing was written. */
export async function markAbandonedJobsFailed(db: DbOrTx): Promise<void> {
  await db
    .update(importJobs)
    .set({ status: 'failed', failureMessage: '导入过程中服务重启，未写入任何数据，请重新导入', finishedAt: sql`now()` })
    .where(inArray(importJobs.status, ['pending', 'running']));
}
