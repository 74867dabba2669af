import { type DirectiveEventAction, type DirectiveStatus, directiveLightDay } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, forbidden, notFound, versionConflict } from '../../errors';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { loadWorkingCalendar } from '../calendar/calendar.repository';
import { todayOf } from '../people/people.service';
import type { ReadingDay } from './directives.presenter';
import { statusOf } from './directives.presenter';
import { type AssigneeRow, type DirectiveHead, type DirectiveRow, findAssignees, findDirectiveHead, insertEvent, updateDirectiveRow } from './directives.repository';
import { maySee, reachOf } from './directives.rules';

/**
 * What every directive use case shares: the day it is read on, loading a directive the actor may
 * see (404, then 403), and writing one step — the row, its history event and the audit entry, in
 * the caller's transaction.
 */

export async function readingDay(ctx: AppContext, db: DbOrTx = ctx.db): Promise<ReadingDay> {
  const calendar = await loadWorkingCalendar(db);
  return { calendar, light: directiveLightDay(calendar, todayOf(ctx)) };
}

export interface LoadedDirective extends DirectiveHead {
  status: DirectiveStatus;
  assignees: AssigneeRow[];
}

/** 404 when missing, 403 unless the actor supervises it or handles one of its nodes; `lock` for writes. */
export async function loadDirective(db: DbOrTx, actor: Actor, id: string, lock = false): Promise<LoadedDirective> {
  const head = await findDirectiveHead(db, id, lock);
  if (!head) throw notFound('督办件');
  const assignees = await findAssignees(db, id);
  const status = statusOf(head.directive.status);
  if (!maySee(reachOf(actor), { supervisorPath: head.supervisorPath, assignees, status })) throw forbidden();
  return { ...head, status, assignees };
}

/** 409 when the directive has moved on since the client read it (check after the permission). */
export function requireVersion(d: LoadedDirective, version: number): void {
  if (d.directive.version !== version) throw versionConflict();
}

export function leadOf(d: { assignees: readonly AssigneeRow[] }): AssigneeRow {
  const lead = d.assignees.find((a) => a.role === 'lead');
  if (!lead) throw new AppError('INTERNAL', '督办件缺少承办单位');
  return lead;
}

export interface Step {
  action: DirectiveEventAction;
  /** The audit action, e.g. directive.sign. */
  audit: string;
  toStatus?: DirectiveStatus;
  fields?: Partial<DirectiveRow>;
  nodeId: string | null;
  note?: string | null;
  details?: Record<string, unknown>;
}

/** Writes one step: the row (version + 1), the history event with from/to status, the audit entry. */
export async function writeStep(ctx: AppContext, tx: DbOrTx, actor: Actor, d: LoadedDirective, step: Step): Promise<DirectiveRow> {
  const at = ctx.now();
  const toStatus = step.toStatus ?? d.status;
  const updated = await updateDirectiveRow(tx, d.directive.id, d.directive.version, { ...step.fields, status: toStatus }, at);
  if (!updated) throw versionConflict();
  await insertEvent(tx, {
    directiveId: d.directive.id,
    action: step.action,
    fromStatus: d.status,
    toStatus,
    actorUserId: actor.userId,
    actorName: actor.displayName,
    nodeId: step.nodeId,
    note: step.note ?? null,
    details: step.details ?? {},
    at,
  });
  await auditAction(tx, actor, {
    action: step.audit,
    objectType: 'directive',
    objectId: d.directive.id,
    objectLabel: directiveLabel(d.directive),
    scopePath: d.supervisorPath,
    result: 'success',
    details: { from: d.status, to: toStatus, ...step.details },
  });
  return updated;
}

export function directiveLabel(d: { code: string | null; title: string }): string {
  return d.code ? `${d.code} ${d.title}` : d.title;
}
