import { PUBLIC_REQUEST_STATUSES, type PublicRequestAction, type PublicRequestStatus } from '@mofan/shared';
import { AppError } from '../../errors';
import { scopeCovers, scopeOf } from '../access/access.rules';
import type { Actor, Scope } from '../access/access.types';
import type { PublicRequestReach } from './public-requests.repository';

/**
 * Who may do what with a 群众诉求. Readers hold requests.handle or inspections.read over the
 * receiving or the claiming node; handlers hold requests.handle there and alone see the contact
 * in full. A handler below the receiving node may claim it while nobody has.
 */

export function reachOf(actor: Actor): PublicRequestReach {
  const handle = scopeOf(actor, 'requests.handle');
  const inspect = scopeOf(actor, 'inspections.read');
  const read: Scope = handle.all || inspect.all ? { all: true } : { all: false, paths: [...new Set([...handle.paths, ...inspect.paths])] };
  return { read, handle };
}

export function hasAnyReach(reach: PublicRequestReach): boolean {
  return reach.read.all || reach.read.paths.length > 0;
}

export interface RequestPlace {
  status: PublicRequestStatus;
  nodePath: string;
  claimedPath: string | null;
}

export function statusOf(value: string): PublicRequestStatus {
  const status = PUBLIC_REQUEST_STATUSES.find((s) => s === value);
  if (!status) throw new Error(`public request with an unknown status: ${value}`);
  return status;
}

/** The actor handles requests at the node at `path`, above it, or somewhere below it. */
function handlesWithin(handle: Scope, path: string): boolean {
  return handle.all || handle.paths.some((p) => p.startsWith(path) || path.startsWith(p));
}

export function maySee(reach: PublicRequestReach, r: RequestPlace): boolean {
  if (scopeCovers(reach.read, r.nodePath)) return true;
  if (r.claimedPath && scopeCovers(reach.read, r.claimedPath)) return true;
  return r.status === 'received' && handlesWithin(reach.handle, r.nodePath);
}

/** Handles it: over the receiving node, or over the node that claimed it. */
export function mayHandle(reach: PublicRequestReach, r: RequestPlace): boolean {
  return scopeCovers(reach.handle, r.nodePath) || (r.claimedPath !== null && scopeCovers(reach.handle, r.claimedPath));
}

/** The receiving side: edits what was recorded and gives a new lookup code. */
export function mayReceive(reach: PublicRequestReach, r: RequestPlace): boolean {
  return scopeCovers(reach.handle, r.nodePath);
}

/** The status each step starts from. */
const STEP_FROM: Record<'claim' | 'solve' | 'close' | 'revisit', PublicRequestStatus> = {
  claim: 'received',
  solve: 'claimed',
  close: 'solved',
  revisit: 'reopened',
};

const STEP_REFUSALS: Record<keyof typeof STEP_FROM, string> = {
  claim: '该诉求已被认领',
  solve: '只有已认领、正在办理的诉求可以登记解决情况',
  close: '只有已解决的诉求可以完善机制、办结',
  revisit: '只有群众不满意、待回访的诉求可以登记回访',
};

/** 409 when the request is not at the status the step starts from. */
export function requireStep(status: PublicRequestStatus, step: keyof typeof STEP_FROM): void {
  if (status !== STEP_FROM[step]) throw new AppError('CONFLICT', STEP_REFUSALS[step]);
}

/** The buttons of the detail page for this reader now. */
export function actionsFor(reach: PublicRequestReach, r: RequestPlace): PublicRequestAction[] {
  const actions: PublicRequestAction[] = [];
  if (mayReceive(reach, r)) actions.push('update');
  if (r.status === 'received' && handlesWithin(reach.handle, r.nodePath)) actions.push('claim');
  if (mayHandle(reach, r)) {
    if (r.status === STEP_FROM.solve) actions.push('solve');
    if (r.status === STEP_FROM.close) actions.push('close');
    if (r.status === STEP_FROM.revisit) actions.push('revisit');
  }
  if (mayReceive(reach, r)) actions.push('reissue_code');
  return actions;
}
