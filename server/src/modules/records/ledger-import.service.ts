import crypto from 'node:crypto';
import { type ImportJob, LEDGER_IMPORT_MAX_ROWS, type RosterRowError, normalizeText } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { invalidField } from '../../errors';
import { requirePermission, requirePermissionAt } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { todayOf } from '../people/people.service';
import { INSERT_CHUNK, finishImport, getImportJobFor, readImportRows, reportImportProgress, startImportJob } from '../imports/import-jobs.service';
import { type LedgerDirectory, type LedgerNode, type LedgerPerson, type ValidLedgerRow, validateLedgerRow } from './ledger-import-row';
import { complianceAfterLedgerChange } from '../compliance/refresh';
import { separateDuplicates } from './ledger-import-duplicates';
import { type ParsedLedger, buildLedgerTemplate, parseLedgerWorkbook } from './ledger-import-workbook';
import { findUnitNodes, findUnitPeople, findUnitRecordIdentities, insertParticipants, insertRecords, lockUnitLedgerImports } from './ledger-import.repository';


/** Checked before the upload is read, so someone who may not write records cannot make the server buffer a file. */
export function assertMayImportLedger(actor: Actor): void {
  requirePermission(actor, 'records.write');
}

/** The unit named by the request: 400 if it is no unit, 403 unless the actor may write records over all of it. */
async function requireLedgerUnit(db: DbOrTx, actor: Actor, unitId: string): Promise<OrgNodeRow> {
  const unit = await findNodeById(db, unitId);
  if (!unit) throw invalidField('unitId', '组织不存在');
  requirePermissionAt(actor, 'records.write', unit.path);
  if (unit.kind !== 'unit') throw invalidField('unitId', '请选择单位');
  return unit;
}

async function loadDirectory(db: DbOrTx, unitId: string): Promise<LedgerDirectory> {
  const [nodeRows, personRows] = await Promise.all([findUnitNodes(db, unitId), findUnitPeople(db, unitId)]);
  const byId = new Map(nodeRows.map((n) => [n.id, n]));
  const nodes: LedgerNode[] = nodeRows.map((n) => {
    const parent = n.kind === 'party_group' && n.parentId ? byId.get(n.parentId) : undefined;
    return { id: n.id, kind: n.kind, name: n.name, qualifiedName: parent ? `${parent.name}${n.name}` : n.name };
  });
  const peopleByName = new Map<string, LedgerPerson[]>();
  for (const p of personRows) {
    const name = normalizeText(p.name);
    const list = peopleByName.get(name) ?? [];
    list.push({ id: p.id, name, idTail: p.idCardNo.slice(-4).toUpperCase(), departmentId: p.departmentId });
    peopleByName.set(name, list);
  }
  return { nodes, peopleByName };
}

export async function ledgerTemplate(ctx: AppContext, actor: Actor, unitId: string): Promise<Buffer> {
  const unit = await requireLedgerUnit(ctx.db, actor, unitId);
  const nodes = await findUnitNodes(ctx.db, unitId);
  return buildLedgerTemplate(
    unit.name,
    nodes.map((n) => ({ name: n.name, kind: n.kind })),
  );
}


/**
 * A 台账 import job; a 花名册 job id is unknown here (404). Every row of a finished job was
 * imported, refused (errorRows) or skipped as a duplicate, so the duplicates are the rest; the
 * report's error list may be cut short, this count never is.
 */
export async function getLedgerImportJob(ctx: AppContext, actor: Actor, id: string): Promise<ImportJob> {
  const job = await getImportJobFor(ctx, actor, id, 'ledger', 'records.write');
  return { ...job, duplicateRows: job.status === 'done' ? job.totalRows - job.importedRows - job.errorRows : 0 };
}

/**
 * Starts a 台账 import and returns at once; the work continues in the background while the
 * client polls the job. Every row is checked; the valid rows go in one transaction (all or none)
 * and the invalid ones are listed by row and column. A row already in the ledger, or repeating an
 * earlier row of the file, is skipped and listed too, so importing a file twice writes it once.
 */
export async function startLedgerImport(ctx: AppContext, actor: Actor, unitId: string, fileName: string, buffer: Buffer): Promise<{ job: ImportJob; done: Promise<void> }> {
  const unit = await requireLedgerUnit(ctx.db, actor, unitId);
  const rows = await readImportRows(() => parseLedgerWorkbook(buffer), LEDGER_IMPORT_MAX_ROWS);
  const started = await startImportJob(ctx, actor, { kind: 'ledger', unit, fileName, totalRows: rows.length, action: 'records.import', run: (jobId) => runImport(ctx, actor, jobId, unit, rows) });
  return { ...started, job: { ...started.job, duplicateRows: 0 } };
}


/** The days a record's compliance rests on: its date, its last day, and the dates its stages were reached (办实事 counts once solved). */
function datesOf(r: ValidLedgerRow): string[] {
  return [r.occurredOn, r.endsOn, r.details.claimedOn, r.details.solvedOn].filter((d): d is string => typeof d === 'string');
}

async function runImport(ctx: AppContext, actor: Actor, jobId: string, unit: OrgNodeRow, rows: ParsedLedger['rows']): Promise<void> {
  const directory = await loadDirectory(ctx.db, unit.id);
  const today = todayOf(ctx);
  const errors: RosterRowError[] = [];
  let errorRows = 0;
  const valid: ValidLedgerRow[] = [];
  for (const { row, values } of rows) {
    const result = validateLedgerRow(row, values, directory, today);
    if (result.row) valid.push(result.row);
    if (result.errors.length > 0) {
      errorRows += 1;
      errors.push(...result.errors);
    }
  }
  await reportImportProgress(ctx, jobId, { processedRows: errorRows, errorRows });

  await ctx.db.transaction(async (tx) => {
    await lockUnitLedgerImports(tx, unit.id);
    // One query for the whole file: the unit's records within the file's dates, compared in memory.
    const dates = valid.map((r) => r.occurredOn).sort();
    const from = dates[0];
    const to = dates[dates.length - 1];
    const existing = from && to ? await findUnitRecordIdentities(tx, unit.id, from, to) : [];
    const { fresh, duplicates } = separateDuplicates(valid, existing);
    const skipped = errorRows + duplicates.length;
    if (duplicates.length > 0) await reportImportProgress(ctx, jobId, { processedRows: skipped });

    for (let i = 0; i < fresh.length; i += INSERT_CHUNK) {
      const chunk = fresh.slice(i, i + INSERT_CHUNK).map((r) => ({ id: crypto.randomUUID(), r }));
      await insertRecords(
        tx,
        chunk.map(({ id, r }) => ({
          id,
          ownerNodeId: r.ownerNodeId,
          personId: r.personId,
          kinds: r.kinds,
          occurredOn: r.occurredOn,
          endsOn: r.endsOn,
          topic: r.topic,
          hostPersonId: r.hostPersonId,
          lecturerPersonId: r.lecturerPersonId,
          lecturerName: r.lecturerName,
          notes: r.notes,
          details: r.details,
          enteredByUserId: actor.userId,
        })),
      );
      const participants = chunk.flatMap(({ id, r }) => r.participants.map((p) => ({ recordId: id, ...p })));
      // A meeting may list many people; a statement holds at most 65,535 parameters (4 a row).
      for (let j = 0; j < participants.length; j += 10_000) await insertParticipants(tx, participants.slice(j, j + 10_000));
      // Progress is written outside the transaction, so the client sees it while the rows wait to commit.
      await reportImportProgress(ctx, jobId, { processedRows: skipped + i + chunk.length });
    }
    if (fresh.length > 0) {
      await complianceAfterLedgerChange(tx, [
        { unitId: unit.id, kinds: [...new Set(fresh.flatMap((r) => r.kinds))], dates: [...new Set(fresh.flatMap(datesOf))].sort() },
      ]);
    }
    await auditAction(tx, actor, {
      action: 'records.import',
      objectType: 'import_job',
      objectId: jobId,
      objectLabel: unit.name,
      scopePath: unit.path,
      result: 'success',
      details: { totalRows: rows.length, importedRows: fresh.length, errorRows, duplicateRows: duplicates.length },
    });
    // The report reads top to bottom like the file: a skipped duplicate among the refused rows.
    const report = [...errors, ...duplicates].sort((a, b) => a.row - b.row);
    await finishImport(tx, jobId, { importedRows: fresh.length, errorRows, errors: report, processedRows: rows.length }, ctx.now());
  });
}
