/**
 * Who approves a leave request (请假审批). The rule, by the posts the person on leave holds today:
 * - a member: anyone with leave.approve over their 科室 — the 科室负责人 through the post, or above;
 * - a 科室负责人: an approver whose reach covers the whole unit (a 班子成员, the 一把手, the unit's
 *   administrators, the 工委), so that a fellow 科室负责人 cannot approve it;
 * - a 班子成员: the unit's 一把手, or an approver above the unit;
 * - the 一把手: an approver above the unit (the 工委 or the system's administrators).
 * Nobody approves their own leave, whatever their grants.
 */
import type { LeaveApprovalLevel } from '@mofan/shared';
import { scopeCovers } from '../access/access.rules';
import type { Scope } from '../access/access.types';

const LEVEL_OF_ROLE: Partial<Record<string, LeaveApprovalLevel>> = {
  department_head: 'unit',
  leadership_member: 'unit_head',
  top_leader: 'superior',
};

const ORDER: readonly LeaveApprovalLevel[] = ['department', 'unit', 'unit_head', 'superior'];

/** The level a request needs: the highest that any of the person's current posts calls for. */
export function approvalLevelOf(currentPostRoles: readonly string[]): LeaveApprovalLevel {
  let level: LeaveApprovalLevel = 'department';
  for (const role of currentPostRoles) {
    const needed = LEVEL_OF_ROLE[role];
    if (needed && ORDER.indexOf(needed) > ORDER.indexOf(level)) level = needed;
  }
  return level;
}

/** The scope path of a node's parent: `/a/b/` → `/a/`; a root's parent is `/`, which no grant path covers. */
export function parentPathOf(path: string): string {
  return path.replace(/[^/]+\/$/, '');
}

export interface LeaveSubject {
  personId: string;
  unitId: string;
  departmentPath: string;
  unitPath: string;
  level: LeaveApprovalLevel;
}

export interface LeaveApprover {
  personId: string | null;
  /** Where the approver holds leave.approve. */
  scope: Scope;
  /** The units whose 一把手 the approver is today. */
  topLeaderOf: ReadonlySet<string>;
}

export function mayApproveLeave(approver: LeaveApprover, subject: LeaveSubject): boolean {
  if (approver.personId !== null && approver.personId === subject.personId) return false;
  const above = scopeCovers(approver.scope, parentPathOf(subject.unitPath));
  switch (subject.level) {
    case 'department':
      return scopeCovers(approver.scope, subject.departmentPath);
    case 'unit':
      return scopeCovers(approver.scope, subject.unitPath);
    case 'unit_head':
      return above || (approver.topLeaderOf.has(subject.unitId) && scopeCovers(approver.scope, subject.unitPath));
    case 'superior':
      return above;
  }
}
