import type { PublicRequestEventAction, PublicRequestStatus } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { forbidden, notFound, versionConflict } from '../../errors';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { type PublicRequestJoinedRow, type PublicRequestReach, type PublicRequestRow, findPublicRequestJoined, insertPublicRequestEvent, updatePublicRequestRow } from './public-requests.repository';
import { maySee, reachOf, type RequestPlace, statusOf } from './public-requests.rules';

/**
 * What every 群众诉求 use case shares: loading a request the actor may see (404, then 403) and
 * writing one step — the row, its history event and the audit entry, in the caller's transaction.
 */

export interface LoadedRequest {
  row: PublicRequestJoinedRow;
  reach: PublicRequestReach;
  place: RequestPlace;
}

export function placeOf(row: PublicRequestJoinedRow): RequestPlace {
  return { status: statusOf(row.request.status), nodePath: row.nodePath, claimedPath: row.claimedPath };
}

/** 404 when missing, 403 when the actor may not see it; `lock` for writes. */
export async function loadRequest(db: DbOrTx, actor: Actor, id: string, lock = false): Promise<LoadedRequest> {
  const row = await findPublicRequestJoined(db, id, lock);
  if (!row) throw notFound('群众诉求');
  const reach = reachOf(actor);
  const place = placeOf(row);
  if (!maySee(reach, place)) throw forbidden();
  return { row, reach, place };
}

/** 409 when the request has moved on since the client read it (check after the permission). */
export function requireVersion(loaded: LoadedRequest, version: number): void {
  if (loaded.row.request.version !== version) throw versionConflict();
}

export function requestLabel(r: { title: string; raisedOn: string }): string {
  return `${r.raisedOn} ${r.title}`;
}

export interface Step {
  action: PublicRequestEventAction;
  /** The audit action, e.g. public_request.claim. */
  audit: string;
  toStatus?: PublicRequestStatus;
  fields?: Partial<PublicRequestRow>;
  note?: string | null;
  /** Audit details: ids and flags only, never the contact or the lookup code. */
  details?: Record<string, unknown>;
}

/** Writes one step of a staff member: the row (version + 1), the history event, the audit entry. */
export async function writeStep(ctx: AppContext, tx: DbOrTx, actor: Actor, loaded: LoadedRequest, step: Step): Promise<PublicRequestRow> {
  const at = ctx.now();
  const from = loaded.place.status;
  const to = step.toStatus ?? from;
  const r = loaded.row.request;
  const updated = await updatePublicRequestRow(tx, r.id, r.version, { ...step.fields, status: to }, at);
  if (!updated) throw versionConflict();
  await insertPublicRequestEvent(tx, { requestId: r.id, action: step.action, actorUserId: actor.userId, actorName: actor.displayName, note: step.note ?? null, at });
  await auditAction(tx, actor, {
    action: step.audit,
    objectType: 'public_request',
    objectId: r.id,
    objectLabel: requestLabel(updated),
    scopePath: loaded.row.nodePath,
    result: 'success',
    details: { from, to, ...step.details },
  });
  return updated;
}
