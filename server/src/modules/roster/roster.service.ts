import { type ImportJob, type PersonListQuery, ROSTER_MAX_ROWS, type RosterRowError } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, invalidField, notFound } from '../../errors';
import { requirePermission, requirePermissionAt, scopeCovers, scopeOf } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { requireNodeAccess } from '../org/org.service';
import { findExistingIdCards, insertPeople, iteratePeople } from '../people/people.repository';
import { presentPerson } from '../people/people.presenter';
import { personPaths, todayOf } from '../people/people.service';
import { insertPosts } from '../people/posts.repository';
import { type ImportJobRow, findImportJob, findUnitStructure, finishImportJob, insertImportJob, markAbandonedJobsFailed, updateImportJob } from './roster.repository';
import { type UnitStructure, type ValidRosterRow, validateRosterRow } from './roster-row';
import { buildPeopleExport, buildRosterTemplate, parseRosterWorkbook } from './roster-workbook';

const INSERT_CHUNK = 500;
/** The report keeps this many problems; the counts stay exact beyond it. */
const MAX_REPORTED_ERRORS = 10_000;

export async function failAbandonedImports(db: DbOrTx): Promise<void> {
  await markAbandonedJobsFailed(db);
}

async function loadStructure(db: DbOrTx, unitId: string): Promise<UnitStructure> {
  const nodes = await findUnitStructure(db, unitId);
  return {
    unitId,
    departments: new Map(nodes.filter((n) => n.kind === 'department').map((n) => [n.name, n])),
    branches: nodes.filter((n) => n.kind === 'branch'),
    groups: nodes.filter((n) => n.kind === 'party_group'),
  };
}

async function requireImportUnit(db: DbOrTx, actor: Actor, unitId: string) {
  const unit = await requireNodeAccess(db, actor, 'people.import', unitId, 'unitId');
  if (unit.kind !== 'unit') throw invalidField('unitId', '请选择单位');
  return unit;
}

/** Checked before the upload is read, so someone who may not import cannot make the server buffer a file. */
export function assertMayImport(actor: Actor): void {
  requirePermission(actor, 'people.import');
}

export async function rosterTemplate(ctx: AppContext, actor: Actor, unitId: string | undefined): Promise<Buffer> {
  requirePermission(actor, 'people.import');
  if (!unitId) return buildRosterTemplate(null);
  await requireImportUnit(ctx.db, actor, unitId);
  const s = await loadStructure(ctx.db, unitId);
  return buildRosterTemplate({ departments: [...s.departments.keys()], branches: s.branches.map((b) => b.name) });
}

function presentJob(job: ImportJobRow, unitName: string): ImportJob {
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

export async function getImportJob(ctx: AppContext, actor: Actor, id: string): Promise<ImportJob> {
  const found = await findImportJob(ctx.db, id);
  if (!found) throw notFound('导入任务');
  requirePermissionAt(actor, 'people.import', found.unitPath);
  return presentJob(found.job, found.unitName);
}

/**
 * Starts a roster import and returns at once; the work continues in the background while the
 * client polls the job. Valid rows go in one transaction (all or none), invalid rows are listed.
 */
export async function startRosterImport(ctx: AppContext, actor: Actor, unitId: string, fileName: string, buffer: Buffer): Promise<{ job: ImportJob; done: Promise<void> }> {
  const unit = await requireImportUnit(ctx.db, actor, unitId);
  let parsed;
  try {
    parsed = await parseRosterWorkbook(buffer);
  } catch {
    throw invalidField('file', '无法读取该文件：请使用下载的模板（.xlsx）');
  }
  if (parsed.missingHeaders.length > 0) throw invalidField('file', `缺少必需的列：${parsed.missingHeaders.join('、')}`);
  if (parsed.rows.length === 0) throw invalidField('file', '文件中没有数据行');
  if (parsed.rows.length > ROSTER_MAX_ROWS) throw invalidField('file', `一次最多导入 ${ROSTER_MAX_ROWS} 行，该文件有 ${parsed.rows.length} 行：请分批导入`);
  const job = await insertImportJob(ctx.db, { userId: actor.userId, unitId: unit.id, fileName: fileName.slice(0, 200), status: 'running', totalRows: parsed.rows.length });
  const done = runImport(ctx, actor, job.id, unit, parsed.rows).catch((error: unknown) => failImport(ctx, actor, job.id, unit.path, error));
  return { job: presentJob(job, unit.name), done };
}

/**
 * Marks the job failed and audits the attempt. Nobody awaits the background import, so this must
 * never reject: an unhandled rejection would stop the process.
 */
async function failImport(ctx: AppContext, actor: Actor, jobId: string, unitPath: string, error: unknown): Promise<void> {
  ctx.log.error({ err: error, jobId }, 'roster import failed');
  const message = error instanceof AppError ? error.message : '导入失败，未写入任何数据，请稍后重试';
  try {
    await updateImportJob(ctx.db, jobId, { status: 'failed', failureMessage: message, finishedAt: ctx.now() });
    await auditAction(ctx.db, actor, { action: 'people.import', objectType: 'import_job', objectId: jobId, scopePath: unitPath, result: 'failure', details: { reason: message } });
  } catch (secondError: unknown) {
    ctx.log.error({ err: secondError, jobId }, 'could not record the failed roster import');
  }
}

async function runImport(ctx: AppContext, actor: Actor, jobId: string, unit: { id: string; path: string }, rows: Awaited<ReturnType<typeof parseRosterWorkbook>>['rows']): Promise<void> {
  const unitId = unit.id;
  const unitPath = unit.path;
  const structure = await loadStructure(ctx.db, unitId);
  const today = todayOf(ctx);
  const errors: RosterRowError[] = [];
  const badRows = new Set<number>();
  const valid: ValidRosterRow[] = [];
  const firstRowOfId = new Map<string, number>();
  for (const { row, values } of rows) {
    const result = validateRosterRow(row, values, structure, today);
    if (result.row) {
      const earlier = firstRowOfId.get(result.row.idCardNo);
      if (earlier !== undefined) {
        result.errors.push({ row, field: '身份证号', value: values.idCardNo, message: `与第 ${earlier} 行重复` });
      } else {
        firstRowOfId.set(result.row.idCardNo, row);
        valid.push(result.row);
      }
    }
    if (result.errors.length > 0) {
      badRows.add(row);
      errors.push(...result.errors);
    }
  }
  const existing = await findExistingIdCards(ctx.db, valid.map((r) => r.idCardNo));
  const toInsert = valid.filter((r) => {
    if (!existing.has(r.idCardNo)) return true;
    badRows.add(r.row);
    errors.push({ row: r.row, field: '身份证号', value: r.idCardNo, message: '该身份证号已在系统中' });
    return false;
  });
  errors.sort((a, b) => a.row - b.row);
  await updateImportJob(ctx.db, jobId, { processedRows: badRows.size, errorRows: badRows.size });

  await ctx.db.transaction(async (tx) => {
    for (let i = 0; i < toInsert.length; i += INSERT_CHUNK) {
      const chunk = toInsert.slice(i, i + INSERT_CHUNK);
      const inserted = await insertPeople(
        tx,
        chunk.map((r) => ({
          name: r.name,
          gender: r.gender,
          idCardNo: r.idCardNo,
          birthDate: r.birthDate,
          ethnicity: r.ethnicity,
          phone: r.phone,
          jobTitle: r.jobTitle,
          hiredOn: r.hiredOn,
          unitId,
          departmentId: r.department.id,
          politicalStatus: r.politicalStatus,
          joinedPartyOn: r.joinedPartyOn,
          fullMemberOn: r.fullMemberOn,
          branchId: r.branch?.id ?? null,
          partyGroupId: r.partyGroup?.id ?? null,
        })),
      );
      await insertPosts(
        tx,
        inserted.map((p) => ({ personId: p.id, nodeId: p.departmentId, role: 'department_member', isPrimary: true, startDate: p.hiredOn ?? today })),
      );
      // Progress is written outside the transaction, so the client sees it while the rows wait to commit.
      await updateImportJob(ctx.db, jobId, { processedRows: badRows.size + i + chunk.length });
    }
    await auditAction(tx, actor, {
      action: 'people.import',
      objectType: 'import_job',
      objectId: jobId,
      scopePath: unitPath,
      result: 'success',
      details: { totalRows: rows.length, importedRows: toInsert.length, errorRows: badRows.size },
    });
    await finishImportJob(tx, jobId, { importedRows: toInsert.length, errorRows: badRows.size, errors: errors.slice(0, MAX_REPORTED_ERRORS), processedRows: rows.length }, ctx.now());
  });
}

export async function exportPeople(ctx: AppContext, actor: Actor, query: Omit<PersonListQuery, 'page' | 'pageSize'>): Promise<{ buffer: Buffer; count: number }> {
  const scope = requirePermission(actor, 'people.export');
  const node = query.nodeId ? await requireNodeAccess(ctx.db, actor, 'people.export', query.nodeId, 'nodeId') : null;
  const writeScope = scopeOf(actor, 'people.write');
  const people = [];
  // As in the list: q matches a 身份证号 only where the actor sees it in full, or an export filtered
  // by growing prefixes would reveal a masked number digit by digit.
  const filter = { q: query.q, nodePath: node?.path, politicalStatus: query.politicalStatus, role: query.role, status: query.status, idCardScope: writeScope, today: todayOf(ctx) };
  for await (const batch of iteratePeople(ctx.db, scope, filter)) {
    for (const r of batch) people.push(presentPerson(r, personPaths(r).some((p) => scopeCovers(writeScope, p))));
  }
  const buffer = await buildPeopleExport(people);
  await auditAction(ctx.db, actor, {
    action: 'people.export',
    objectType: 'person',
    objectLabel: node?.name ?? null,
    scopePath: node?.path ?? null,
    result: 'success',
    details: { count: people.length, filter: { ...query } },
  });
  return { buffer, count: people.length };
}
