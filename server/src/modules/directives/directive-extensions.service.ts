import { type DirectiveDetail, type DirectiveExtensionDecisionRequest, type DirectiveExtensionRequest, DirectiveRuleError, checkDirectiveExtension, directiveEffectiveDueOn } from '@mofan/shared';
import type { AppContext } from '../../context';
import { AppError, invalidField, notFound } from '../../errors';
import type { Actor } from '../access/access.types';
import { loadWorkingCalendar } from '../calendar/calendar.repository';
import { leadOf, loadDirective, requireVersion, writeStep } from './directive-step';
import { getDirective } from './directives.service';
import { decideExtensionRow, findExtension, findPendingExtension, insertExtension } from './directives.repository';
import { requireHandleLead, requireStep, requireSupervise } from './directives.rules';

/**
 * The special extension (特殊情况不超过15个工作日): the 承办 asks for a later date with a reason,
 * the supervisor approves or refuses it. One request waits at a time; every one stays in the
 * history and the audit log.
 */

export async function requestExtension(ctx: AppContext, actor: Actor, id: string, input: DirectiveExtensionRequest): Promise<DirectiveDetail> {
  await ctx.db.transaction(async (tx) => {
    const d = await loadDirective(tx, actor, id, true);
    requireHandleLead(actor, d);
    requireVersion(d, input.version);
    requireStep(d.status, 'request_extension');
    if (await findPendingExtension(tx, id)) throw new AppError('CONFLICT', '已有一份延期申请待审批，审批后才能再申请');
    const r = d.directive;
    try {
      checkDirectiveExtension(await loadWorkingCalendar(tx), { registeredOn: r.registeredOn, currentDueOn: directiveEffectiveDueOn(r), requestedDueOn: input.requestedDueOn });
    } catch (error) {
      if (error instanceof DirectiveRuleError) throw invalidField(error.field, error.message);
      throw error;
    }
    const extension = await insertExtension(tx, { directiveId: id, requestedDueOn: input.requestedDueOn, reason: input.reason, status: 'pending', requestedByUserId: actor.userId, requestedAt: ctx.now() });
    await writeStep(ctx, tx, actor, d, {
      action: 'extension_requested',
      audit: 'directive.extension.request',
      nodeId: leadOf(d).nodeId,
      note: input.reason,
      details: { extensionId: extension.id, requestedDueOn: input.requestedDueOn, currentDueOn: directiveEffectiveDueOn(r) },
    });
  });
  return getDirective(ctx, actor, id);
}

async function decideExtension(ctx: AppContext, actor: Actor, id: string, extensionId: string, input: DirectiveExtensionDecisionRequest, approve: boolean): Promise<DirectiveDetail> {
  await ctx.db.transaction(async (tx) => {
    const d = await loadDirective(tx, actor, id, true);
    requireSupervise(actor, d);
    const extension = await findExtension(tx, id, extensionId);
    if (!extension) throw notFound('延期申请');
    requireVersion(d, input.version);
    if (extension.status !== 'pending') throw new AppError('CONFLICT', '该延期申请已审批');
    if (d.status === 'closed') throw new AppError('CONFLICT', '该督办件已销号，不能再审批延期');
    const note = input.note ?? null;
    if (!approve && !note) throw invalidField('note', '不予延期时请写明意见');
    const at = ctx.now();
    await decideExtensionRow(tx, extension.id, { status: approve ? 'approved' : 'rejected', decidedByUserId: actor.userId, decidedAt: at, decisionNote: note });
    await writeStep(ctx, tx, actor, d, {
      action: approve ? 'extension_approved' : 'extension_rejected',
      audit: approve ? 'directive.extension.approve' : 'directive.extension.reject',
      nodeId: d.directive.supervisorNodeId,
      note,
      details: { extensionId: extension.id, requestedDueOn: extension.requestedDueOn },
      ...(approve ? { fields: { extendedDueOn: extension.requestedDueOn } } : {}),
    });
  });
  return getDirective(ctx, actor, id);
}

export function approveExtension(ctx: AppContext, actor: Actor, id: string, extensionId: string, input: DirectiveExtensionDecisionRequest): Promise<DirectiveDetail> {
  return decideExtension(ctx, actor, id, extensionId, input, true);
}

export function rejectExtension(ctx: AppContext, actor: Actor, id: string, extensionId: string, input: DirectiveExtensionDecisionRequest): Promise<DirectiveDetail> {
  return decideExtension(ctx, actor, id, extensionId, input, false);
}
