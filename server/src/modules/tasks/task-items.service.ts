import type { CreateTaskItemRequest, TaskItemDetail, TaskPlanKind, TaskPlanStatus, UpdateTaskItemRequest } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { type FieldError, versionConflict } from '../../errors';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { findNodesByIds } from '../org/org.repository';
import { todayOf } from '../people/people.service';
import { loadItemFor, loadPlanFor, mayHandleItem, mayWritePlan } from './task-access';
import { conflict, throwFieldErrors } from './task-errors';
import { presentEvent, presentItem, presentMilestone } from './task-items.presenter';
import {
  type TaskItemPlacedRow,
  countChildItems,
  countCopies,
  deleteItemRow,
  findAncestorIds,
  findEvents,
  findItemJoined,
  findLatestEvents,
  findMilestones,
  findPartners,
  findPeopleBrief,
  insertEvent,
  insertItem,
  nextSortOrder,
  replacePartners,
  updateItemRow,
} from './task-items.repository';

/** Who names the nodes and the person of an item, as checked against the plan it belongs to. */
export interface ItemPeopleAndNodes {
  parentItemId: string | null;
  leadNodeId: string | null;
  partnerNodeIds: readonly string[];
  responsiblePersonId: string | null;
}

interface PlanPlace {
  planId: string;
  planKind: string;
  planNodePath: string;
}

/**
 * 牵头 and 配合 lie within the plan's node (a 工委's plan may name its units), the 责任人 is a
 * person of the lead node's unit, a parent item is of the same plan and not the item's own descendant.
 */
export async function itemPlacementProblems(db: DbOrTx, place: PlanPlace, input: ItemPeopleAndNodes, itemId: string | null): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (input.parentItemId) {
    const parent = await findItemJoined(db, input.parentItemId);
    if (!parent || parent.item.planId !== place.planId) errors.push({ field: 'parentItemId', message: '上级任务不在本清单中' });
    else if (itemId && (input.parentItemId === itemId || (await findAncestorIds(db, input.parentItemId)).includes(itemId))) {
      errors.push({ field: 'parentItemId', message: '不能挂在自己或自己的下级任务下面' });
    }
  }
  const nodeIds = [...(input.leadNodeId ? [input.leadNodeId] : []), ...input.partnerNodeIds];
  const nodes = new Map((await findNodesByIds(db, [...new Set(nodeIds)])).map((n) => [n.id, n]));
  const inside = (id: string) => nodes.get(id)?.path.startsWith(place.planNodePath) ?? false;
  const lead = input.leadNodeId ? nodes.get(input.leadNodeId) : undefined;
  if (input.leadNodeId && !lead) errors.push({ field: 'leadNodeId', message: '组织不存在' });
  else if (input.leadNodeId && !inside(input.leadNodeId)) errors.push({ field: 'leadNodeId', message: '牵头科室/单位须在本清单所属组织之内' });
  const seen = new Set<string>();
  input.partnerNodeIds.forEach((id, i) => {
    const field = `partnerNodeIds.${i}`;
    if (seen.has(id)) errors.push({ field, message: '配合科室/单位重复' });
    else if (id === input.leadNodeId) errors.push({ field, message: '牵头科室/单位不必再列为配合' });
    else if (!nodes.has(id)) errors.push({ field, message: '组织不存在' });
    else if (!inside(id)) errors.push({ field, message: '配合科室/单位须在本清单所属组织之内' });
    seen.add(id);
  });
  if (input.responsiblePersonId) {
    const person = (await findPeopleBrief(db, [input.responsiblePersonId])).get(input.responsiblePersonId);
    if (!person) errors.push({ field: 'responsiblePersonId', message: '人员不存在' });
    else if (person.status !== 'active') errors.push({ field: 'responsiblePersonId', message: '该人员已调离' });
    else if (!lead) errors.push({ field: 'responsiblePersonId', message: '请先确定牵头科室/单位' });
    else if (!lead.unitId || lead.unitId !== person.unitId) errors.push({ field: 'responsiblePersonId', message: '责任人须为牵头科室/单位所在单位的人员' });
  }
  return errors;
}

/** The item with its milestones and its whole history, and what the reader may do with it. */
export async function itemDetail(db: DbOrTx, actor: Actor, row: TaskItemPlacedRow, today: string): Promise<TaskItemDetail> {
  const id = row.item.id;
  const [partners, milestones, events, completions] = await Promise.all([findPartners(db, [id]), findMilestones(db, [id]), findEvents(db, id), findLatestEvents(db, [id], 'completed')]);
  const list = milestones.get(id) ?? [];
  const mayWrite = mayWritePlan(actor, row.planNodePath);
  const completer = completions.get(id)?.actorUserId ?? null;
  return {
    ...presentItem(row, row.plan.kind, partners.get(id) ?? [], list, today),
    plan: {
      id: row.plan.id,
      title: row.plan.title,
      kind: row.plan.kind as TaskPlanKind,
      nodeName: row.planNodeName,
      nodeId: row.plan.nodeId,
      status: row.plan.status as TaskPlanStatus,
    },
    milestones: list.map((m) => presentMilestone(m, today)),
    events: events.map(presentEvent),
    mayHandle: row.plan.kind !== 'guidance' && mayHandleItem(actor, row),
    mayVerify: mayWrite && row.item.status === 'completed' && completer !== actor.userId,
    mayEdit: mayWrite,
  };
}

export async function getItem(ctx: AppContext, actor: Actor, id: string): Promise<TaskItemDetail> {
  return itemDetail(ctx.db, actor, await loadItemFor(ctx.db, actor, id, 'read'), todayOf(ctx));
}

/** One step of an item's history, by the actor, now. */
export function recordStep(db: DbOrTx, ctx: AppContext, actor: Actor, itemId: string, action: string, note: string | null): Promise<void> {
  return insertEvent(db, { itemId, action, actorUserId: actor.userId, actorName: actor.displayName, note, at: ctx.now() });
}

export async function createItem(ctx: AppContext, actor: Actor, planId: string, input: CreateTaskItemRequest): Promise<TaskItemDetail> {
  const today = todayOf(ctx);
  const id = await ctx.db.transaction(async (tx) => {
    const plan = await loadPlanFor(tx, actor, planId, 'write', today);
    const names: ItemPeopleAndNodes = {
      parentItemId: input.parentItemId ?? null,
      leadNodeId: input.leadNodeId ?? null,
      partnerNodeIds: input.partnerNodeIds ?? [],
      responsiblePersonId: input.responsiblePersonId ?? null,
    };
    const errors = await itemPlacementProblems(tx, { planId, planKind: plan.plan.kind, planNodePath: plan.nodePath }, names, null);
    // A 工委's guidance may leave the lead to each unit; every other list names who leads.
    if (!names.leadNodeId && plan.plan.kind !== 'guidance') errors.unshift({ field: 'leadNodeId', message: '请选择牵头科室/单位' });
    throwFieldErrors(errors);
    const item = await insertItem(tx, {
      planId,
      parentItemId: names.parentItemId,
      title: input.title,
      leadNodeId: names.leadNodeId,
      responsiblePersonId: names.responsiblePersonId,
      dueOn: input.dueOn,
      standard: input.standard,
      sortOrder: input.sortOrder ?? (await nextSortOrder(tx, planId)),
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    });
    await replacePartners(tx, item.id, names.partnerNodeIds);
    await recordStep(tx, ctx, actor, item.id, 'created', null);
    await auditAction(tx, actor, {
      action: 'task_item.create',
      objectType: 'task_item',
      objectId: item.id,
      objectLabel: `${plan.plan.title}：${input.title}`,
      scopePath: plan.nodePath,
      result: 'success',
      details: { planId, dueOn: input.dueOn, leadNodeId: names.leadNodeId },
    });
    return item.id;
  });
  return getItem(ctx, actor, id);
}

/** What changed, in words, for the history: who leads, who answers, by when, against what. */
async function describeChanges(db: DbOrTx, before: TaskItemPlacedRow, beforePartners: readonly string[], after: ItemPeopleAndNodes & { title: string; dueOn: string | null; standard: string | null }): Promise<string> {
  const b = before.item;
  const parts: string[] = [];
  if (after.title !== b.title) parts.push(`名称：${b.title} → ${after.title}`);
  if (after.dueOn !== b.dueOn) parts.push(`完成时限：${b.dueOn ?? '未定'} → ${after.dueOn ?? '未定'}`);
  if (after.standard !== b.standard) parts.push('工作标准已修改');
  if (after.leadNodeId !== b.leadNodeId || after.responsiblePersonId !== b.responsiblePersonId) {
    const nodes = new Map((await findNodesByIds(db, after.leadNodeId ? [after.leadNodeId] : [])).map((n) => [n.id, n.name]));
    const people = await findPeopleBrief(db, after.responsiblePersonId ? [after.responsiblePersonId] : []);
    if (after.leadNodeId !== b.leadNodeId) parts.push(`牵头：${before.leadNodeName ?? '未定'} → ${(after.leadNodeId && nodes.get(after.leadNodeId)) ?? '未定'}`);
    if (after.responsiblePersonId !== b.responsiblePersonId) {
      parts.push(`责任人：${before.responsiblePersonName ?? '未定'} → ${(after.responsiblePersonId && people.get(after.responsiblePersonId)?.name) || '未定'}`);
    }
  }
  if ([...after.partnerNodeIds].sort().join() !== [...beforePartners].sort().join()) parts.push('配合科室/单位已调整');
  if (after.parentItemId !== b.parentItemId) parts.push('上级任务已调整');
  return parts.join('；');
}

export async function updateItem(ctx: AppContext, actor: Actor, id: string, input: UpdateTaskItemRequest): Promise<TaskItemDetail> {
  await ctx.db.transaction(async (tx) => {
    const current = await loadItemFor(tx, actor, id, 'write');
    const i = current.item;
    if (i.status === 'verified' || i.status === 'dropped') throw conflict('已核验或已取消的任务不能修改');
    const partnersBefore = ((await findPartners(tx, [id])).get(id) ?? []).map((p) => p.nodeId);
    const names: ItemPeopleAndNodes = {
      parentItemId: input.parentItemId === undefined ? i.parentItemId : input.parentItemId,
      leadNodeId: input.leadNodeId === undefined ? i.leadNodeId : input.leadNodeId,
      partnerNodeIds: input.partnerNodeIds ?? partnersBefore,
      responsiblePersonId: input.responsiblePersonId === undefined ? i.responsiblePersonId : input.responsiblePersonId,
    };
    const errors = await itemPlacementProblems(tx, { planId: i.planId, planKind: current.plan.kind, planNodePath: current.planNodePath }, names, id);
    if (input.leadNodeId === null && current.plan.kind !== 'guidance') errors.unshift({ field: 'leadNodeId', message: '请选择牵头科室/单位' });
    throwFieldErrors(errors);
    const after = { ...names, title: input.title ?? i.title, dueOn: input.dueOn ?? i.dueOn, standard: input.standard ?? i.standard };
    const note = await describeChanges(tx, current, partnersBefore, after);
    const updated = await updateItemRow(
      tx,
      id,
      input.version,
      {
        parentItemId: names.parentItemId,
        leadNodeId: names.leadNodeId,
        responsiblePersonId: names.responsiblePersonId,
        title: after.title,
        dueOn: after.dueOn,
        standard: after.standard,
        ...(input.sortOrder === undefined ? {} : { sortOrder: input.sortOrder }),
      },
      ctx.now(),
    );
    if (!updated) throw versionConflict();
    if (input.partnerNodeIds !== undefined) await replacePartners(tx, id, names.partnerNodeIds);
    if (note) await recordStep(tx, ctx, actor, id, 'updated', note);
    await auditAction(tx, actor, {
      action: 'task_item.update',
      objectType: 'task_item',
      objectId: id,
      objectLabel: `${current.plan.title}：${after.title}`,
      scopePath: current.planNodePath,
      result: 'success',
      details: { fields: Object.keys(input).filter((k) => k !== 'version'), change: note },
    });
  });
  return getItem(ctx, actor, id);
}

/** Steps that show work was done on an item (planning it is not). */
const WORK_STEPS = new Set(['progress', 'completed', 'rejected', 'verified', 'dropped', 'milestone_done']);

/**
 * Only an item nobody has worked on goes. Reported work stays for 责任倒查, and an item taken
 * from a guidance is dropped with a reason instead, so the 工委 sees why.
 */
export async function deleteItem(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const current = await loadItemFor(tx, actor, id, 'write');
    if (current.item.sourceItemId) throw conflict('由重点任务指引转化的任务不能删除；不采纳请“取消”并说明理由');
    if ((await countCopies(tx, id)) > 0) throw conflict('已有单位转化了这项任务，不能删除');
    if ((await countChildItems(tx, id)) > 0) throw conflict('还有下级任务，请先删除下级任务');
    const worked = (await findEvents(tx, id)).some((e) => WORK_STEPS.has(e.action));
    if (worked) throw conflict('任务已有进展记录，不能删除；不再推进请“取消”并说明理由');
    await deleteItemRow(tx, id);
    await auditAction(tx, actor, {
      action: 'task_item.delete',
      objectType: 'task_item',
      objectId: id,
      objectLabel: `${current.plan.title}：${current.item.title}`,
      scopePath: current.planNodePath,
      result: 'success',
      details: { planId: current.item.planId },
    });
  });
}

