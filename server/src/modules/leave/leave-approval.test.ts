import { describe, expect, it } from 'vitest';
import type { LeaveApprovalLevel } from '@mofan/shared';
import type { Scope } from '../access/access.types';
import { type LeaveApprover, approvalLevelOf, mayApproveLeave, parentPathOf } from './leave-approval';

const CITY = '/city/';
const UNIT = '/city/unit/';
const DEPT = '/city/unit/dept/';
const OTHER_DEPT = '/city/unit/other/';

describe('approvalLevelOf', () => {
  it.each<[string[], LeaveApprovalLevel]>([
    [[], 'department'],
    [['department_member'], 'department'],
    [['department_member', 'branch_secretary'], 'department'],
    [['department_head'], 'unit'],
    [['department_member', 'department_head'], 'unit'],
    [['leadership_member'], 'unit_head'],
    [['department_head', 'leadership_member'], 'unit_head'],
    [['top_leader'], 'superior'],
    [['leadership_member', 'top_leader'], 'superior'],
  ])('posts %j need %s', (roles, level) => {
    expect(approvalLevelOf(roles)).toBe(level);
  });
});

describe('parentPathOf', () => {
  it.each([
    ['/a/b/c/', '/a/b/'],
    ['/a/', '/'],
  ])('%s → %s', (path, parent) => {
    expect(parentPathOf(path)).toBe(parent);
  });
});

const scope = (...paths: string[]): Scope => ({ all: false, paths });
const approver = (s: Scope, options: { personId?: string; topLeaderOf?: string[] } = {}): LeaveApprover => ({
  personId: options.personId ?? 'approver',
  scope: s,
  topLeaderOf: new Set(options.topLeaderOf ?? []),
});

describe('mayApproveLeave', () => {
  it.each<[string, LeaveApprovalLevel, LeaveApprover, boolean]>([
    ["a member's leave, by the 科室负责人 (reach: the 科室)", 'department', approver(scope(DEPT)), true],
    ["a member's leave, by the head of another 科室", 'department', approver(scope(OTHER_DEPT)), false],
    ["a member's leave, by a 班子成员 (reach: the unit)", 'department', approver(scope(UNIT)), true],
    ["a 科室负责人's leave, by a fellow 科室负责人 of the 科室", 'unit', approver(scope(DEPT)), false],
    ["a 科室负责人's leave, by a 班子成员 or the unit's administrator", 'unit', approver(scope(UNIT)), true],
    ["a 班子成员's leave, by another 班子成员", 'unit_head', approver(scope(UNIT)), false],
    ["a 班子成员's leave, by the 一把手", 'unit_head', approver(scope(UNIT), { topLeaderOf: ['unit'] }), true],
    ["a 班子成员's leave, by the 一把手 of another unit", 'unit_head', approver(scope(UNIT), { topLeaderOf: ['elsewhere'] }), false],
    ["a 班子成员's leave, by the 工委", 'unit_head', approver(scope(CITY)), true],
    ["the 一把手's leave, by the unit's administrator", 'superior', approver(scope(UNIT)), false],
    ["the 一把手's leave, by the 工委", 'superior', approver(scope(CITY)), true],
    ["the 一把手's leave, by a system-wide approver", 'superior', approver({ all: true }), true],
    ['anyone, by someone without leave.approve', 'department', approver(scope()), false],
    ['own leave, even with a system-wide grant', 'department', approver({ all: true }, { personId: 'subject' }), false],
  ])('%s (%s) → %s', (_name, level, who, expected) => {
    expect(mayApproveLeave(who, { personId: 'subject', unitId: 'unit', departmentPath: DEPT, unitPath: UNIT, level })).toBe(expected);
  });
});
