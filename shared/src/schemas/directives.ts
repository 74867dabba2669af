import { z } from 'zod';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '../limits';
import { idSchema, isoDateSchema, pageOf, versionSchema } from './common';

// ── 督办件的分类与状态 ────────────────────────────────────────────────────────

/** Where a directive comes from (domain.md §5): the source decides which time-limit rule applies. */
export const DIRECTIVE_SOURCES = ['superior_instruction', 'guiding_instruction', 'party_government_arrangement', 'meeting_decision', 'leader_assignment'] as const;
export type DirectiveSource = (typeof DIRECTIVE_SOURCES)[number];
export const DIRECTIVE_SOURCE_LABELS: Record<DirectiveSource, string> = {
  superior_instruction: '上级批办件',
  guiding_instruction: '指导性批示件',
  party_government_arrangement: '党委政府工作安排',
  meeting_decision: '会议议定事项',
  leader_assignment: '领导交办',
};

export const DIRECTIVE_URGENCIES = ['normal', 'urgent'] as const;
export type DirectiveUrgency = (typeof DIRECTIVE_URGENCIES)[number];
export const DIRECTIVE_URGENCY_LABELS: Record<DirectiveUrgency, string> = { normal: '一般', urgent: '紧急（随到随办）' };

/** 立项 → 交办 → 签收 → 办理 → 办结 → 审核通过即销号; a rejected 办结 goes back to 办理. */
export const DIRECTIVE_STATUSES = ['registered', 'assigned', 'signed', 'in_progress', 'completed', 'closed'] as const;
export type DirectiveStatus = (typeof DIRECTIVE_STATUSES)[number];
export const DIRECTIVE_STATUS_LABELS: Record<DirectiveStatus, string> = {
  registered: '已立项',
  assigned: '已交办',
  signed: '已签收',
  in_progress: '办理中',
  completed: '已办结待审核',
  closed: '已销号',
};

/** How the time limit was set. */
export const DIRECTIVE_LIMIT_KINDS = ['own', 'urgent', 'arrangement', 'default'] as const;
export type DirectiveLimitKind = (typeof DIRECTIVE_LIMIT_KINDS)[number];
export const DIRECTIVE_LIMIT_KIND_LABELS: Record<DirectiveLimitKind, string> = {
  own: '按来文时限',
  urgent: '紧急事项随到随办（当日）',
  arrangement: '党委政府工作安排（20日内提出贯彻落实方案，1个月内提出具体工作措施）',
  default: '无时限要求的，7个工作日内落实反馈',
};

/** 亮灯: derived when read, never stored. */
export const DIRECTIVE_LIGHTS = ['green', 'yellow', 'red'] as const;
export type DirectiveLight = (typeof DIRECTIVE_LIGHTS)[number];
export const DIRECTIVE_LIGHT_LABELS: Record<DirectiveLight, string> = { green: '绿灯', yellow: '黄灯（3个工作日内到期）', red: '红灯（已超期）' };

export const DIRECTIVE_ASSIGNEE_ROLES = ['lead', 'assist'] as const;
export type DirectiveAssigneeRole = (typeof DIRECTIVE_ASSIGNEE_ROLES)[number];
export const DIRECTIVE_ASSIGNEE_ROLE_LABELS: Record<DirectiveAssigneeRole, string> = { lead: '承办', assist: '协办' };

/** The steps of the history (directive_events.action). */
export const DIRECTIVE_EVENT_ACTIONS = [
  'registered',
  'updated',
  'assigned',
  'signed',
  'reported',
  'completed',
  'closed',
  'rejected',
  'urged',
  'extension_requested',
  'extension_approved',
  'extension_rejected',
  'notified',
] as const;
export type DirectiveEventAction = (typeof DIRECTIVE_EVENT_ACTIONS)[number];
export const DIRECTIVE_EVENT_LABELS: Record<DirectiveEventAction, string> = {
  registered: '立项',
  updated: '修改立项信息',
  assigned: '交办',
  signed: '签收',
  reported: '报告进展',
  completed: '办结',
  closed: '审核通过，销号',
  rejected: '审核退回',
  urged: '催办',
  extension_requested: '申请延期',
  extension_approved: '批准延期',
  extension_rejected: '不予延期',
  notified: '红灯提醒已推送',
};

export const DIRECTIVE_EXTENSION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type DirectiveExtensionStatus = (typeof DIRECTIVE_EXTENSION_STATUSES)[number];
export const DIRECTIVE_EXTENSION_STATUS_LABELS: Record<DirectiveExtensionStatus, string> = { pending: '待审批', approved: '已批准', rejected: '不予批准' };

/** What the signed-in user may do to a directive now (buttons of the detail page). */
export const DIRECTIVE_ACTIONS = ['edit', 'assign', 'sign', 'report', 'complete', 'accept', 'reject', 'urge', 'request_extension', 'decide_extension'] as const;
export type DirectiveAction = (typeof DIRECTIVE_ACTIONS)[number];

/** Why a directive is in someone's reminders. */
export const DIRECTIVE_REMINDER_REASONS = ['awaiting_sign', 'due_soon', 'overdue', 'urged', 'report_due', 'awaiting_review', 'extension_pending'] as const;
export type DirectiveReminderReason = (typeof DIRECTIVE_REMINDER_REASONS)[number];
export const DIRECTIVE_REMINDER_REASON_LABELS: Record<DirectiveReminderReason, string> = {
  awaiting_sign: '待签收',
  due_soon: '即将到期（黄灯）',
  overdue: '已超期（红灯）',
  urged: '被催办',
  report_due: '应报告进展',
  awaiting_review: '办结待审核',
  extension_pending: '延期申请待审批',
};

export const DIRECTIVE_WEBHOOK_KINDS = ['dingtalk', 'wecom'] as const;
export type DirectiveWebhookKind = (typeof DIRECTIVE_WEBHOOK_KINDS)[number];
export const DIRECTIVE_WEBHOOK_KIND_LABELS: Record<DirectiveWebhookKind, string> = { dingtalk: '钉钉群机器人', wecom: '企业微信群机器人' };

const sourceSchema = z.enum(DIRECTIVE_SOURCES, { message: '没有这种督办件来源' }).describe('来源：上级批办件、指导性批示件、党委政府工作安排、会议议定事项、领导交办');
const urgencySchema = z.enum(DIRECTIVE_URGENCIES, { message: '紧急程度不正确' });
const statusSchema = z.enum(DIRECTIVE_STATUSES);
const lightSchema = z.enum(DIRECTIVE_LIGHTS);
const text = (max: number) => z.string().trim().min(1, '不能为空').max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

// ── 立项与修改 ──────────────────────────────────────────────────────────────

const directiveFields = {
  code: optionalText(50).describe('编号（可空）'),
  title: text(200).describe('标题'),
  source: sourceSchema,
  content: text(5000).describe('督办内容'),
  instruction: optionalText(2000).describe('领导批示'),
  instructedBy: optionalText(50).describe('批示领导'),
  leadNodeId: idSchema.describe('承办单位或科室（一个）'),
  assistNodeIds: z.array(idSchema).max(50).default([]).describe('协办单位或科室'),
  urgency: urgencySchema.default('normal'),
  dueOn: isoDateSchema.nullable().optional().describe('来文自身的办理时限；不填则按规则计算（紧急当日，党委政府工作安排20日/1个月，其余7个工作日）'),
  reportEveryWorkingDays: z.number().int().min(1).max(60).nullable().optional().describe('情况复杂的事项：每 N 个工作日报告一次进展'),
};

export const createDirectiveRequestSchema = z.object({
  supervisorNodeId: idSchema.describe('立项的督办机构所在组织（工委、单位）'),
  ...directiveFields,
});
export type CreateDirectiveRequest = z.infer<typeof createDirectiveRequestSchema>;

/** Only while 已立项 (before 交办); the limit is computed again from the registration date. */
export const updateDirectiveRequestSchema = z.object({
  code: directiveFields.code,
  title: directiveFields.title.optional(),
  source: sourceSchema.optional(),
  content: directiveFields.content.optional(),
  instruction: directiveFields.instruction,
  instructedBy: directiveFields.instructedBy,
  leadNodeId: idSchema.optional(),
  assistNodeIds: z.array(idSchema).max(50).optional(),
  urgency: urgencySchema.optional(),
  dueOn: directiveFields.dueOn,
  reportEveryWorkingDays: directiveFields.reportEveryWorkingDays,
  version: versionSchema,
});
export type UpdateDirectiveRequest = z.infer<typeof updateDirectiveRequestSchema>;

// ── 流转 ────────────────────────────────────────────────────────────────────

/** 交办、签收、销号 (审核通过): an optional note. */
export const directiveStepRequestSchema = z.object({
  version: versionSchema,
  note: optionalText(2000).describe('意见或说明'),
});
export type DirectiveStepRequest = z.infer<typeof directiveStepRequestSchema>;

export const directiveReportRequestSchema = z.object({
  version: versionSchema,
  text: text(5000).describe('进展情况'),
  nodeId: idSchema.optional().describe('以哪个承办或协办单位（科室）的名义报告；不填取本人可办理的承办单位，其次协办单位'),
});
export type DirectiveReportRequest = z.infer<typeof directiveReportRequestSchema>;

export const directiveCompleteRequestSchema = z.object({
  version: versionSchema,
  result: text(5000).describe('办理结果'),
});
export type DirectiveCompleteRequest = z.infer<typeof directiveCompleteRequestSchema>;

export const directiveRejectRequestSchema = z.object({
  version: versionSchema,
  reason: text(2000).describe('退回理由'),
});
export type DirectiveRejectRequest = z.infer<typeof directiveRejectRequestSchema>;

export const directiveUrgeRequestSchema = z.object({
  version: versionSchema,
  note: text(2000).describe('催办意见'),
});
export type DirectiveUrgeRequest = z.infer<typeof directiveUrgeRequestSchema>;

export const directiveExtensionRequestSchema = z.object({
  version: versionSchema,
  requestedDueOn: isoDateSchema.describe('申请延至的日期：须晚于现办理时限，且不超过立项后15个工作日'),
  reason: text(1000).describe('延期理由'),
});
export type DirectiveExtensionRequest = z.infer<typeof directiveExtensionRequestSchema>;

export const directiveExtensionDecisionRequestSchema = z.object({
  version: versionSchema,
  note: optionalText(1000).describe('审批意见；不予批准时必填'),
});
export type DirectiveExtensionDecisionRequest = z.infer<typeof directiveExtensionDecisionRequestSchema>;

export const directiveExtensionParamsSchema = z.object({ id: idSchema, extensionId: idSchema });

// ── 查询 ────────────────────────────────────────────────────────────────────

export const directiveListQuerySchema = z.object({
  view: z.enum(['all', 'handling', 'supervising']).default('all').describe('handling：本人所辖单位承办或协办的；supervising：本人督办的；all：两者'),
  status: statusSchema.optional(),
  light: lightSchema.optional(),
  nodeId: idSchema.optional().describe('承办或协办单位（含下级）'),
  source: sourceSchema.optional(),
  registeredFrom: isoDateSchema.optional(),
  registeredTo: isoDateSchema.optional(),
  q: z.string().trim().max(100).optional().describe('标题、编号、内容中的文字'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
});
export type DirectiveListQuery = z.infer<typeof directiveListQuerySchema>;

export const directiveBoardQuerySchema = z.object({
  nodeId: idSchema.optional().describe('只看承办单位在此组织之下的'),
  source: sourceSchema.optional(),
  registeredFrom: isoDateSchema.optional(),
  registeredTo: isoDateSchema.optional(),
});
export type DirectiveBoardQuery = z.infer<typeof directiveBoardQuerySchema>;

// ── 响应 ────────────────────────────────────────────────────────────────────

export const directiveSummarySchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  title: z.string(),
  source: sourceSchema,
  urgency: urgencySchema,
  status: statusSchema,
  limitKind: z.enum(DIRECTIVE_LIMIT_KINDS),
  registeredOn: z.string(),
  dueOn: z.string().describe('规则或来文给出的办理时限'),
  extendedDueOn: z.string().nullable().describe('批准延期后的时限'),
  effectiveDueOn: z.string().describe('现行时限：延期后的，否则原时限'),
  planDueOn: z.string().nullable().describe('党委政府工作安排：贯彻落实方案时限（20日）'),
  measuresDueOn: z.string().nullable().describe('党委政府工作安排：具体工作措施时限（1个月）'),
  reportEveryWorkingDays: z.number().int().nullable(),
  supervisorNodeId: z.string(),
  supervisorNodeName: z.string(),
  leadNodeId: z.string(),
  leadNodeName: z.string(),
  assistNodeNames: z.array(z.string()),
  light: lightSchema,
  nextReportDueOn: z.string().nullable().describe('情况复杂事项下次报告进展的时限（上次报告或立项后 N 个工作日）'),
  reportOverdue: z.boolean(),
  urgedAt: z.string().nullable().describe('尚未回应（签收、报告、办结、申请延期）的催办时间'),
  pendingExtensionDueOn: z.string().nullable().describe('待审批的延期申请所申请的日期'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DirectiveSummary = z.infer<typeof directiveSummarySchema>;

export const directivePageSchema = pageOf(directiveSummarySchema);
export type DirectivePage = z.infer<typeof directivePageSchema>;

export const directiveAssigneeSchema = z.object({
  nodeId: z.string(),
  nodeName: z.string(),
  unitName: z.string().nullable().describe('科室所在单位'),
  role: z.enum(DIRECTIVE_ASSIGNEE_ROLES),
});
export type DirectiveAssignee = z.infer<typeof directiveAssigneeSchema>;

export const directiveEventSchema = z.object({
  id: z.string(),
  action: z.enum(DIRECTIVE_EVENT_ACTIONS),
  fromStatus: statusSchema.nullable(),
  toStatus: statusSchema.nullable(),
  actorName: z.string(),
  nodeId: z.string().nullable(),
  nodeName: z.string().nullable(),
  note: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  at: z.string(),
});
export type DirectiveEvent = z.infer<typeof directiveEventSchema>;

export const directiveExtensionSchema = z.object({
  id: z.string(),
  requestedDueOn: z.string(),
  reason: z.string(),
  status: z.enum(DIRECTIVE_EXTENSION_STATUSES),
  requestedByName: z.string().nullable(),
  requestedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type DirectiveExtensionView = z.infer<typeof directiveExtensionSchema>;

export const directiveDetailSchema = directiveSummarySchema.extend({
  content: z.string(),
  instruction: z.string().nullable(),
  instructedBy: z.string().nullable(),
  result: z.string().nullable().describe('最近一次办结所报的办理结果'),
  assignedAt: z.string().nullable(),
  signedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdByName: z.string().nullable(),
  assignees: z.array(directiveAssigneeSchema).describe('承办在前，协办在后'),
  events: z.array(directiveEventSchema).describe('全过程记录，按时间先后'),
  extensions: z.array(directiveExtensionSchema).describe('延期申请，按申请时间先后'),
  actions: z.array(z.enum(DIRECTIVE_ACTIONS)).describe('当前用户此刻可做的操作'),
});
export type DirectiveDetail = z.infer<typeof directiveDetailSchema>;

const lightCountsSchema = z.object({ green: z.number().int(), yellow: z.number().int(), red: z.number().int() });
const statusCountsSchema = z.object(Object.fromEntries(DIRECTIVE_STATUSES.map((s) => [s, z.number().int()])) as Record<DirectiveStatus, z.ZodNumber>);

export const directiveBoardRowSchema = z.object({
  nodeId: z.string().describe('承办单位或科室'),
  nodeName: z.string(),
  nodeKind: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  total: z.number().int(),
  lights: lightCountsSchema,
  statuses: statusCountsSchema,
});
export type DirectiveBoardRow = z.infer<typeof directiveBoardRowSchema>;

export const directiveBoardSchema = z.object({
  today: z.string(),
  rows: z.array(directiveBoardRowSchema).describe('按承办单位、科室，红灯多的在前'),
  totals: z.object({ total: z.number().int(), lights: lightCountsSchema, statuses: statusCountsSchema }),
});
export type DirectiveBoard = z.infer<typeof directiveBoardSchema>;

export const directiveReminderSchema = z.object({
  directive: directiveSummarySchema,
  reasons: z.array(z.enum(DIRECTIVE_REMINDER_REASONS)).min(1),
});
export type DirectiveReminder = z.infer<typeof directiveReminderSchema>;

export const directiveRemindersSchema = z.object({
  today: z.string(),
  handling: z.array(directiveReminderSchema).describe('本人所辖单位承办、协办的：待签收、黄灯、红灯、被催办、应报告进展'),
  supervising: z.array(directiveReminderSchema).describe('本人督办的：办结待审核、红灯、延期申请待审批'),
});
export type DirectiveReminders = z.infer<typeof directiveRemindersSchema>;

// ── 群机器人 ────────────────────────────────────────────────────────────────

export const directiveWebhookRequestSchema = z.object({
  kind: z.enum(DIRECTIVE_WEBHOOK_KINDS, { message: '群机器人类型不正确' }),
  url: z
    .string()
    .trim()
    .max(1000)
    .regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, '请填写以 http:// 或 https:// 开头的机器人地址')
    .describe('群机器人的 Webhook 地址'),
  secret: optionalText(200).describe('钉钉机器人“加签”密钥（可空）'),
});
export type DirectiveWebhookRequest = z.infer<typeof directiveWebhookRequestSchema>;

export const directiveWebhookSchema = z.object({
  configured: z.boolean(),
  kind: z.enum(DIRECTIVE_WEBHOOK_KINDS).nullable(),
  urlHint: z.string().nullable().describe('地址的主机与路径（不含密钥参数）'),
  signed: z.boolean().describe('是否设置了加签密钥'),
});
export type DirectiveWebhookView = z.infer<typeof directiveWebhookSchema>;
