import type { DirectiveCompleteRequest, DirectiveDetail, DirectiveRejectRequest, DirectiveReportRequest, DirectiveStepRequest, DirectiveUrgeRequest } from '@mofan/shared';
import type { AppContext } from '../../context';
import { forbidden, invalidField } from '../../errors';
import type { Actor } from '../access/access.types';
import { leadOf, loadDirective, requireVersion, writeStep } from './directive-step';
import { notifyRobot, urgingMessage } from './directive-robot';
import { getDirective } from './directives.service';
import { handledAssignees, requireHandleLead, requireStep, requireSupervise } from './directives.rules';

/**
 * The steps of a 督办件 after 立项: 交办 (supervisor) → 签收 (承办) → 办理 with progress reports
 * (承办 or 协办) → 办结 (承办) → 审核: 销号, or back to 办理 with the reason; and 催办 on the way.
 * Each step is a history event with its actor and time, and an audit entry.
 */

export async function assignDirective(ctx: AppContext, actor: Actor, id: string, input: DirectiveStepRequest): Promise<DirectiveDetail> {
  await ctx.db.transaction(async (tx) => {
    const d = await loadDirective(tx, actor, id, true);
    requireSupervise(actor, d);
    requireVersion(d, input.version);
    requireStep(d.status, 'assign');
    await writeStep(ctx, tx, actor, d, {
      action: 'assigned',
      audit: 'directive.assign',
      toStatus: 'assigned',
      fields: { assignedAt: ctx.now() },
      nodeId: d.directive.supervisorNodeId,
      note: input.note ?? null,
      details: { leadNodeId: leadOf(d).nodeId },
    });
  });
  return getDirective(ctx, actor, id);
}

export async function signDirective(ctx: AppContext, actor: Actor, id: string, input: DirectiveStepRequest): Promise<DirectiveDetail> {
  await ctx.db.transaction(async (tx) => {
    const d = await loadDirective(tx, actor, id, true);
    requireHandleLead(actor, d);
    requireVersion(d, input.version);
    requireStep(d.status, 'sign');
    await writeStep(ctx, tx, actor, d, { action: 'signed', audit: 'directive.sign', toStatus: 'signed', fields: { signedAt: ctx.now() }, nodeId: leadOf(d).nodeId, note: input.note ?? null });
  });
  return getDirective(ctx, actor, id);
}

/** A progress report of the 承办 or a 协办 node; the first one starts 办理. */
export async function reportProgress(ctx: AppContext, actor: Actor, id: string, input: DirectiveReportRequest): Promise<DirectiveDetail> {
  await ctx.db.transaction(async (tx) => {
    const d = await loadDirective(tx, actor, id, true);
    const handled = handledAssignees(actor, d.assignees);
    if (handled.length === 0) throw forbidden('只有承办、协办单位（科室）可以报告进展');
    let node = handled[0]!;
    if (input.nodeId) {
      const named = d.assignees.find((a) => a.nodeId === input.nodeId);
      if (!named) throw invalidField('nodeId', '不是该督办件的承办或协办单位');
      if (!handled.includes(named)) throw forbidden('不能以其他单位（科室）的名义报告进展');
      node = named;
    }
    requireVersion(d, input.version);
    requireStep(d.status, 'report');
    await writeStep(ctx, tx, actor, d, { action: 'reported', audit: 'directive.report', toStatus: 'in_progress', nodeId: node.nodeId, note: input.text, details: { role: node.role } });
  });
  return getDirective(ctx, actor, id);
}

export async function completeDirective(ctx: AppContext, actor: Actor, id: string, input: DirectiveCompleteRequest): Promise<DirectiveDetail> {
  await ctx.db.transaction(async (tx) => {
    const d = await loadDirective(tx, actor, id, true);
    requireHandleLead(actor, d);
    requireVersion(d, input.version);
    requireStep(d.status, 'complete');
    await writeStep(ctx, tx, actor, d, { action: 'completed', audit: 'directive.complete', toStatus: 'completed', fields: { completedAt: ctx.now() }, nodeId: leadOf(d).nodeId, note: input.result });
  });
  return getDirective(ctx, actor, id);
}

/** 审核通过: 销号. */
export async function acceptDirective(ctx: AppContext, actor: Actor, id: string, input: DirectiveStepRequest): Promise<DirectiveDetail> {
  await ctx.db.transaction(async (tx) => {
    const d = await loadDirective(tx, actor, id, true);
    requireSupervise(actor, d);
    requireVersion(d, input.version);
    requireStep(d.status, 'accept');
    await writeStep(ctx, tx, actor, d, { action: 'closed', audit: 'directive.close', toStatus: 'closed', fields: { closedAt: ctx.now() }, nodeId: d.directive.supervisorNodeId, note: input.note ?? null });
  });
  return getDirective(ctx, actor, id);
}

/** 审核退回: back to 办理 with the reason; its limit and light count again. */
export async function rejectDirective(ctx: AppContext, actor: Actor, id: string, input: DirectiveRejectRequest): Promise<DirectiveDetail> {
  await ctx.db.transaction(async (tx) => {
    const d = await loadDirective(tx, actor, id, true);
    requireSupervise(actor, d);
    requireVersion(d, input.version);
    requireStep(d.status, 'reject');
    await writeStep(ctx, tx, actor, d, { action: 'rejected', audit: 'directive.reject', toStatus: 'in_progress', fields: { completedAt: null }, nodeId: d.directive.supervisorNodeId, note: input.reason });
  });
  return getDirective(ctx, actor, id);
}

/** 催办: in the handlers' reminders until they answer, and pushed to the group robot when one is set. */
export async function urgeDirective(ctx: AppContext, actor: Actor, id: string, input: DirectiveUrgeRequest): Promise<DirectiveDetail> {
  const urged = await ctx.db.transaction(async (tx) => {
    const d = await loadDirective(tx, actor, id, true);
    requireSupervise(actor, d);
    requireVersion(d, input.version);
    requireStep(d.status, 'urge');
    const row = await writeStep(ctx, tx, actor, d, { action: 'urged', audit: 'directive.urge', nodeId: d.directive.supervisorNodeId, note: input.note });
    return { row, lead: leadOf(d).nodeName };
  });
  void notifyRobot(ctx, urgingMessage({ ...urged.row, leadNodeName: urged.lead, urgedBy: actor.displayName, note: input.note }));
  return getDirective(ctx, actor, id);
}
