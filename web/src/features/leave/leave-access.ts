import type { MeResponse } from '@mofan/shared';
import { hasPermission } from '../../lib/permissions';

export const LEAVE_TABS = ['mine', 'approvals', 'away', 'records'] as const;
export type LeaveTab = (typeof LEAVE_TABS)[number];

/** Who sees which part of 请销假: one's own leave, the approver's inbox, the 科室's who-is-away, the unit's records. */
export function leaveTabsOf(me: MeResponse): LeaveTab[] {
  const tabs: LeaveTab[] = [];
  const approves = hasPermission(me, 'leave.approve');
  const keepsPeople = hasPermission(me, 'people.write');
  if (me.personId) tabs.push('mine');
  if (approves) tabs.push('approvals');
  if (approves || keepsPeople || hasPermission(me, 'records.write')) tabs.push('away');
  if (approves || keepsPeople) tabs.push('records');
  return tabs;
}

/** Whether the 请销假 page has anything for this user: for the menu entry and the route guard. */
export function canUseLeave(me: MeResponse): boolean {
  return leaveTabsOf(me).length > 0;
}
