import type {
  CreateMajorDecisionRequest,
  MajorDecision,
  MajorDecisionExportQuery,
  MajorDecisionListQuery,
  MajorDecisionPage,
  MajorDecisionViewInput,
  UpdateMajorDecisionRequest,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, type FieldError, invalidField, notFound, versionConflict } from '../../errors';
import { requirePermissionAt } from '../access/access.rules';
import type { Actor, Scope } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { todayOf } from '../people/people.service';
import { requireIntegrityReadAt, requireIntegrityReader } from './integrity-access';
import { lastWordErrors } from './major-decision-views';
import { buildMajorDecisionLog } from './major-decisions-workbook';
import { presentMajorDecision } from './major-decisions.presenter';
import {
  type MajorDecisionFilter,
  type MajorDecisionJoinedRow,
  deleteMajorDecisionRow,
  findMajorDecisionJoined,
  findMajorDecisions,
  findMajorDecisionsForExport,
  findPeopleBrief,
  findViewsOf,
  insertMajorDecision,
  replaceViews,
  updateMajorDecisionRow,
} from './major-decisions.repository';

const EXPORT_MAX_ROWS = 10_000;

interface ViewToStore {
  seq: number;
  personId: string | null;
  personName: string;
  principal: boolean;
  view: string;
}

/** The unit that decided, where the actor keeps the log. */
async function placeDecision(db: DbOrTx, actor: Actor, unitId: string): Promise<OrgNodeRow> {
  const unit = await findNodeById(db, unitId);
  if (!unit) throw invalidField('unitId', '单位不存在');
  if (unit.kind !== 'unit') throw invalidField('unitId', '三重一大事项由单位集体决策，请选择单位');
  requirePermissionAt(actor, 'integrity.write', unit.path);
  return unit;
}

/**
 * The views as stored, in the order spoken: each a person of the unit (named as the roster
 * names them) or a typed name, once each, and the 末位表态 rule over all of them.
 */
async function viewsToStore(db: DbOrTx, unit: OrgNodeRow, views: readonly MajorDecisionViewInput[], errors: FieldError[]): Promise<ViewToStore[]> {
  const people = await findPeopleBrief(db, [...new Set(views.flatMap((v) => (v.personId ? [v.personId] : [])))]);
  const seen = new Set<string>();
  const stored = views.map((v, i): ViewToStore => {
    let personName = v.name ?? '';
    if (v.personId) {
      const person = people.get(v.personId);
      if (!person) errors.push({ field: `views.${i}.personId`, message: '人员不存在' });
      else if (person.unitId !== unit.id) errors.push({ field: `views.${i}.personId`, message: '须为本单位人员；列席或外单位人员请直接填写姓名' });
      else if (seen.has(v.personId)) errors.push({ field: `views.${i}.personId`, message: '同一人员只表态一次' });
      else personName = person.name;
      seen.add(v.personId);
    } else if (!personName) {
      errors.push({ field: `views.${i}.name`, message: '请选择人员或填写姓名' });
    }
    return { seq: i + 1, personId: v.personId ?? null, personName, principal: v.principal, view: v.view };
  });
  errors.push(...lastWordErrors(views));
  return stored;
}

function throwIfAny(errors: FieldError[]): void {
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors.map((e) => `${e.field}：${e.message}`).join('；'), errors);
}

/** 404 when missing; 403 unless the actor reads (or, for `write`, keeps) the log of the unit. */
async function loadDecision(db: DbOrTx, actor: Actor, id: string, write: boolean): Promise<MajorDecisionJoinedRow> {
  const row = await findMajorDecisionJoined(db, id, write);
  if (!row) throw notFound('三重一大决策记录');
  if (write) requirePermissionAt(actor, 'integrity.write', row.unitPath);
  else requireIntegrityReadAt(actor, row.unitPath);
  return row;
}

function labelOf(d: { decidedOn: string; matter: string }): string {
  return `${d.decidedOn} ${d.matter}`;
}

export async function getMajorDecision(ctx: AppContext, actor: Actor, id: string): Promise<MajorDecision> {
  const row = await loadDecision(ctx.db, actor, id, false);
  const views = await findViewsOf(ctx.db, [id]);
  return presentMajorDecision(row, views.get(id) ?? []);
}

async function filterOf(ctx: AppContext, actor: Actor, query: MajorDecisionExportQuery): Promise<{ scope: Scope; filter: MajorDecisionFilter }> {
  const scope = requireIntegrityReader(actor);
  let nodePath: string | undefined;
  if (query.nodeId) {
    const node = await findNodeById(ctx.db, query.nodeId);
    if (!node) throw notFound('组织');
    requireIntegrityReadAt(actor, node.path);
    nodePath = node.path;
  }
  if (query.from && query.to && query.from > query.to) throw invalidField('to', '截止日期不能早于起始日期');
  return { scope, filter: { nodePath, category: query.category, from: query.from, to: query.to, q: query.q } };
}

export async function listMajorDecisions(ctx: AppContext, actor: Actor, query: MajorDecisionListQuery): Promise<MajorDecisionPage> {
  const { scope, filter } = await filterOf(ctx, actor, query);
  const { rows, total } = await findMajorDecisions(ctx.db, scope, filter, query.page, query.pageSize);
  const views = await findViewsOf(ctx.db, rows.map((r) => r.decision.id));
  return { items: rows.map((r) => presentMajorDecision(r, views.get(r.decision.id) ?? [])), total, page: query.page, pageSize: query.pageSize };
}

export async function majorDecisionLogXlsx(ctx: AppContext, actor: Actor, query: MajorDecisionExportQuery): Promise<{ buffer: Buffer; fileName: string }> {
  const { scope, filter } = await filterOf(ctx, actor, query);
  const rows = await findMajorDecisionsForExport(ctx.db, scope, filter, EXPORT_MAX_ROWS);
  const views = await findViewsOf(ctx.db, rows.map((r) => r.decision.id));
  return { buffer: await buildMajorDecisionLog(rows.map((r) => presentMajorDecision(r, views.get(r.decision.id) ?? []))), fileName: `三重一大决策记录（${todayOf(ctx)}）.xlsx` };
}

export async function createMajorDecision(ctx: AppContext, actor: Actor, input: CreateMajorDecisionRequest): Promise<MajorDecision> {
  const id = await ctx.db.transaction(async (tx) => {
    const unit = await placeDecision(tx, actor, input.unitId);
    const errors: FieldError[] = [];
    if (input.decidedOn > todayOf(ctx)) errors.push({ field: 'decidedOn', message: '决策日期不能晚于今天' });
    const views = await viewsToStore(tx, unit, input.views, errors);
    throwIfAny(errors);
    const at = ctx.now();
    const row = await insertMajorDecision(tx, {
      unitId: unit.id,
      category: input.category,
      matter: input.matter,
      decidedOn: input.decidedOn,
      meeting: input.meeting,
      decision: input.decision,
      createdByUserId: actor.userId,
      createdAt: at,
      updatedAt: at,
    });
    await replaceViews(tx, row.id, views);
    await auditAction(tx, actor, {
      action: 'major_decision.create',
      objectType: 'major_decision',
      objectId: row.id,
      objectLabel: labelOf(row),
      scopePath: unit.path,
      result: 'success',
      details: { category: row.category, views: views.length },
    });
    return row.id;
  });
  return getMajorDecision(ctx, actor, id);
}

export async function updateMajorDecision(ctx: AppContext, actor: Actor, id: string, input: UpdateMajorDecisionRequest): Promise<MajorDecision> {
  await ctx.db.transaction(async (tx) => {
    const current = await loadDecision(tx, actor, id, true);
    const d = current.decision;
    const unit = await placeDecision(tx, actor, input.unitId ?? d.unitId);
    if (d.version !== input.version) throw versionConflict();
    const errors: FieldError[] = [];
    if (input.decidedOn && input.decidedOn > todayOf(ctx)) errors.push({ field: 'decidedOn', message: '决策日期不能晚于今天' });
    // A move to another unit checks the stored views again: their people must belong to it.
    const given: readonly MajorDecisionViewInput[] | null =
      input.views ??
      (unit.id !== d.unitId
        ? (await findViewsOf(tx, [id])).get(id)!.map((v) => ({ personId: v.personId, name: v.personName, principal: v.principal, view: v.view }))
        : null);
    const views = given ? await viewsToStore(tx, unit, given, errors) : null;
    throwIfAny(errors);
    const { version: _version, views: _views, ...fields } = input;
    const updated = await updateMajorDecisionRow(tx, id, input.version, { ...fields, unitId: unit.id }, ctx.now());
    if (!updated) throw versionConflict();
    if (views) await replaceViews(tx, id, views);
    await auditAction(tx, actor, {
      action: 'major_decision.update',
      objectType: 'major_decision',
      objectId: id,
      objectLabel: labelOf(updated),
      scopePath: unit.path,
      result: 'success',
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
  });
  return getMajorDecision(ctx, actor, id);
}

export async function deleteMajorDecision(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const current = await loadDecision(tx, actor, id, true);
    await deleteMajorDecisionRow(tx, id);
    await auditAction(tx, actor, {
      action: 'major_decision.delete',
      objectType: 'major_decision',
      objectId: id,
      objectLabel: labelOf(current.decision),
      scopePath: current.unitPath,
      result: 'success',
      details: { category: current.decision.category },
    });
  });
}
