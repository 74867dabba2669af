import { DIRECTIVE_STATUS_LABELS, type DirectiveAction, type DirectiveStatus } from '@mofan/shared';
import { AppError, forbidden } from '../../errors';
import { scopeCovers, scopeOf } from '../access/access.rules';
import type { Actor, Scope } from '../access/access.types';
import type { DirectiveReach } from './directives.repository';

/**
 * Who may do what to a 督办件, and in which step. Supervisors act over the node the directive was
 * registered at (directives.supervise there); handlers over its 承办 node (签收, 办结, 延期) or
 * any of its 承办 and 协办 nodes (进展报告) with directives.handle.
 */

/** The steps each action may start from. */
export const ACTION_FROM: Record<Exclude<DirectiveAction, 'decide_extension'>, readonly DirectiveStatus[]> = {
  edit: ['registered'],
  assign: ['registered'],
  sign: ['assigned'],
  report: ['signed', 'in_progress'],
  complete: ['signed', 'in_progress'],
  accept: ['completed'],
  reject: ['completed'],
  urge: ['assigned', 'signed', 'in_progress'],
  request_extension: ['assigned', 'signed', 'in_progress'],
};

const ACTION_NAMES: Record<DirectiveAction, string> = {
  edit: '修改立项信息',
  assign: '交办',
  sign: '签收',
  report: '报告进展',
  complete: '办结',
  accept: '审核销号',
  reject: '审核退回',
  urge: '催办',
  request_extension: '申请延期',
  decide_extension: '审批延期',
};

/** 409 unless the directive is in a step the action may start from. */
export function requireStep(status: DirectiveStatus, action: Exclude<DirectiveAction, 'decide_extension'>): void {
  const from = ACTION_FROM[action];
  if (from.includes(status)) return;
  const allowed = from.map((s) => DIRECTIVE_STATUS_LABELS[s]).join('、');
  throw new AppError('CONFLICT', `该督办件${DIRECTIVE_STATUS_LABELS[status]}，不能${ACTION_NAMES[action]}（${allowed}时才可${ACTION_NAMES[action]}）`);
}

export function unionScope(a: Scope, b: Scope): Scope {
  if (a.all || b.all) return { all: true };
  return { all: false, paths: [...new Set([...a.paths, ...b.paths])] };
}

/** What the actor reaches: registered-at nodes through supervise, assigned nodes through read or handle. */
export function reachOf(actor: Actor): DirectiveReach {
  return { supervise: scopeOf(actor, 'directives.supervise'), handle: unionScope(scopeOf(actor, 'directives.read'), scopeOf(actor, 'directives.handle')) };
}

export function hasAnyReach(reach: DirectiveReach): boolean {
  return reach.supervise.all || reach.handle.all || reach.supervise.paths.length > 0 || reach.handle.paths.length > 0;
}

export interface DirectivePlaces {
  supervisorPath: string;
  assignees: readonly { role: 'lead' | 'assist'; nodePath: string }[];
}

/** Supervisors see what was registered in their reach; handlers what was assigned (交办) to theirs. */
export function maySee(reach: DirectiveReach, d: DirectivePlaces & { status: DirectiveStatus }): boolean {
  if (scopeCovers(reach.supervise, d.supervisorPath)) return true;
  return d.status !== 'registered' && d.assignees.some((a) => scopeCovers(reach.handle, a.nodePath));
}

export function maySupervise(actor: Actor, d: DirectivePlaces): boolean {
  return scopeCovers(scopeOf(actor, 'directives.supervise'), d.supervisorPath);
}

/** The assignee nodes the actor handles, 承办 first. */
export function handledAssignees<T extends { role: 'lead' | 'assist'; nodePath: string }>(actor: Actor, assignees: readonly T[]): T[] {
  const scope = scopeOf(actor, 'directives.handle');
  return assignees.filter((a) => scopeCovers(scope, a.nodePath)).sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1));
}

export function mayHandleLead(actor: Actor, d: DirectivePlaces): boolean {
  return handledAssignees(actor, d.assignees).some((a) => a.role === 'lead');
}

export function requireSupervise(actor: Actor, d: DirectivePlaces): void {
  if (!maySupervise(actor, d)) throw forbidden('只有立项的督办机构可以进行该操作');
}

export function requireHandleLead(actor: Actor, d: DirectivePlaces): void {
  if (!mayHandleLead(actor, d)) throw forbidden('只有承办单位（科室）可以进行该操作');
}

/** What the actor may do now: the buttons of the detail page. */
export function availableActions(actor: Actor, d: DirectivePlaces & { status: DirectiveStatus; hasPendingExtension: boolean }): DirectiveAction[] {
  const supervise = maySupervise(actor, d);
  const handled = handledAssignees(actor, d.assignees);
  const lead = handled.some((a) => a.role === 'lead');
  const who: Record<Exclude<DirectiveAction, 'decide_extension'>, boolean> = {
    edit: supervise,
    assign: supervise,
    sign: lead,
    report: handled.length > 0,
    complete: lead,
    accept: supervise,
    reject: supervise,
    urge: supervise,
    request_extension: lead && !d.hasPendingExtension,
  };
  const actions = (Object.keys(who) as (keyof typeof who)[]).filter((a) => who[a] && ACTION_FROM[a].includes(d.status));
  return [...actions, ...(supervise && d.hasPendingExtension && d.status !== 'closed' ? (['decide_extension'] as const) : [])];
}
