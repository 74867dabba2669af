/**
 * 亮灯 of a 整改, derived when read like a 督办件's: green; yellow when not done and due within 3
 * working days; red when not done and past its limit. Done means the responsible side has handed
 * in its 整改 (submitted, awaiting the inspector) or it is 销号; a reopened one runs again on its
 * limit. Only a red one can be escalated into a directive, and only once.
 */
import type { DirectiveLight } from '../../schemas/directives';
import type { RectificationStatus } from '../../schemas/inspections';
import { type DirectiveLightDay, directiveLight } from '../directives/directive-light';

export function isRectificationDone(status: RectificationStatus): boolean {
  return status === 'submitted' || status === 'closed';
}

export function rectificationLight(day: DirectiveLightDay, r: { status: RectificationStatus; dueOn: string }): DirectiveLight {
  // The directive's light with the directive's notion of done: the same thresholds, one rule.
  return directiveLight(day, { status: isRectificationDone(r.status) ? 'closed' : 'in_progress', dueOn: r.dueOn, extendedDueOn: null });
}

export type EscalationRefusal = 'not_overdue' | 'already_escalated';

/** Why an overdue-rectification escalation is refused, or null when it may go ahead. */
export function escalationRefusal(today: string, r: { status: RectificationStatus; dueOn: string; escalatedDirectiveId: string | null }): EscalationRefusal | null {
  if (r.escalatedDirectiveId !== null) return 'already_escalated';
  if (isRectificationDone(r.status) || today <= r.dueOn) return 'not_overdue';
  return null;
}
