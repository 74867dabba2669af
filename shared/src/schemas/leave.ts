import { z } from 'zod';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, TEXT_MAX } from '../limits';
import { idSchema, isoDateSchema, pageOf, versionSchema } from './common';

/** 请销假: the kinds of leave (公差 included: away on duty is away from meetings too). */
export const LEAVE_KINDS = ['annual', 'sick', 'personal', 'marriage', 'maternity', 'bereavement', 'family_visit', 'business_trip', 'other'] as const;
export type LeaveKind = (typeof LEAVE_KINDS)[number];

export const LEAVE_KIND_LABELS: Record<LeaveKind, string> = {
  annual: '年休假',
  sick: '病假',
  personal: '事假',
  marriage: '婚假',
  maternity: '产假',
  bereavement: '丧假',
  family_visit: '探亲假',
  business_trip: '公差',
  other: '其他',
};

/**
 * pending → approved → returned (销假), or rejected; cancelled while pending, or after approval
 * before the leave starts.
 */
export const LEAVE_STATUSES = ['pending', 'approved', 'rejected', 'cancelled', 'returned'] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];

export const LEAVE_STATUS_LABELS: Record<LeaveStatus, string> = {
  pending: '待审批',
  approved: '已批准',
  rejected: '未批准',
  cancelled: '已撤销',
  returned: '已销假',
};

/** The longest single request, in calendar days (产假 with its extensions fits). */
export const LEAVE_MAX_DAYS = 366;

/**
 * Who approves, by the posts the person on leave holds: a member's 科室负责人 (or anyone above);
 * a 科室负责人's leave a unit-level approver (班子成员, 一把手, the unit's administrators); a
 * 班子成员's the 一把手 or an approver above the unit; the 一把手's an approver above the unit.
 */
export const LEAVE_APPROVAL_LEVELS = ['department', 'unit', 'unit_head', 'superior'] as const;
export type LeaveApprovalLevel = (typeof LEAVE_APPROVAL_LEVELS)[number];

export const LEAVE_APPROVAL_LEVEL_LABELS: Record<LeaveApprovalLevel, string> = {
  department: '科室负责人审批',
  unit: '单位领导审批',
  unit_head: '单位主要负责人审批',
  superior: '上级审批',
};

const kindSchema = z.enum(LEAVE_KINDS, { message: '请假类型不正确' });
const noteSchema = z.string().trim().max(TEXT_MAX).nullable().optional();

export const createLeaveRequestSchema = z.object({
  personId: idSchema.optional().describe('请假人；不填为本人（账号须关联人员）。代他人登记须有维护人员权限'),
  kind: kindSchema,
  startsOn: isoDateSchema.describe('起始日期（含）'),
  endsOn: isoDateSchema.describe('结束日期（含）'),
  reason: noteSchema.describe('事由；类型为“其他”时必填'),
});
export type CreateLeaveRequest = z.infer<typeof createLeaveRequestSchema>;

export const approveLeaveRequestSchema = z.object({ version: versionSchema, note: noteSchema.describe('审批意见') });
export type ApproveLeaveRequest = z.infer<typeof approveLeaveRequestSchema>;

export const rejectLeaveRequestSchema = z.object({
  version: versionSchema,
  note: z.string().trim().min(1, '请填写不予批准的理由').max(TEXT_MAX).describe('不予批准的理由'),
});
export type RejectLeaveRequest = z.infer<typeof rejectLeaveRequestSchema>;

export const cancelLeaveRequestSchema = z.object({ version: versionSchema });
export type CancelLeaveRequest = z.infer<typeof cancelLeaveRequestSchema>;

export const returnLeaveRequestSchema = z.object({
  version: versionSchema,
  returnedOn: isoDateSchema.describe('实际休假截止日（含）：不晚于原定结束日期和今天，提前返岗即缩短假期'),
});
export type ReturnLeaveRequest = z.infer<typeof returnLeaveRequestSchema>;

export const leaveRequestSchema = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  kind: kindSchema,
  startsOn: z.string(),
  endsOn: z.string(),
  returnedOn: z.string().nullable(),
  effectiveEndsOn: z.string().describe('实际截止：销假日期，未销假为原定结束日期'),
  days: z.number().int().describe('自然日天数（按实际截止）'),
  reason: z.string().nullable(),
  status: z.enum(LEAVE_STATUSES),
  approvalLevel: z.enum(LEAVE_APPROVAL_LEVELS),
  approverName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  exemptionId: z.string().nullable().describe('批准后写入的免考核期间'),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  canApprove: z.boolean().describe('当前用户可审批（含不予批准）'),
  canCancel: z.boolean(),
  canReturn: z.boolean().describe('当前用户可销假'),
});
export type LeaveRequest = z.infer<typeof leaveRequestSchema>;

export const leaveRequestListSchema = z.array(leaveRequestSchema);

export const leaveRequestListQuerySchema = z.object({
  nodeId: idSchema.optional().describe('单位、科室或党组织（含下级）'),
  status: z.enum(LEAVE_STATUSES).optional(),
  from: isoDateSchema.optional().describe('与该日期及以后有交集的请假'),
  to: isoDateSchema.optional().describe('与该日期及以前有交集的请假'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
});
export type LeaveRequestListQuery = z.infer<typeof leaveRequestListQuerySchema>;

export const leaveRequestExportQuerySchema = leaveRequestListQuerySchema.omit({ page: true, pageSize: true });
export type LeaveRequestExportQuery = z.infer<typeof leaveRequestExportQuerySchema>;

export const leaveRequestPageSchema = pageOf(leaveRequestSchema);
export type LeaveRequestPage = z.infer<typeof leaveRequestPageSchema>;

export const leaveAwayQuerySchema = z.object({
  nodeId: idSchema.describe('科室、单位或党组织（含下级）'),
  date: isoDateSchema.optional().describe('不填为今天'),
});
export type LeaveAwayQuery = z.infer<typeof leaveAwayQuerySchema>;

/** Who is away on a day: approved leave covering it, up to the 销假 date. No location, no check-in. */
export const leaveAwaySchema = z.object({
  nodeId: z.string(),
  nodeName: z.string(),
  date: z.string(),
  people: z.array(
    z.object({
      personId: z.string(),
      personName: z.string(),
      departmentName: z.string(),
      requestId: z.string(),
      kind: kindSchema,
      startsOn: z.string(),
      effectiveEndsOn: z.string(),
      absenceReason: z.string().describe('会议缺席原因的写法，如“请假（事假，3月9日至3月13日）”'),
    }),
  ),
});
export type LeaveAway = z.infer<typeof leaveAwaySchema>;
