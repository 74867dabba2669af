import type { CreateTaskPlanRequest, TaskPlanDetail, TaskPlanKind, TaskPlanListQuery, TaskPlanPage, UpdateTaskPlanRequest } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { forbidden, invalidField, versionConflict } from '../../errors';
import { requirePermission, requirePermissionAt, scopeCovers, scopeOf } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { findNodeById } from '../org/org.repository';
import { todayOf } from '../people/people.service';
import { type ParentShape, planShapeProblems } from './plan-nesting';
import { loadPlanFor, mayWritePlan } from './task-access';
import { conflict, throwFieldErrors } from './task-errors';
import { presentItem } from './task-items.presenter';
import { findItemsOfPlan, findMilestones, findPartners } from './task-items.repository';
import { presentPlanSummary } from './task-plans.presenter';
import { type TaskPlanJoinedRow, deletePlanRow, findChildPlans, findPlanJoined, findPlans, insertPlan, updatePlanRow } from './task-plans.repository';

function parentShapeOf(row: TaskPlanJoinedRow): ParentShape {
  return { id: row.plan.id, kind: row.plan.kind as TaskPlanKind, year: row.plan.year, nodePath: row.nodePath };
}

async function loadParent(db: DbOrTx, parentPlanId: string | null | undefined, today: string): Promise<TaskPlanJoinedRow | null> {
  if (!parentPlanId) return null;
  const parent = await findPlanJoined(db, parentPlanId, today);
  if (!parent) throw invalidField('parentPlanId', '上级规划不存在');
  return parent;
}

/** A plan with its items (partners and milestone dates included), the plans hung under it, and what the reader may do. */
export async function planDetail(db: DbOrTx, actor: Actor, row: TaskPlanJoinedRow, today: string): Promise<TaskPlanDetail> {
  const items = await findItemsOfPlan(db, row.plan.id);
  const ids = items.map((i) => i.item.id);
  const [partners, milestones, children] = await Promise.all([findPartners(db, ids), findMilestones(db, ids), findChildPlans(db, row.plan.id)]);
  return {
    ...presentPlanSummary(row),
    items: items.map((i) => presentItem(i, row.plan.kind, partners.get(i.item.id) ?? [], milestones.get(i.item.id) ?? [], today)),
    childPlans: children.map((c) => ({
      id: c.plan.id,
      title: c.plan.title,
      kind: c.plan.kind as TaskPlanKind,
      nodeName: c.nodeName,
      year: c.plan.year,
      month: c.plan.month,
      status: c.plan.status as TaskPlanDetail['status'],
    })),
    mayWrite: mayWritePlan(actor, row.nodePath),
    mayOversee: scopeCovers(scopeOf(actor, 'tasks.read'), row.nodePath),
  };
}

export async function listPlans(ctx: AppContext, actor: Actor, query: TaskPlanListQuery): Promise<TaskPlanPage> {
  const scope = requirePermission(actor, 'tasks.read');
  let nodePath: string | undefined;
  if (query.nodeId) {
    const node = await findNodeById(ctx.db, query.nodeId);
    if (!node) throw invalidField('nodeId', '组织不存在');
    if (!scopeCovers(scope, node.path)) throw forbidden();
    nodePath = node.path;
  }
  const today = todayOf(ctx);
  const { rows, total } = await findPlans(ctx.db, scope, { nodePath, kind: query.kind, year: query.year }, today, query.page, query.pageSize);
  return { items: rows.map(presentPlanSummary), total, page: query.page, pageSize: query.pageSize };
}

export async function getPlan(ctx: AppContext, actor: Actor, id: string): Promise<TaskPlanDetail> {
  const today = todayOf(ctx);
  return planDetail(ctx.db, actor, await loadPlanFor(ctx.db, actor, id, 'read', today), today);
}

export async function createPlan(ctx: AppContext, actor: Actor, input: CreateTaskPlanRequest): Promise<TaskPlanDetail> {
  const today = todayOf(ctx);
  const id = await ctx.db.transaction(async (tx) => {
    const node = await findNodeById(tx, input.nodeId);
    if (!node) throw invalidField('nodeId', '组织不存在');
    requirePermissionAt(actor, 'tasks.write', node.path);
    const parent = await loadParent(tx, input.parentPlanId, today);
    const month = input.month ?? null;
    throwFieldErrors(planShapeProblems({ kind: input.kind, year: input.year, month, nodeKind: node.kind, nodePath: node.path }, parent && parentShapeOf(parent)));
    const plan = await insertPlan(tx, {
      nodeId: node.id,
      kind: input.kind,
      title: input.title,
      year: input.year,
      month,
      parentPlanId: parent?.plan.id ?? null,
      createdByUserId: actor.userId,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    });
    await auditAction(tx, actor, {
      action: 'task_plan.create',
      objectType: 'task_plan',
      objectId: plan.id,
      objectLabel: `${node.name}：${input.title}`,
      scopePath: node.path,
      result: 'success',
      details: { kind: input.kind, year: input.year, month, parentPlanId: plan.parentPlanId },
    });
    return plan.id;
  });
  return getPlan(ctx, actor, id);
}

export async function updatePlan(ctx: AppContext, actor: Actor, id: string, input: UpdateTaskPlanRequest): Promise<TaskPlanDetail> {
  const today = todayOf(ctx);
  await ctx.db.transaction(async (tx) => {
    const current = await loadPlanFor(tx, actor, id, 'write', today);
    const p = current.plan;
    const kind = p.kind as TaskPlanKind;
    const parentPlanId = input.parentPlanId === undefined ? p.parentPlanId : input.parentPlanId;
    if (parentPlanId === id) throw invalidField('parentPlanId', '不能挂在自己下面');
    const parent = await loadParent(tx, parentPlanId, today);
    const year = input.year ?? p.year ?? Number(today.slice(0, 4));
    const shape = { kind, year, month: input.month === undefined ? p.month : input.month, nodeKind: current.nodeKind, nodePath: current.nodePath };
    throwFieldErrors(planShapeProblems(shape, parent && parentShapeOf(parent)));
    // The plans hung under this one must still fit its years.
    for (const child of await findChildPlans(tx, id)) {
      const childShape = { kind: child.plan.kind as TaskPlanKind, year: child.plan.year ?? shape.year, month: child.plan.month, nodeKind: child.nodeKind, nodePath: child.nodePath };
      if (planShapeProblems(childShape, { id, kind, year: shape.year, nodePath: current.nodePath }).length > 0) {
        throw invalidField('year', `挂在其下的《${child.plan.title}》将不在本规划的年度范围内`);
      }
    }
    const updated = await updatePlanRow(
      tx,
      id,
      input.version,
      {
        ...(input.title === undefined ? {} : { title: input.title }),
        year: shape.year,
        month: shape.month,
        parentPlanId: parent?.plan.id ?? null,
      },
      ctx.now(),
    );
    if (!updated) throw versionConflict();
    await auditAction(tx, actor, {
      action: 'task_plan.update',
      objectType: 'task_plan',
      objectId: id,
      objectLabel: `${current.nodeName}：${updated.title}`,
      scopePath: current.nodePath,
      result: 'success',
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
  });
  return getPlan(ctx, actor, id);
}

/** draft → issued: the plan is in force (a guidance becomes visible to the units below, who localise it). */
export async function issuePlan(ctx: AppContext, actor: Actor, id: string, version: number): Promise<TaskPlanDetail> {
  const today = todayOf(ctx);
  await ctx.db.transaction(async (tx) => {
    const current = await loadPlanFor(tx, actor, id, 'write', today);
    if (current.plan.status !== 'draft') throw conflict('该清单已下发');
    if (current.itemCount === 0) throw conflict('清单还没有任务，不能下发');
    const updated = await updatePlanRow(tx, id, version, { status: 'issued', issuedAt: ctx.now() }, ctx.now());
    if (!updated) throw versionConflict();
    await auditAction(tx, actor, {
      action: 'task_plan.issue',
      objectType: 'task_plan',
      objectId: id,
      objectLabel: `${current.nodeName}：${current.plan.title}`,
      scopePath: current.nodePath,
      result: 'success',
      details: { kind: current.plan.kind, items: current.itemCount },
    });
  });
  return getPlan(ctx, actor, id);
}

/** Only a draft goes: an issued plan carries the history that 责任倒查 reads. */
export async function deletePlan(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const today = todayOf(ctx);
  await ctx.db.transaction(async (tx) => {
    const current = await loadPlanFor(tx, actor, id, 'write', today);
    if (current.plan.status !== 'draft') throw conflict('已下发的清单不能删除，其任务的全过程记录须留存');
    if ((await findChildPlans(tx, id)).length > 0) throw conflict('还有挂在其下的规划，请先删除或改挂');
    await deletePlanRow(tx, id);
    await auditAction(tx, actor, {
      action: 'task_plan.delete',
      objectType: 'task_plan',
      objectId: id,
      objectLabel: `${current.nodeName}：${current.plan.title}`,
      scopePath: current.nodePath,
      result: 'success',
      details: { kind: current.plan.kind, items: current.itemCount },
    });
  });
}
