import type {
  CreateOfficeOutputRequest,
  OfficeOutput,
  OfficeOutputCounts,
  OfficeOutputListQuery,
  OfficeOutputMonthly,
  OfficeOutputMonthlyQuery,
  OfficeOutputMonthlyRow,
  OfficeOutputPage,
  UpdateOfficeOutputRequest,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, type FieldError, invalidField, notFound, versionConflict } from '../../errors';
import { requirePermission, requirePermissionAt } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { todayOf } from '../people/people.service';
import { officeOutputKindOf, presentOfficeOutput } from './office-outputs.presenter';
import {
  type OfficeOutputJoinedRow,
  countMonthly,
  deleteOfficeOutputRow,
  findDocumentByRefNo,
  findOfficeOutputJoined,
  findOfficeOutputs,
  findUnitsUnder,
  insertOfficeOutput,
  updateOfficeOutputRow,
} from './office-outputs.repository';

interface OfficeOutputFacts {
  kind: OfficeOutput['kind'];
  occurredOn: string;
  title: string;
  refNo: string | null;
}

/** The node an entry belongs to, where the actor may register. */
async function placeEntry(db: DbOrTx, actor: Actor, nodeId: string): Promise<OrgNodeRow> {
  const node = await findNodeById(db, nodeId);
  if (!node) throw invalidField('nodeId', '组织不存在');
  requirePermissionAt(actor, 'office.write', node.path);
  return node;
}

/** Entered once: a fact already past (a document issued, a meeting held), a 文号 only for a document and not twice. */
async function checkEntry(db: DbOrTx, node: OrgNodeRow, entry: OfficeOutputFacts, today: string, exceptId: string | null): Promise<void> {
  const errors: FieldError[] = [];
  if (entry.occurredOn > today) errors.push({ field: 'occurredOn', message: '登记已印发的文件或已召开的会议，日期不能晚于今天' });
  if (entry.kind === 'meeting' && entry.refNo) errors.push({ field: 'refNo', message: '会议没有文号，请清空' });
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors.map((e) => `${e.field}：${e.message}`).join('；'), errors);
  if (entry.kind === 'document' && entry.refNo && (await findDocumentByRefNo(db, node.id, entry.refNo, exceptId))) {
    throw new AppError('CONFLICT', `文号“${entry.refNo}”已登记，同一文件只需登记一次`);
  }
}

async function loadEntryFor(db: DbOrTx, actor: Actor, id: string): Promise<OfficeOutputJoinedRow> {
  const row = await findOfficeOutputJoined(db, id);
  if (!row) throw notFound('发文或会议记录');
  requirePermissionAt(actor, 'office.write', row.nodePath);
  return row;
}

function labelOf(entry: { occurredOn: string; title: string; refNo: string | null }): string {
  return `${entry.occurredOn} ${entry.refNo ? `${entry.refNo} ` : ''}${entry.title}`;
}

export async function getOfficeOutput(ctx: AppContext, actor: Actor, id: string): Promise<OfficeOutput> {
  return presentOfficeOutput(await loadEntryFor(ctx.db, actor, id));
}

/** A node named in a query: 404 when it does not exist, 403 outside the reader's office.write. */
async function requireQueryNode(ctx: AppContext, actor: Actor, nodeId: string): Promise<OrgNodeRow> {
  const node = await findNodeById(ctx.db, nodeId);
  if (!node) throw notFound('组织');
  requirePermissionAt(actor, 'office.write', node.path);
  return node;
}

export async function listOfficeOutputs(ctx: AppContext, actor: Actor, query: OfficeOutputListQuery): Promise<OfficeOutputPage> {
  const scope = requirePermission(actor, 'office.write');
  const node = query.nodeId ? await requireQueryNode(ctx, actor, query.nodeId) : null;
  if (query.from && query.to && query.from > query.to) throw invalidField('to', '截止日期不能早于起始日期');
  const { rows, total } = await findOfficeOutputs(ctx.db, scope, { nodePath: node?.path, kind: query.kind, from: query.from, to: query.to, q: query.q }, query.page, query.pageSize);
  return { items: rows.map(presentOfficeOutput), total, page: query.page, pageSize: query.pageSize };
}

export async function createOfficeOutput(ctx: AppContext, actor: Actor, input: CreateOfficeOutputRequest): Promise<OfficeOutput> {
  const id = await ctx.db.transaction(async (tx) => {
    const node = await placeEntry(tx, actor, input.nodeId);
    const entry = { kind: input.kind, occurredOn: input.occurredOn, title: input.title, refNo: input.refNo || null };
    await checkEntry(tx, node, entry, todayOf(ctx), null);
    const row = await insertOfficeOutput(tx, { nodeId: node.id, ...entry, createdByUserId: actor.userId });
    await auditAction(tx, actor, {
      action: 'office_output.create',
      objectType: 'office_output',
      objectId: row.id,
      objectLabel: labelOf(row),
      scopePath: node.path,
      result: 'success',
      details: { kind: row.kind },
    });
    return row.id;
  });
  return getOfficeOutput(ctx, actor, id);
}

export async function updateOfficeOutput(ctx: AppContext, actor: Actor, id: string, input: UpdateOfficeOutputRequest): Promise<OfficeOutput> {
  await ctx.db.transaction(async (tx) => {
    const current = await loadEntryFor(tx, actor, id);
    const o = current.output;
    const node = input.nodeId && input.nodeId !== o.nodeId ? await placeEntry(tx, actor, input.nodeId) : await placeEntry(tx, actor, o.nodeId);
    const entry: OfficeOutputFacts = {
      kind: input.kind ?? officeOutputKindOf(o.kind),
      occurredOn: input.occurredOn ?? o.occurredOn,
      title: input.title ?? o.title,
      refNo: input.refNo === undefined ? o.refNo : input.refNo || null,
    };
    await checkEntry(tx, node, entry, todayOf(ctx), id);
    const updated = await updateOfficeOutputRow(tx, id, input.version, { nodeId: node.id, ...entry }, ctx.now());
    if (!updated) throw versionConflict();
    await auditAction(tx, actor, {
      action: 'office_output.update',
      objectType: 'office_output',
      objectId: id,
      objectLabel: labelOf(updated),
      scopePath: node.path,
      result: 'success',
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
  });
  return getOfficeOutput(ctx, actor, id);
}

export async function deleteOfficeOutput(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const current = await loadEntryFor(tx, actor, id);
    await deleteOfficeOutputRow(tx, id);
    await auditAction(tx, actor, {
      action: 'office_output.delete',
      objectType: 'office_output',
      objectId: id,
      objectLabel: labelOf(current.output),
      scopePath: current.nodePath,
      result: 'success',
      details: { kind: current.output.kind },
    });
  });
}

function emptyMonths(): OfficeOutputCounts[] {
  return Array.from({ length: 12 }, () => ({ documents: 0, meetings: 0 }));
}

function sumCounts(months: OfficeOutputCounts[]): OfficeOutputCounts {
  return months.reduce((t, m) => ({ documents: t.documents + m.documents, meetings: t.meetings + m.meetings }), { documents: 0, meetings: 0 });
}

/**
 * 精文减会 figures: documents and meetings per unit and month. Every unit under the node has a
 * row, zeros included; entries of a node above the units (the 工委's own) get a row of their own.
 */
export async function officeOutputMonthly(ctx: AppContext, actor: Actor, query: OfficeOutputMonthlyQuery): Promise<OfficeOutputMonthly> {
  const node = await requireQueryNode(ctx, actor, query.nodeId);
  const [units, counts] = await Promise.all([findUnitsUnder(ctx.db, node.path), countMonthly(ctx.db, node.path, query.year)]);
  const rows = new Map<string, { nodeId: string; nodeName: string; months: OfficeOutputCounts[] }>();
  // Entries above the units come first, as the 工委's own line, then the units in their order.
  for (const c of counts) if (!units.some((u) => u.id === c.keyId)) rows.set(c.keyId, { nodeId: c.keyId, nodeName: c.keyName, months: emptyMonths() });
  for (const u of units) rows.set(u.id, { nodeId: u.id, nodeName: u.name, months: emptyMonths() });
  for (const c of counts) {
    const month = rows.get(c.keyId)!.months[c.month - 1]!;
    if (c.kind === 'document') month.documents += c.count;
    else month.meetings += c.count;
  }
  const list: OfficeOutputMonthlyRow[] = [...rows.values()].map((r) => ({ ...r, total: sumCounts(r.months) }));
  const months = emptyMonths().map((_, i) => sumCounts(list.map((r) => r.months[i]!)));
  return { nodeId: node.id, nodeName: node.name, year: query.year, rows: list, months, total: sumCounts(months) };
}
