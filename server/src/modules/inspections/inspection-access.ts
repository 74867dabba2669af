/**
 * Who sees and does what in 督查 and 整改.
 *
 * - A check is organised at a node (inspections.write there) and read there (inspections.read) and
 *   by its targets; an unannounced check (四不两直) that is not done yet is its inspectors' alone —
 *   no reader of the organiser, no target, no administrator even learns it exists.
 * - A problem found by a check is the organiser's (its inspectors' while hidden); the unit where it
 *   was found, and the side responsible for its 整改, see it once the check is done. A problem
 *   registered on its own is visible at once.
 * - The supervising side — inspections.write over the organiser, or over the problem's node for a
 *   problem on its own — registers, hands over 整改, verifies, escalates and records 问责; the
 *   responsible side (rectifications.handle over the responsible node) reports and submits.
 */
import { forbidden, notFound } from '../../errors';
import { scopeCovers, scopeOf } from '../access/access.rules';
import type { Actor, Scope } from '../access/access.types';
import { unionScope } from '../directives/directives.rules';

export interface InspectionPlace {
  organizerPath: string;
  unannounced: boolean;
  status: string;
  inspectorIds: readonly string[];
  targetPaths: readonly string[];
}

/** A check as its problems need it: who inspects it, whether it is hidden, where it is organised. */
export type CheckPlace = Omit<InspectionPlace, 'targetPaths'>;

export interface ProblemPlace {
  nodePath: string;
  inspection: CheckPlace | null;
  responsiblePath: string | null;
}

/** What the actor reaches, for the SQL of the lists. */
export interface SupervisionReach {
  userId: string;
  /** inspections.read, or inspections.write (who organises a check reads it). */
  read: Scope;
  write: Scope;
  handle: Scope;
}

export function reachOf(actor: Actor): SupervisionReach {
  const write = scopeOf(actor, 'inspections.write');
  return { userId: actor.userId, read: unionScope(scopeOf(actor, 'inspections.read'), write), write, handle: scopeOf(actor, 'rectifications.handle') };
}

function reachesAnything(scope: Scope): boolean {
  return scope.all || scope.paths.length > 0;
}

/** 403 for lists and forms unless the actor reads, organises or handles something here. */
export function requireSomeReach(actor: Actor): SupervisionReach {
  const reach = reachOf(actor);
  if (!reachesAnything(reach.read) && !reachesAnything(reach.handle)) throw forbidden('没有该操作的权限');
  return reach;
}

export function isHiddenPlan(p: Pick<InspectionPlace, 'unannounced' | 'status'>): boolean {
  return p.unannounced && p.status !== 'done';
}

export function isInspector(actor: Actor, p: Pick<InspectionPlace, 'inspectorIds'>): boolean {
  return p.inspectorIds.includes(actor.userId);
}

/** Hidden from the actor altogether: answered as if it did not exist. */
export function isHiddenFrom(actor: Actor, p: CheckPlace): boolean {
  return isHiddenPlan(p) && !isInspector(actor, p);
}

export function maySeeInspection(actor: Actor, p: InspectionPlace): boolean {
  if (isInspector(actor, p)) return true;
  if (isHiddenPlan(p)) return false;
  const { read } = reachOf(actor);
  return scopeCovers(read, p.organizerPath) || p.targetPaths.some((t) => scopeCovers(read, t));
}

export function mayWriteInspection(actor: Actor, p: InspectionPlace): boolean {
  return scopeCovers(scopeOf(actor, 'inspections.write'), p.organizerPath) && !isHiddenFrom(actor, p);
}

/** 404 for a check the actor may not know of, 403 for one they know of but do not reach. */
export function requireSeeInspection(actor: Actor, p: InspectionPlace | null): InspectionPlace {
  if (!p || isHiddenFrom(actor, p)) throw notFound('督查');
  if (!maySeeInspection(actor, p)) throw forbidden();
  return p;
}

/** Found by a check that is done, or registered on its own: the unit and the responsible side see it. */
export function isPublished(p: ProblemPlace): boolean {
  return p.inspection === null || p.inspection.status === 'done';
}

export function maySeeProblem(actor: Actor, p: ProblemPlace): boolean {
  if (p.inspection && isInspector(actor, p.inspection)) return true;
  if (p.inspection && isHiddenPlan(p.inspection)) return false;
  const reach = reachOf(actor);
  if (p.inspection && scopeCovers(reach.read, p.inspection.organizerPath)) return true;
  if (!isPublished(p)) return false;
  if (scopeCovers(reach.read, p.nodePath)) return true;
  return p.responsiblePath !== null && (scopeCovers(reach.read, p.responsiblePath) || scopeCovers(reach.handle, p.responsiblePath));
}

/** 404 for a problem of a check hidden from the actor, 403 for one out of reach. */
export function requireSeeProblem(actor: Actor, p: ProblemPlace, what = '问题'): void {
  if (p.inspection && isHiddenFrom(actor, p.inspection)) throw notFound(what);
  if (!maySeeProblem(actor, p)) throw forbidden();
}

/** Where the supervising side acts from: the organiser of the check, or the problem's own node. */
export function supervisingPath(p: ProblemPlace): string {
  return p.inspection ? p.inspection.organizerPath : p.nodePath;
}

export function maySupervise(actor: Actor, p: ProblemPlace): boolean {
  if (p.inspection && isHiddenFrom(actor, p.inspection)) return false;
  return scopeCovers(scopeOf(actor, 'inspections.write'), supervisingPath(p));
}

export function requireSupervise(actor: Actor, p: ProblemPlace): void {
  if (!maySupervise(actor, p)) throw forbidden('只有组织检查、登记问题的督查机构可以进行该操作');
}

export function mayHandle(actor: Actor, p: ProblemPlace): boolean {
  return isPublished(p) && p.responsiblePath !== null && scopeCovers(scopeOf(actor, 'rectifications.handle'), p.responsiblePath);
}

export function requireHandle(actor: Actor, p: ProblemPlace): void {
  if (!mayHandle(actor, p)) throw forbidden('只有整改责任单位（科室）可以进行该操作');
}
