import type { PublicFeedbackRequest, PublicLookup } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../errors';
import { insertAuditEntry } from '../audit/audit.service';
import { lookupCodeOf, sameLookupCode } from './lookup-code';
import { presentLookup } from './public-requests.presenter';
import { type PublicRequestJoinedRow, findByLookupCode, findPublicRequestEvents, insertPublicRequestEvent, updatePublicRequestRow } from './public-requests.repository';
import { requestLabel } from './public-request-step';
import { statusOf } from './public-requests.rules';

/**
 * What the person who raised a need does without an account: follow it with the lookup code and,
 * once it is solved, say whether they are satisfied. Every miss — a malformed code, an unknown
 * one — is the same 404 with the same words, so that the answer tells a guesser nothing.
 */

function noSuchCode(): AppError {
  return new AppError('NOT_FOUND', '未找到该查询码对应的诉求，请核对后重试');
}

async function findByCode(db: DbOrTx, raw: string, lock: boolean): Promise<PublicRequestJoinedRow> {
  const code = lookupCodeOf(raw);
  const row = code ? await findByLookupCode(db, code, lock) : null;
  if (!code || !row || !sameLookupCode(row.request.lookupCode, code)) throw noSuchCode();
  return row;
}

export async function lookUpPublicRequest(ctx: AppContext, code: string): Promise<PublicLookup> {
  const row = await findByCode(ctx.db, code, false);
  return presentLookup(row, await findPublicRequestEvents(ctx.db, row.request.id));
}

/**
 * Once solved or closed, one answer per round: satisfied is recorded; dissatisfied reopens the
 * request for a return visit (回访). Audited as 'public', with only the address the audit keeps.
 */
export async function givePublicFeedback(ctx: AppContext, code: string, input: PublicFeedbackRequest, ip: string | null): Promise<PublicLookup> {
  const id = await ctx.db.transaction(async (tx) => {
    const row = await findByCode(tx, code, true);
    const r = row.request;
    const status = statusOf(r.status);
    if (status !== 'solved' && status !== 'closed') throw new AppError('CONFLICT', '诉求尚未办理完毕，办理完毕后再评价');
    if (r.satisfaction !== null) throw new AppError('CONFLICT', '您已评价过本次办理结果');
    const at = ctx.now();
    const comment = input.comment ?? null;
    const fields = input.satisfied
      ? { satisfaction: 'satisfied', feedback: comment, feedbackAt: at }
      : { satisfaction: 'dissatisfied', feedback: comment, feedbackAt: at, status: 'reopened', closedOn: null };
    await updatePublicRequestRow(tx, r.id, r.version, fields, at);
    await insertPublicRequestEvent(tx, { requestId: r.id, action: input.satisfied ? 'satisfied' : 'reopened', actorUserId: null, actorName: '群众', note: comment, at });
    await insertAuditEntry(tx, {
      userId: null,
      username: 'public',
      ip,
      action: 'public_request.feedback',
      objectType: 'public_request',
      objectId: r.id,
      objectLabel: requestLabel(r),
      scopePath: row.nodePath,
      result: 'success',
      details: { satisfied: input.satisfied, from: status, to: input.satisfied ? status : 'reopened' },
    });
    return r.id;
  });
  const row = await findByCode(ctx.db, code, false);
  return presentLookup(row, await findPublicRequestEvents(ctx.db, id));
}
