import type { RectificationAcceptRequest, RectificationDetail, RectificationReopenRequest, RectificationTextRequest } from '@mofan/shared';
import type { AppContext } from '../../context';
import { versionConflict } from '../../errors';
import type { Actor } from '../access/access.types';
import { requireHandle, requireSupervise } from './inspection-access';
import { updateProblemRow } from './problems.repository';
import { requireRectificationStep } from './rectification-rules';
import { getRectification, loadRectification, requireRectificationVersion, writeRectificationStep } from './rectifications.service';

/**
 * The closed loop of a 整改 after it is handed over: progress and evidence (text; photos are never
 * required) and the submission by the responsible side; verification by the supervising side —
 * accepted, the 整改 and its problem are 销号; reopened, with the reason, it runs again. Every step
 * is a history event with its actor and time, and an audit entry.
 */

type TextStep = 'progress' | 'evidence' | 'submit';

const TEXT_STEPS: Record<TextStep, { event: 'progress' | 'evidence' | 'submitted'; audit: string }> = {
  progress: { event: 'progress', audit: 'rectification.progress' },
  evidence: { event: 'evidence', audit: 'rectification.evidence' },
  submit: { event: 'submitted', audit: 'rectification.submit' },
};

async function handleStep(ctx: AppContext, actor: Actor, id: string, step: TextStep, input: RectificationTextRequest): Promise<RectificationDetail> {
  await ctx.db.transaction(async (tx) => {
    const r = await loadRectification(tx, actor, id, true);
    requireHandle(actor, r.place);
    requireRectificationVersion(r, input.version);
    requireRectificationStep(r.status, step);
    const { event, audit } = TEXT_STEPS[step];
    await writeRectificationStep(ctx, tx, actor, r, {
      action: event,
      audit,
      note: input.text,
      ...(step === 'submit' ? { toStatus: 'submitted' as const, fields: { submittedAt: ctx.now() } } : {}),
    });
  });
  return getRectification(ctx, actor, id);
}

export function reportRectificationProgress(ctx: AppContext, actor: Actor, id: string, input: RectificationTextRequest): Promise<RectificationDetail> {
  return handleStep(ctx, actor, id, 'progress', input);
}

export function addRectificationEvidence(ctx: AppContext, actor: Actor, id: string, input: RectificationTextRequest): Promise<RectificationDetail> {
  return handleStep(ctx, actor, id, 'evidence', input);
}

export function submitRectification(ctx: AppContext, actor: Actor, id: string, input: RectificationTextRequest): Promise<RectificationDetail> {
  return handleStep(ctx, actor, id, 'submit', input);
}

/** 核验通过: the 整改 and its problem are 销号; the problem keeps its history. */
export async function acceptRectification(ctx: AppContext, actor: Actor, id: string, input: RectificationAcceptRequest): Promise<RectificationDetail> {
  await ctx.db.transaction(async (tx) => {
    const r = await loadRectification(tx, actor, id, true);
    requireSupervise(actor, r.place);
    requireRectificationVersion(r, input.version);
    requireRectificationStep(r.status, 'accept');
    const at = ctx.now();
    await writeRectificationStep(ctx, tx, actor, r, { action: 'accepted', audit: 'rectification.accept', toStatus: 'closed', fields: { closedAt: at }, note: input.note ?? null });
    if (!(await updateProblemRow(tx, r.row.problem.id, r.row.problem.version, { status: 'closed' }, at))) throw versionConflict();
  });
  return getRectification(ctx, actor, id);
}

/** 核验退回: back to 整改中 with the reason; its limit and light count again. */
export async function reopenRectification(ctx: AppContext, actor: Actor, id: string, input: RectificationReopenRequest): Promise<RectificationDetail> {
  await ctx.db.transaction(async (tx) => {
    const r = await loadRectification(tx, actor, id, true);
    requireSupervise(actor, r.place);
    requireRectificationVersion(r, input.version);
    requireRectificationStep(r.status, 'reopen');
    await writeRectificationStep(ctx, tx, actor, r, { action: 'reopened', audit: 'rectification.reopen', toStatus: 'in_progress', fields: { submittedAt: null }, note: input.reason });
  });
  return getRectification(ctx, actor, id);
}
