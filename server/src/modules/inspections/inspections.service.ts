import type { CompleteInspectionRequest, CreateInspectionRequest, InspectionAction, InspectionDetail, InspectionListQuery, InspectionPage, UpdateInspectionRequest } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, type FieldError, invalidField, notFound, versionConflict } from '../../errors';
import { requirePermissionAt } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { findNodeById, findNodesByIds, type OrgNodeRow } from '../org/org.repository';
import { todayOf } from '../people/people.service';
import { type InspectionPlace, type SupervisionReach, mayWriteInspection, reachOf, requireSeeInspection, requireSomeReach } from './inspection-access';
import { inspectionPlaceOf, presentInspectionDetail, presentInspectionSummary } from './inspections.presenter';
import {
  type InspectionFilter,
  type InspectionHead,
  type InspectorRow,
  type TargetRow,
  countAllProblemsOf,
  countVisibleProblems,
  deleteInspectionRow,
  findActiveUsers,
  findInspectionHead,
  findInspections,
  findInspectors,
  findProblemNodePaths,
  findTargets,
  findUserName,
  insertInspection,
  replaceInspectors,
  replaceTargets,
  updateInspectionRow,
} from './inspections.repository';

/** Checks are organised by a 工委 (city, 县区) or a unit or 科室 of the administrative tree. */
const ORGANIZER_KINDS = new Set(['city', 'district', 'system', 'unit', 'department']);
/** What is checked: units and their 科室. */
export const TARGET_KINDS = new Set(['unit', 'department']);

export interface LoadedInspection {
  head: InspectionHead;
  targets: TargetRow[];
  inspectors: InspectorRow[];
  place: InspectionPlace;
}

/** 404 when missing or hidden from the actor (an unannounced plan), 403 when out of reach. */
export async function loadInspection(db: DbOrTx, actor: Actor, id: string, lock = false): Promise<LoadedInspection> {
  const head = await findInspectionHead(db, id, lock);
  if (!head) throw notFound('督查');
  const [targets, inspectors] = await Promise.all([findTargets(db, [id]), findInspectors(db, [id])]);
  const loaded = { head, targets: targets.get(id) ?? [], inspectors: inspectors.get(id) ?? [] };
  const place = inspectionPlaceOf(head, loaded.targets, loaded.inspectors);
  requireSeeInspection(actor, place);
  return { ...loaded, place };
}

function requireWrite(actor: Actor, loaded: LoadedInspection): void {
  if (!mayWriteInspection(actor, loaded.place)) throw new AppError('FORBIDDEN', '只有组织检查的单位可以进行该操作');
}

function requirePlanned(loaded: LoadedInspection, what: string): void {
  if (loaded.head.inspection.status !== 'planned') throw new AppError('CONFLICT', `该检查已完成，不能${what}`);
}

export function inspectionLabel(i: { plannedOn: string; title: string }): string {
  return `${i.plannedOn} ${i.title}`;
}

function validationError(errors: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', errors.map((e) => `${e.field}：${e.message}`).join('；'), errors);
}

/** Targets are units or 科室 inside the organiser; inspectors are active accounts; none twice. */
async function checkPeopleAndPlaces(db: DbOrTx, organizerNode: OrgNodeRow, targetNodeIds: readonly string[] | undefined, inspectorUserIds: readonly string[] | undefined): Promise<void> {
  const errors: FieldError[] = [];
  if (targetNodeIds) {
    const nodes = new Map((await findNodesByIds(db, [...targetNodeIds])).map((n) => [n.id, n]));
    const seen = new Set<string>();
    targetNodeIds.forEach((id, i) => {
      const field = `targetNodeIds.${i}`;
      const node = nodes.get(id);
      if (seen.has(id)) errors.push({ field, message: '被检查单位重复' });
      else if (!node) errors.push({ field, message: '组织不存在' });
      else if (!TARGET_KINDS.has(node.kind)) errors.push({ field, message: '被检查的须为单位或内设科室' });
      else if (!node.path.startsWith(organizerNode.path)) errors.push({ field, message: `须在组织检查的“${organizerNode.name}”范围内` });
      seen.add(id);
    });
  }
  if (inspectorUserIds) {
    const active = await findActiveUsers(db, inspectorUserIds);
    const seen = new Set<string>();
    inspectorUserIds.forEach((id, i) => {
      const field = `inspectorUserIds.${i}`;
      if (seen.has(id)) errors.push({ field, message: '检查人员重复' });
      else if (!active.has(id)) errors.push({ field, message: '账号不存在或已停用' });
      seen.add(id);
    });
  }
  if (errors.length > 0) throw validationError(errors);
}

/** 暗访 (四不两直) is unannounced by definition; other forms are announced unless said otherwise. */
function unannouncedOf(kind: string, asked: boolean | undefined): boolean {
  if (kind === 'unannounced_visit') {
    if (asked === false) throw invalidField('unannounced', '暗访（四不两直）须不打招呼，不能设为预先通知');
    return true;
  }
  return asked ?? false;
}

function actionsOf(actor: Actor, loaded: LoadedInspection, allProblems: number): InspectionAction[] {
  if (!mayWriteInspection(actor, loaded.place)) return [];
  const planned = loaded.head.inspection.status === 'planned';
  const actions: InspectionAction[] = [];
  if (planned) actions.push('edit', 'complete');
  if (planned && allProblems === 0) actions.push('delete');
  actions.push('register_problem');
  return actions;
}

export async function getInspection(ctx: AppContext, actor: Actor, id: string): Promise<InspectionDetail> {
  const loaded = await loadInspection(ctx.db, actor, id);
  // Visibility is settled by the load: an inspector named on the check reads it without any role.
  const reach = reachOf(actor);
  const [visible, all, createdByName] = await Promise.all([countVisibleProblems(ctx.db, reach, [id]), countAllProblemsOf(ctx.db, id), findUserName(ctx.db, loaded.head.inspection.createdByUserId)]);
  return presentInspectionDetail(loaded.head, { targets: loaded.targets, inspectors: loaded.inspectors, problemCount: visible.get(id) ?? 0, createdByName, actions: actionsOf(actor, loaded, all) });
}

/** A node filter: 400 when it does not exist. */
export async function filterNodePath(db: DbOrTx, nodeId: string | undefined, field = 'nodeId'): Promise<string | undefined> {
  if (!nodeId) return undefined;
  const node = await findNodeById(db, nodeId);
  if (!node) throw invalidField(field, '组织不存在');
  return node.path;
}

export async function inspectionFilterOf(db: DbOrTx, query: Omit<InspectionListQuery, 'page' | 'pageSize'>): Promise<InspectionFilter> {
  if (query.plannedFrom && query.plannedTo && query.plannedFrom > query.plannedTo) throw invalidField('plannedTo', '截止日期不能早于起始日期');
  return { kind: query.kind, status: query.status, nodePath: await filterNodePath(db, query.nodeId), plannedFrom: query.plannedFrom, plannedTo: query.plannedTo, q: query.q };
}

export async function listInspections(ctx: AppContext, actor: Actor, query: InspectionListQuery): Promise<InspectionPage> {
  const reach = requireSomeReach(actor);
  const { rows, total } = await findInspections(ctx.db, reach, await inspectionFilterOf(ctx.db, query), query.page, query.pageSize);
  return { items: await summariesOf(ctx.db, reach, rows), total, page: query.page, pageSize: query.pageSize };
}

export async function summariesOf(db: DbOrTx, reach: SupervisionReach, rows: InspectionHead[]) {
  const ids = rows.map((r) => r.inspection.id);
  const [targets, inspectors, counts] = await Promise.all([findTargets(db, ids), findInspectors(db, ids), countVisibleProblems(db, reach, ids)]);
  return rows.map((r) => presentInspectionSummary(r, targets.get(r.inspection.id) ?? [], inspectors.get(r.inspection.id) ?? [], counts.get(r.inspection.id) ?? 0));
}

export async function createInspection(ctx: AppContext, actor: Actor, input: CreateInspectionRequest): Promise<InspectionDetail> {
  const id = await ctx.db.transaction(async (tx) => {
    const organizerNode = await findNodeById(tx, input.organizerNodeId);
    if (!organizerNode) throw invalidField('organizerNodeId', '组织不存在');
    requirePermissionAt(actor, 'inspections.write', organizerNode.path);
    if (!ORGANIZER_KINDS.has(organizerNode.kind)) throw invalidField('organizerNodeId', '检查须由工委、单位或科室组织');
    await checkPeopleAndPlaces(tx, organizerNode, input.targetNodeIds, input.inspectorUserIds);
    const unannounced = unannouncedOf(input.kind, input.unannounced);
    const at = ctx.now();
    const row = await insertInspection(tx, {
      organizerNodeId: organizerNode.id,
      kind: input.kind,
      title: input.title,
      subject: input.subject ?? null,
      unannounced,
      plannedOn: input.plannedOn,
      status: 'planned',
      createdByUserId: actor.userId,
      createdAt: at,
      updatedAt: at,
    });
    await replaceTargets(tx, row.id, input.targetNodeIds);
    await replaceInspectors(tx, row.id, [...new Set([actor.userId, ...input.inspectorUserIds])]);
    await auditAction(tx, actor, {
      action: 'inspection.create',
      objectType: 'inspection',
      objectId: row.id,
      objectLabel: inspectionLabel(row),
      scopePath: organizerNode.path,
      result: 'success',
      details: { kind: row.kind, unannounced, targets: input.targetNodeIds.length },
    });
    return row.id;
  });
  return getInspection(ctx, actor, id);
}

export async function updateInspection(ctx: AppContext, actor: Actor, id: string, input: UpdateInspectionRequest): Promise<InspectionDetail> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadInspection(tx, actor, id, true);
    requireWrite(actor, loaded);
    const i = loaded.head.inspection;
    if (i.version !== input.version) throw versionConflict();
    requirePlanned(loaded, '修改');
    const organizerNode = await findNodeById(tx, i.organizerNodeId);
    if (!organizerNode) throw notFound('组织检查的单位');
    await checkPeopleAndPlaces(tx, organizerNode, input.targetNodeIds, input.inspectorUserIds);
    if (input.targetNodeIds) {
      const kept = (await findNodesByIds(tx, input.targetNodeIds)).map((n) => n.path);
      const stranded = (await findProblemNodePaths(tx, id)).some((p) => !kept.some((k) => p.startsWith(k)));
      if (stranded) throw invalidField('targetNodeIds', '已登记问题所在的单位（科室）须仍在被检查范围内');
    }
    const kind = input.kind ?? i.kind;
    const unannounced = unannouncedOf(kind, input.unannounced ?? (input.kind === undefined ? i.unannounced : undefined));
    const updated = await updateInspectionRow(
      tx,
      id,
      input.version,
      {
        kind,
        unannounced,
        ...(input.title === undefined ? {} : { title: input.title }),
        ...(input.subject === undefined ? {} : { subject: input.subject }),
        ...(input.plannedOn === undefined ? {} : { plannedOn: input.plannedOn }),
      },
      ctx.now(),
    );
    if (!updated) throw versionConflict();
    if (input.targetNodeIds) await replaceTargets(tx, id, input.targetNodeIds);
    // The creator stays an inspector: whoever planned an unannounced check must keep seeing it.
    if (input.inspectorUserIds) await replaceInspectors(tx, id, [...new Set([...(i.createdByUserId ? [i.createdByUserId] : []), ...input.inspectorUserIds])]);
    await auditAction(tx, actor, {
      action: 'inspection.update',
      objectType: 'inspection',
      objectId: id,
      objectLabel: inspectionLabel(updated),
      scopePath: loaded.head.organizerPath,
      result: 'success',
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
  });
  return getInspection(ctx, actor, id);
}

/** 完成: the result is recorded, and the targets now see the check and what it found. */
export async function completeInspection(ctx: AppContext, actor: Actor, id: string, input: CompleteInspectionRequest): Promise<InspectionDetail> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadInspection(tx, actor, id, true);
    requireWrite(actor, loaded);
    if (loaded.head.inspection.version !== input.version) throw versionConflict();
    requirePlanned(loaded, '再次完成');
    const today = todayOf(ctx);
    const doneOn = input.doneOn ?? today;
    if (doneOn > today) throw invalidField('doneOn', '完成日期不能晚于今天');
    const updated = await updateInspectionRow(tx, id, input.version, { status: 'done', doneOn, result: input.result }, ctx.now());
    if (!updated) throw versionConflict();
    await auditAction(tx, actor, {
      action: 'inspection.complete',
      objectType: 'inspection',
      objectId: id,
      objectLabel: inspectionLabel(updated),
      scopePath: loaded.head.organizerPath,
      result: 'success',
      details: { doneOn },
    });
  });
  return getInspection(ctx, actor, id);
}

/** Only a plan with no problem registered yet. */
export async function deleteInspection(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadInspection(tx, actor, id, true);
    requireWrite(actor, loaded);
    requirePlanned(loaded, '删除');
    if ((await countAllProblemsOf(tx, id)) > 0) throw new AppError('CONFLICT', '该检查已登记问题，不能删除');
    await deleteInspectionRow(tx, id);
    await auditAction(tx, actor, {
      action: 'inspection.delete',
      objectType: 'inspection',
      objectId: id,
      objectLabel: inspectionLabel(loaded.head.inspection),
      scopePath: loaded.head.organizerPath,
      result: 'success',
      details: { kind: loaded.head.inspection.kind },
    });
  });
}
