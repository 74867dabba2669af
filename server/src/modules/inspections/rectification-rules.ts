/**
 * The steps of a 整改 and who takes them: the responsible side reports progress and evidence and
 * submits; the supervising side edits the requirements, verifies (accept → 销号, or reopen with a
 * reason) and escalates an overdue one into a directive.
 */
import { RECTIFICATION_STATUS_LABELS, type RectificationAction, type RectificationStatus, escalationRefusal } from '@mofan/shared';
import { AppError } from '../../errors';
import type { Actor } from '../access/access.types';
import { type ProblemPlace, mayHandle, maySupervise } from './inspection-access';

export const RECTIFICATION_ACTION_FROM: Record<RectificationAction, readonly RectificationStatus[]> = {
  edit: ['in_progress'],
  progress: ['in_progress'],
  evidence: ['in_progress'],
  submit: ['in_progress'],
  accept: ['submitted'],
  reopen: ['submitted'],
  escalate: ['in_progress'],
};

const ACTION_NAMES: Record<RectificationAction, string> = {
  edit: '修改整改要求',
  progress: '报告整改进展',
  evidence: '提交整改佐证',
  submit: '提交整改完成情况',
  accept: '核验通过',
  reopen: '核验退回',
  escalate: '转督办',
};

/** 409 unless the 整改 is in a step the action may start from. */
export function requireRectificationStep(status: RectificationStatus, action: RectificationAction): void {
  const from = RECTIFICATION_ACTION_FROM[action];
  if (from.includes(status)) return;
  const allowed = from.map((s) => RECTIFICATION_STATUS_LABELS[s]).join('、');
  throw new AppError('CONFLICT', `该整改${RECTIFICATION_STATUS_LABELS[status]}，不能${ACTION_NAMES[action]}（${allowed}时才可${ACTION_NAMES[action]}）`);
}

const SUPERVISING: readonly RectificationAction[] = ['edit', 'accept', 'reopen', 'escalate'];
const HANDLING: readonly RectificationAction[] = ['progress', 'evidence', 'submit'];

/** What the actor may do now: the buttons of the detail page. */
export function rectificationActions(
  actor: Actor,
  place: ProblemPlace,
  r: { status: RectificationStatus; dueOn: string; escalatedDirectiveId: string | null },
  today: string,
): RectificationAction[] {
  const supervise = maySupervise(actor, place);
  const handle = mayHandle(actor, place);
  return [...SUPERVISING.filter(() => supervise), ...HANDLING.filter(() => handle)].filter(
    (a) => RECTIFICATION_ACTION_FROM[a].includes(r.status) && (a !== 'escalate' || escalationRefusal(today, r) === null),
  );
}
