import type { LeaveApprovalLevel, LeaveKind, LeaveRequest, LeaveStatus } from '@mofan/shared';
import { calendarDays } from './leave-period';
import type { LeaveJoinedRow } from './leave.repository';

export interface LeaveAbilities {
  canApprove: boolean;
  canCancel: boolean;
  canReturn: boolean;
}

export function presentLeave(row: LeaveJoinedRow, level: LeaveApprovalLevel, abilities: LeaveAbilities): LeaveRequest {
  const l = row.leave;
  const effectiveEndsOn = l.returnedOn ?? l.endsOn;
  return {
    id: l.id,
    personId: l.personId,
    personName: row.personName,
    unitId: row.unitId,
    unitName: row.unitName,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    kind: l.kind as LeaveKind,
    startsOn: l.startsOn,
    endsOn: l.endsOn,
    returnedOn: l.returnedOn,
    effectiveEndsOn,
    days: calendarDays(l.startsOn, effectiveEndsOn),
    reason: l.reason,
    status: l.status as LeaveStatus,
    approvalLevel: level,
    approverName: row.approverName,
    decidedAt: l.decidedAt?.toISOString() ?? null,
    decisionNote: l.decisionNote,
    exemptionId: l.exemptionId,
    createdByName: row.createdByName,
    createdAt: l.createdAt.toISOString(),
    version: l.version,
    ...abilities,
  };
}
