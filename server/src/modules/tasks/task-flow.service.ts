/**
 * An item's way to done: progress reports, completion with its evidence, verification against
 * the 工作标准 by someone else who keeps the plan, who accepts it or sends it back with a reason.
 * Every step is written to the item's history with its actor and time (责任倒查).
 */
import type { CompleteTaskItemRequest, ReasonRequest, ReportProgressRequest, TaskItemDetail, VerifyTaskItemRequest } from '@mofan/shared';
import type { AppContext } from '../../context';
import { forbidden, versionConflict } from '../../errors';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { todayOf } from '../people/people.service';
import { loadItemFor } from './task-access';
import { conflict } from './task-errors';
import { findLatestEvents, updateItemRow, type TaskItemPlacedRow } from './task-items.repository';
import { getItem, recordStep } from './task-items.service';

/** A guidance's items are carried out in the units' own lists, not in the guidance. */
function assertNotGuidance(row: TaskItemPlacedRow): void {
  if (row.plan.kind === 'guidance') throw conflict('指引中的任务由各单位转化为本单位清单后推进');
}

function audit(tx: Parameters<typeof auditAction>[0], actor: Actor, action: string, row: TaskItemPlacedRow, details: Record<string, unknown>) {
  return auditAction(tx, actor, {
    action,
    objectType: 'task_item',
    objectId: row.item.id,
    objectLabel: `${row.plan.title}：${row.item.title}`,
    scopePath: row.planNodePath,
    result: 'success',
    details,
  });
}

export async function reportProgress(ctx: AppContext, actor: Actor, id: string, input: ReportProgressRequest): Promise<TaskItemDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadItemFor(tx, actor, id, 'handle');
    assertNotGuidance(row);
    if (row.item.status !== 'open') throw conflict('只有推进中的任务可以报告进展');
    await recordStep(tx, ctx, actor, id, 'progress', input.note);
    await audit(tx, actor, 'task_item.progress', row, { length: input.note.length });
  });
  return getItem(ctx, actor, id);
}

/** The lead reports it done, saying how the 工作标准 was met; photos are never required. */
export async function completeItem(ctx: AppContext, actor: Actor, id: string, input: CompleteTaskItemRequest): Promise<TaskItemDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadItemFor(tx, actor, id, 'handle');
    assertNotGuidance(row);
    if (row.item.status !== 'open') throw conflict('只有推进中的任务可以报告完成');
    const updated = await updateItemRow(tx, id, input.version, { status: 'completed', completedOn: todayOf(ctx), completionNote: input.note }, ctx.now());
    if (!updated) throw versionConflict();
    await recordStep(tx, ctx, actor, id, 'completed', input.note);
    await audit(tx, actor, 'task_item.complete', row, { completedOn: updated.completedOn });
  });
  return getItem(ctx, actor, id);
}

/** Verification is by someone who keeps the plan and did not report the completion. */
async function loadForVerification(tx: Parameters<typeof loadItemFor>[0], actor: Actor, id: string): Promise<TaskItemPlacedRow> {
  const row = await loadItemFor(tx, actor, id, 'write');
  if (row.item.status !== 'completed') throw conflict('只有待核验的任务可以核验');
  const completion = (await findLatestEvents(tx, [id], 'completed')).get(id);
  if (completion?.actorUserId === actor.userId) throw forbidden('不能核验自己报告完成的任务');
  return row;
}

export async function verifyItem(ctx: AppContext, actor: Actor, id: string, input: VerifyTaskItemRequest): Promise<TaskItemDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadForVerification(tx, actor, id);
    const updated = await updateItemRow(tx, id, input.version, { status: 'verified', verifiedByUserId: actor.userId, verifiedAt: ctx.now() }, ctx.now());
    if (!updated) throw versionConflict();
    await recordStep(tx, ctx, actor, id, 'verified', input.note ?? null);
    await audit(tx, actor, 'task_item.verify', row, { standard: row.item.standard });
  });
  return getItem(ctx, actor, id);
}

/** Not up to the 工作标准: back to open with the reason; the completion stays in the history. */
export async function rejectItem(ctx: AppContext, actor: Actor, id: string, input: ReasonRequest): Promise<TaskItemDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadForVerification(tx, actor, id);
    const updated = await updateItemRow(tx, id, input.version, { status: 'open', completedOn: null, completionNote: null }, ctx.now());
    if (!updated) throw versionConflict();
    await recordStep(tx, ctx, actor, id, 'rejected', input.reason);
    await audit(tx, actor, 'task_item.reject', row, { reason: input.reason });
  });
  return getItem(ctx, actor, id);
}

/** 取消 (for an item taken from a guidance: 不采纳), always with the reason the 工委 will read. */
export async function dropItem(ctx: AppContext, actor: Actor, id: string, input: ReasonRequest): Promise<TaskItemDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadItemFor(tx, actor, id, 'write');
    assertNotGuidance(row);
    if (row.item.status === 'verified' || row.item.status === 'dropped') throw conflict('已核验或已取消的任务不能取消');
    const updated = await updateItemRow(tx, id, input.version, { status: 'dropped' }, ctx.now());
    if (!updated) throw versionConflict();
    await recordStep(tx, ctx, actor, id, 'dropped', input.reason);
    await audit(tx, actor, 'task_item.drop', row, { reason: input.reason, sourceItemId: row.item.sourceItemId });
  });
  return getItem(ctx, actor, id);
}
