import type {
  CreateIntegrityRiskRequest,
  IntegrityRisk,
  IntegrityRiskExportQuery,
  IntegrityRiskListQuery,
  IntegrityRiskPage,
  IntegrityRiskReviewRequest,
  UpdateIntegrityRiskRequest,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { invalidField, notFound, versionConflict } from '../../errors';
import { requirePermissionAt } from '../access/access.rules';
import type { Actor, Scope } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { todayOf } from '../people/people.service';
import { requireIntegrityReadAt, requireIntegrityReader } from './integrity-access';
import { buildIntegrityRiskRegister } from './integrity-risks-workbook';
import { presentIntegrityRisk } from './integrity-risks.presenter';
import {
  type IntegrityRiskFilter,
  type IntegrityRiskJoinedRow,
  deleteIntegrityRiskRow,
  findIntegrityRiskJoined,
  findIntegrityRisks,
  findIntegrityRisksForExport,
  insertIntegrityRisk,
  updateIntegrityRiskRow,
} from './integrity-risks.repository';

const EXPORT_MAX_ROWS = 10_000;

/** The unit or 科室 a risk point belongs to, where the actor keeps the register. */
async function placeRisk(db: DbOrTx, actor: Actor, nodeId: string): Promise<OrgNodeRow> {
  const node = await findNodeById(db, nodeId);
  if (!node) throw invalidField('nodeId', '组织不存在');
  if (node.tree !== 'admin') throw invalidField('nodeId', '廉政风险点属于单位或内设科室，请选择行政组织');
  requirePermissionAt(actor, 'integrity.write', node.path);
  return node;
}

/** 404 when missing; 403 unless the actor reads (or, for `write`, keeps) the register there. */
async function loadRisk(db: DbOrTx, actor: Actor, id: string, write: boolean): Promise<IntegrityRiskJoinedRow> {
  const row = await findIntegrityRiskJoined(db, id, write);
  if (!row) throw notFound('廉政风险点');
  if (write) requirePermissionAt(actor, 'integrity.write', row.nodePath);
  else requireIntegrityReadAt(actor, row.nodePath);
  return row;
}

function labelOf(r: { name: string; risk: string }): string {
  return `${r.name}：${r.risk.length > 40 ? `${r.risk.slice(0, 40)}…` : r.risk}`;
}

export async function getIntegrityRisk(ctx: AppContext, actor: Actor, id: string): Promise<IntegrityRisk> {
  return presentIntegrityRisk(await loadRisk(ctx.db, actor, id, false), todayOf(ctx));
}

async function filterOf(ctx: AppContext, actor: Actor, query: IntegrityRiskExportQuery, today: string): Promise<{ scope: Scope; filter: IntegrityRiskFilter }> {
  const scope = requireIntegrityReader(actor);
  let nodePath: string | undefined;
  if (query.nodeId) {
    const node = await findNodeById(ctx.db, query.nodeId);
    if (!node) throw notFound('组织');
    requireIntegrityReadAt(actor, node.path);
    nodePath = node.path;
  }
  const unreviewedSince = query.unreviewed === 'true' ? `${today.slice(0, 4)}-01-01` : undefined;
  return { scope, filter: { nodePath, scope: query.scope, level: query.level, unreviewedSince, q: query.q } };
}

export async function listIntegrityRisks(ctx: AppContext, actor: Actor, query: IntegrityRiskListQuery): Promise<IntegrityRiskPage> {
  const today = todayOf(ctx);
  const { scope, filter } = await filterOf(ctx, actor, query, today);
  const { rows, total, unreviewed } = await findIntegrityRisks(ctx.db, scope, filter, `${today.slice(0, 4)}-01-01`, query.page, query.pageSize);
  return { items: rows.map((r) => presentIntegrityRisk(r, today)), total, page: query.page, pageSize: query.pageSize, year: Number(today.slice(0, 4)), unreviewedCount: unreviewed };
}

export async function integrityRiskRegisterXlsx(ctx: AppContext, actor: Actor, query: IntegrityRiskExportQuery): Promise<{ buffer: Buffer; fileName: string }> {
  const today = todayOf(ctx);
  const { scope, filter } = await filterOf(ctx, actor, query, today);
  const rows = await findIntegrityRisksForExport(ctx.db, scope, filter, EXPORT_MAX_ROWS);
  return { buffer: await buildIntegrityRiskRegister(rows, today), fileName: `廉政风险点台账（${today}）.xlsx` };
}

export async function createIntegrityRisk(ctx: AppContext, actor: Actor, input: CreateIntegrityRiskRequest): Promise<IntegrityRisk> {
  const id = await ctx.db.transaction(async (tx) => {
    const node = await placeRisk(tx, actor, input.nodeId);
    const at = ctx.now();
    const row = await insertIntegrityRisk(tx, {
      nodeId: node.id,
      scope: input.scope,
      name: input.name,
      risk: input.risk,
      level: input.level,
      measures: input.measures,
      createdByUserId: actor.userId,
      createdAt: at,
      updatedAt: at,
    });
    await auditAction(tx, actor, {
      action: 'integrity_risk.create',
      objectType: 'integrity_risk',
      objectId: row.id,
      objectLabel: labelOf(row),
      scopePath: node.path,
      result: 'success',
      details: { scope: row.scope, level: row.level },
    });
    return row.id;
  });
  return getIntegrityRisk(ctx, actor, id);
}

export async function updateIntegrityRisk(ctx: AppContext, actor: Actor, id: string, input: UpdateIntegrityRiskRequest): Promise<IntegrityRisk> {
  await ctx.db.transaction(async (tx) => {
    const current = await loadRisk(tx, actor, id, true);
    const node = input.nodeId && input.nodeId !== current.risk.nodeId ? await placeRisk(tx, actor, input.nodeId) : null;
    if (current.risk.version !== input.version) throw versionConflict();
    const { version: _version, ...fields } = input;
    const updated = await updateIntegrityRiskRow(tx, id, input.version, { ...fields, nodeId: node?.id ?? current.risk.nodeId }, ctx.now());
    if (!updated) throw versionConflict();
    await auditAction(tx, actor, {
      action: 'integrity_risk.update',
      objectType: 'integrity_risk',
      objectId: id,
      objectLabel: labelOf(updated),
      scopePath: node?.path ?? current.nodePath,
      result: 'success',
      details: { fields: Object.keys(fields) },
    });
  });
  return getIntegrityRisk(ctx, actor, id);
}

/** The yearly review (年度复核): when, and what it concluded. */
export async function reviewIntegrityRisk(ctx: AppContext, actor: Actor, id: string, input: IntegrityRiskReviewRequest): Promise<IntegrityRisk> {
  await ctx.db.transaction(async (tx) => {
    const current = await loadRisk(tx, actor, id, true);
    if (current.risk.version !== input.version) throw versionConflict();
    if (input.reviewedOn > todayOf(ctx)) throw invalidField('reviewedOn', '复核日期不能晚于今天');
    const updated = await updateIntegrityRiskRow(tx, id, input.version, { reviewedOn: input.reviewedOn, reviewNote: input.note }, ctx.now());
    if (!updated) throw versionConflict();
    await auditAction(tx, actor, {
      action: 'integrity_risk.review',
      objectType: 'integrity_risk',
      objectId: id,
      objectLabel: labelOf(updated),
      scopePath: current.nodePath,
      result: 'success',
      details: { reviewedOn: input.reviewedOn },
    });
  });
  return getIntegrityRisk(ctx, actor, id);
}

export async function deleteIntegrityRisk(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const current = await loadRisk(tx, actor, id, true);
    await deleteIntegrityRiskRow(tx, id);
    await auditAction(tx, actor, {
      action: 'integrity_risk.delete',
      objectType: 'integrity_risk',
      objectId: id,
      objectLabel: labelOf(current.risk),
      scopePath: current.nodePath,
      result: 'success',
      details: { scope: current.risk.scope, level: current.risk.level },
    });
  });
}
