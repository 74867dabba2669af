import type { ImportJob, Permission, RosterRowError } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, invalidField, notFound } from '../../errors';
import { requirePermissionAt } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { type ImportJobKind, type ImportJobRow, findImportJob, finishImportJob, insertImportJob, markAbandonedJobsFailed, updateImportJob } from './import-jobs.repository';

/** Rows written per INSERT while an import runs (and progress reported after each batch). */
export const INSERT_CHUNK = 500;
/** The report keeps this many problems; the counts stay exact beyond it. */
const MAX_REPORTED_ERRORS = 10_000;

/** Jobs that were running when a process died: their transaction rolled back, so nothing was written. */
export async function failAbandonedImports(db: DbOrTx): Promise<void> {
  await markAbandonedJobsFailed(db);
}

export function presentImportJob(job: ImportJobRow, unitName: string): ImportJob {
  return {
    id: job.id,
    status: job.status as ImportJob['status'],
    fileName: job.fileName,
    unitId: job.unitId,
    unitName,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    importedRows: job.importedRows,
    errorRows: job.errorRows,
    errors: job.errors,
    failureMessage: job.failureMessage,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** A job of one kind (a 花名册 job is unknown to the 台账 endpoint and the reverse): 404, or 403 outside the actor's reach. */
export async function getImportJobFor(ctx: AppContext, actor: Actor, id: string, kind: ImportJobKind, permission: Permission): Promise<ImportJob> {
  const found = await findImportJob(ctx.db, id, kind);
  if (!found) throw notFound('导入任务');
  requirePermissionAt(actor, permission, found.unitPath);
  return presentImportJob(found.job, found.unitName);
}

/** The rows of an uploaded workbook, or a 400 naming `file`: unreadable, missing columns, no rows or too many. */
export async function readImportRows<Row>(parse: () => Promise<{ missingHeaders: string[]; rows: Row[] }>, maxRows: number): Promise<Row[]> {
  let parsed: { missingHeaders: string[]; rows: Row[] };
  try {
    parsed = await parse();
  } catch {
    throw invalidField('file', '无法读取该文件：请使用下载的模板（.xlsx）');
  }
  if (parsed.missingHeaders.length > 0) throw invalidField('file', `缺少必需的列：${parsed.missingHeaders.join('、')}`);
  if (parsed.rows.length === 0) throw invalidField('file', '文件中没有数据行');
  if (parsed.rows.length > maxRows) throw invalidField('file', `一次最多导入 ${maxRows} 行，该文件有 ${parsed.rows.length} 行：请分批导入`);
  return parsed.rows;
}

interface StartImport {
  kind: ImportJobKind;
  unit: { id: string; name: string; path: string };
  fileName: string;
  totalRows: number;
  /** The audit action a failed run is recorded under ('people.import', 'records.import'). */
  action: string;
  run: (jobId: string) => Promise<void>;
}

/**
 * Opens a job and runs the import in the background; the caller returns the job at once and the
 * client polls it. A failed run marks the job failed and is audited; `done` never rejects.
 */
export async function startImportJob(ctx: AppContext, actor: Actor, start: StartImport): Promise<{ job: ImportJob; done: Promise<void> }> {
  const job = await insertImportJob(ctx.db, { kind: start.kind, userId: actor.userId, unitId: start.unit.id, fileName: start.fileName.slice(0, 200), status: 'running', totalRows: start.totalRows });
  const done = start.run(job.id).catch((error: unknown) => failImportJob(ctx, actor, job.id, start, error));
  return { job: presentImportJob(job, start.unit.name), done };
}

/** Marks the job failed and audits the attempt. Nobody awaits the background import, so this must never reject. */
async function failImportJob(ctx: AppContext, actor: Actor, jobId: string, start: StartImport, error: unknown): Promise<void> {
  ctx.log.error({ err: error, jobId, kind: start.kind }, 'import failed');
  const message = error instanceof AppError ? error.message : '导入失败，未写入任何数据，请稍后重试';
  try {
    await updateImportJob(ctx.db, jobId, { status: 'failed', failureMessage: message, finishedAt: ctx.now() });
    await auditAction(ctx.db, actor, { action: start.action, objectType: 'import_job', objectId: jobId, scopePath: start.unit.path, result: 'failure', details: { reason: message } });
  } catch (secondError: unknown) {
    ctx.log.error({ err: secondError, jobId }, 'could not record the failed import');
  }
}

/** Progress, written outside the import's transaction so the client sees it while the rows wait to commit. */
export async function reportImportProgress(ctx: AppContext, jobId: string, fields: { processedRows: number; errorRows?: number }): Promise<void> {
  await updateImportJob(ctx.db, jobId, fields);
}

/** Closes the job inside the import's transaction, so the report and the rows commit together. */
export async function finishImport(tx: DbOrTx, jobId: string, result: { importedRows: number; errorRows: number; errors: RosterRowError[]; processedRows: number }, at: Date): Promise<void> {
  await finishImportJob(tx, jobId, { ...result, errors: result.errors.slice(0, MAX_REPORTED_ERRORS) }, at);
}
