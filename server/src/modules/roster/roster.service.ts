import { type ImportJob, type PersonListQuery, ROSTER_MAX_ROWS, type RosterRowError } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { invalidField } from '../../errors';
import { requirePermission, scopeCovers, scopeOf } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { complianceAfterFactsChange } from '../compliance/refresh';
import { requireNodeAccess } from '../org/org.service';
import { findExistingIdCards, insertPeople, iteratePeople } from '../people/people.repository';
import { presentPerson } from '../people/people.presenter';
import { personPaths, todayOf } from '../people/people.service';
import { insertPosts } from '../people/posts.repository';
import { INSERT_CHUNK, finishImport, getImportJobFor, readImportRows, reportImportProgress, startImportJob } from '../imports/import-jobs.service';
import { findUnitStructure } from './roster.repository';
import { type UnitStructure, type ValidRosterRow, validateRosterRow } from './roster-row';
import { buildPeopleExport, buildRosterTemplate, parseRosterWorkbook } from './roster-workbook';


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


export async function getImportJob(ctx: AppContext, actor: Actor, id: string): Promise<ImportJob> {
  return getImportJobFor(ctx, actor, id, 'roster', 'people.import');
}

/**
 * Starts a roster import and returns at once; the work continues in the background while the
 * client polls the job. Valid rows go in one transaction (all or none), invalid rows are listed.
 */
export async function startRosterImport(ctx: AppContext, actor: Actor, unitId: string, fileName: string, buffer: Buffer): Promise<{ job: ImportJob; done: Promise<void> }> {
  const unit = await requireImportUnit(ctx.db, actor, unitId);
  const rows = await readImportRows(() => parseRosterWorkbook(buffer), ROSTER_MAX_ROWS);
  return startImportJob(ctx, actor, { kind: 'roster', unit, fileName, totalRows: rows.length, action: 'people.import', run: (jobId) => runImport(ctx, actor, jobId, unit, rows) });
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
  await reportImportProgress(ctx, jobId, { processedRows: badRows.size, errorRows: badRows.size });

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
      await reportImportProgress(ctx, jobId, { processedRows: badRows.size + i + chunk.length });
    }
    await auditAction(tx, actor, {
      action: 'people.import',
      objectType: 'import_job',
      objectId: jobId,
      scopePath: unitPath,
      result: 'success',
      details: { totalRows: rows.length, importedRows: toInsert.length, errorRows: badRows.size },
    });
    if (toInsert.length > 0) await complianceAfterFactsChange(tx, { unitIds: [unitId] });
    await finishImport(tx, jobId, { importedRows: toInsert.length, errorRows: badRows.size, errors, processedRows: rows.length }, ctx.now());
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
