import type { PublicRequestClaimRequest, PublicRequestCloseRequest, PublicRequestDetail, PublicRequestRevisitRequest, PublicRequestSolveRequest } from '@mofan/shared';
import type { AppContext } from '../../context';
import { forbidden, invalidField } from '../../errors';
import { requirePermissionAt } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { findNodeById } from '../org/org.repository';
import { todayOf } from '../people/people.service';
import { findPersonBrief } from './public-requests.repository';
import { mayHandle, requireStep } from './public-requests.rules';
import { getPublicRequest } from './public-requests.service';
import { type LoadedRequest, loadRequest, requireVersion, writeStep } from './public-request-step';

/**
 * The closed loop after 了解需求: 认领问题 (a unit, 科室 or member takes it) → 解决问题 (the
 * solution, shown to the public) → 完善机制 (what changed in the way of working, required to
 * close); a dissatisfied reply from the public reopens it, and 回访 sends it back to 办理.
 */

function requireHandler(loaded: LoadedRequest): void {
  if (!mayHandle(loaded.reach, loaded.place)) throw forbidden('只有受理或认领单位可以办理该诉求');
}

export async function claimPublicRequest(ctx: AppContext, actor: Actor, id: string, input: PublicRequestClaimRequest): Promise<PublicRequestDetail> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadRequest(tx, actor, id, true);
    const node = await findNodeById(tx, input.nodeId);
    if (!node) throw invalidField('nodeId', '组织不存在');
    if (!node.path.startsWith(loaded.row.nodePath)) throw invalidField('nodeId', '认领单位须为受理组织本身或其下级单位、科室');
    requirePermissionAt(actor, 'requests.handle', node.path);
    if (input.personId) {
      const person = await findPersonBrief(tx, input.personId);
      if (!person) throw invalidField('personId', '人员不存在');
      if (person.status !== 'active') throw invalidField('personId', '该人员已调离');
      if (person.unitId !== node.unitId) throw invalidField('personId', '认领人须为认领单位（科室所在单位）的人员');
    }
    requireVersion(loaded, input.version);
    requireStep(loaded.place.status, 'claim');
    await writeStep(ctx, tx, actor, loaded, {
      action: 'claimed',
      audit: 'public_request.claim',
      toStatus: 'claimed',
      fields: { claimedNodeId: node.id, claimedPersonId: input.personId ?? null },
      note: input.note ?? null,
      details: { nodeId: node.id, personId: input.personId ?? null },
    });
  });
  return getPublicRequest(ctx, actor, id);
}

/** 解决问题: the solution and its date; a new round of feedback from the public may follow. */
export async function solvePublicRequest(ctx: AppContext, actor: Actor, id: string, input: PublicRequestSolveRequest): Promise<PublicRequestDetail> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadRequest(tx, actor, id, true);
    requireHandler(loaded);
    requireVersion(loaded, input.version);
    requireStep(loaded.place.status, 'solve');
    if (input.solvedOn > todayOf(ctx)) throw invalidField('solvedOn', '解决日期不能晚于今天');
    if (input.solvedOn < loaded.row.request.raisedOn) throw invalidField('solvedOn', '解决日期不能早于提出日期');
    await writeStep(ctx, tx, actor, loaded, {
      action: 'solved',
      audit: 'public_request.solve',
      toStatus: 'solved',
      fields: { solution: input.solution, solvedOn: input.solvedOn, satisfaction: null, feedback: null, feedbackAt: null },
      // The history keeps each round's solution; the row holds the latest.
      note: input.solution,
      details: { solvedOn: input.solvedOn },
    });
  });
  return getPublicRequest(ctx, actor, id);
}

/** 完善机制: closed only with what changed in the way of working. */
export async function closePublicRequest(ctx: AppContext, actor: Actor, id: string, input: PublicRequestCloseRequest): Promise<PublicRequestDetail> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadRequest(tx, actor, id, true);
    requireHandler(loaded);
    requireVersion(loaded, input.version);
    requireStep(loaded.place.status, 'close');
    await writeStep(ctx, tx, actor, loaded, {
      action: 'closed',
      audit: 'public_request.close',
      toStatus: 'closed',
      fields: { improvement: input.improvement, closedOn: todayOf(ctx) },
      note: input.improvement,
    });
  });
  return getPublicRequest(ctx, actor, id);
}

/** 回访 after a dissatisfied reply: what the person said on the visit; the request goes back to 办理. */
export async function revisitPublicRequest(ctx: AppContext, actor: Actor, id: string, input: PublicRequestRevisitRequest): Promise<PublicRequestDetail> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadRequest(tx, actor, id, true);
    requireHandler(loaded);
    requireVersion(loaded, input.version);
    requireStep(loaded.place.status, 'revisit');
    await writeStep(ctx, tx, actor, loaded, { action: 'revisited', audit: 'public_request.revisit', toStatus: 'claimed', note: input.note });
  });
  return getPublicRequest(ctx, actor, id);
}
