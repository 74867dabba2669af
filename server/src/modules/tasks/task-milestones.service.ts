/** Milestones of an item (时间倒排): proposed backwards from the deadline on the official calendar, then kept by hand. */
import type { CreateMilestonesRequest, MilestoneProposal, ProposeMilestonesRequest, TaskItemDetail, UpdateMilestoneRequest } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { type FieldError, invalidField, notFound } from '../../errors';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { loadWorkingCalendar } from '../calendar/calendar.repository';
import { todayOf } from '../people/people.service';
import { scheduleBackwards } from './backward-schedule';
import { loadItemFor } from './task-access';
import { conflict, onCalendar, throwFieldErrors } from './task-errors';
import { type TaskItemPlacedRow, type TaskMilestoneRow, deleteMilestoneRow, findMilestone, insertMilestones, nextMilestoneOrder, updateMilestoneRow } from './task-items.repository';
import { getItem, recordStep } from './task-items.service';

function assertPlannable(row: TaskItemPlacedRow): void {
  if (row.item.status === 'verified' || row.item.status === 'dropped') throw conflict('已核验或已取消的任务不能再调整节点');
}

function audit(db: DbOrTx, actor: Actor, action: string, row: TaskItemPlacedRow, objectId: string, label: string, details: Record<string, unknown>) {
  return auditAction(db, actor, {
    action,
    objectType: 'task_milestone',
    objectId,
    objectLabel: `${row.item.title}：${label}`,
    scopePath: row.planNodePath,
    result: 'success',
    details: { itemId: row.item.id, ...details },
  });
}

/** Proposes, writes nothing: the last step ends on the deadline, each earlier one where the next begins. */
export async function proposeMilestones(ctx: AppContext, actor: Actor, itemId: string, input: ProposeMilestonesRequest): Promise<MilestoneProposal> {
  const row = await loadItemFor(ctx.db, actor, itemId, 'handle');
  const dueOn = row.item.dueOn;
  if (!dueOn) throw invalidField('dueOn', '任务还没有完成时限，无法倒排');
  const calendar = await loadWorkingCalendar(ctx.db);
  const plan = onCalendar('steps', () => scheduleBackwards(calendar, dueOn, input.steps));
  return { dueOn, startOn: plan.startOn, startsBeforeToday: plan.startOn < todayOf(ctx), milestones: plan.milestones };
}

export async function createMilestones(ctx: AppContext, actor: Actor, itemId: string, input: CreateMilestonesRequest): Promise<TaskItemDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadItemFor(tx, actor, itemId, 'handle');
    assertPlannable(row);
    const dueOn = row.item.dueOn;
    const errors: FieldError[] = [];
    input.milestones.forEach((m, i) => {
      if (dueOn && m.dueOn > dueOn) errors.push({ field: `milestones.${i}.dueOn`, message: `节点不能晚于完成时限（${dueOn}）` });
    });
    throwFieldErrors(errors);
    const first = await nextMilestoneOrder(tx, itemId);
    await insertMilestones(
      tx,
      input.milestones.map((m, i) => ({ itemId, title: m.title, dueOn: m.dueOn, sortOrder: first + i })),
    );
    await recordStep(tx, ctx, actor, itemId, 'milestones_added', input.milestones.map((m) => `${m.title}（${m.dueOn}）`).join('、'));
    await audit(tx, actor, 'task_milestone.create', row, itemId, `${input.milestones.length}个节点`, { milestones: input.milestones });
  });
  return getItem(ctx, actor, itemId);
}

async function loadMilestoneFor(db: DbOrTx, actor: Actor, id: string): Promise<{ milestone: TaskMilestoneRow; row: TaskItemPlacedRow }> {
  const milestone = await findMilestone(db, id);
  if (!milestone) throw notFound('节点');
  const row = await loadItemFor(db, actor, milestone.itemId, 'handle');
  assertPlannable(row);
  return { milestone, row };
}

export async function updateMilestone(ctx: AppContext, actor: Actor, id: string, input: UpdateMilestoneRequest): Promise<TaskItemDetail> {
  let itemId = '';
  await ctx.db.transaction(async (tx) => {
    const { milestone, row } = await loadMilestoneFor(tx, actor, id);
    itemId = row.item.id;
    if (input.dueOn && row.item.dueOn && input.dueOn > row.item.dueOn) throw invalidField('dueOn', `节点不能晚于完成时限（${row.item.dueOn}）`);
    const doneOn = input.done === undefined ? milestone.doneOn : input.done ? (milestone.doneOn ?? todayOf(ctx)) : null;
    const updated = await updateMilestoneRow(tx, id, { title: input.title ?? milestone.title, dueOn: input.dueOn ?? milestone.dueOn, doneOn });
    if (!updated) throw notFound('节点');
    const changes: string[] = [];
    if (updated.title !== milestone.title) changes.push(`名称：${milestone.title} → ${updated.title}`);
    if (updated.dueOn !== milestone.dueOn) changes.push(`日期：${milestone.dueOn} → ${updated.dueOn}`);
    if (milestone.doneOn && !updated.doneOn) changes.push('取消完成');
    if (changes.length > 0) await recordStep(tx, ctx, actor, itemId, 'milestone_changed', `${updated.title}：${changes.join('；')}`);
    if (!milestone.doneOn && updated.doneOn) await recordStep(tx, ctx, actor, itemId, 'milestone_done', `${updated.title}（计划 ${updated.dueOn}，${updated.doneOn} 完成）`);
    await audit(tx, actor, 'task_milestone.update', row, id, updated.title, { fields: Object.keys(input), doneOn: updated.doneOn });
  });
  return getItem(ctx, actor, itemId);
}

export async function deleteMilestone(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { milestone, row } = await loadMilestoneFor(tx, actor, id);
    await deleteMilestoneRow(tx, id);
    await recordStep(tx, ctx, actor, row.item.id, 'milestone_deleted', `${milestone.title}（${milestone.dueOn}）`);
    await audit(tx, actor, 'task_milestone.delete', row, id, milestone.title, { dueOn: milestone.dueOn });
  });
}
