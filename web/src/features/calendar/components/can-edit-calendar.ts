import type { MeResponse } from '@mofan/shared';

/** Changing the calendar needs calendar.write over the whole system: every unit's deadlines rest on it. */
export function canEditCalendar(me: MeResponse): boolean {
  return me.grants.some((g) => g.scopeNodeId === null && g.permissions.includes('calendar.write'));
}
