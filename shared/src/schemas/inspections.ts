import { z } from 'zod';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '../limits';
import { PROBLEM_SEVERITIES, PROBLEM_TAG_GROUPS, isProblemTag } from '../catalogue/problem-taxonomies';
import { idSchema, isoDateSchema, pageOf, versionSchema } from './common';
import { DIRECTIVE_LIGHTS } from './directives';

// ── 督查的方式与状态 ──────────────────────────────────────────────────────────

/** The supervision forms of domain.md §6 [002][003]. */
export const INSPECTION_KINDS = ['open_check', 'unannounced_visit', 'special_campaign', 'self_check', 'spot_check', 'supervision', 'social_review', 'follow_up', 'efficiency_review'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];
export const INSPECTION_KIND_LABELS: Record<InspectionKind, string> = {
  open_check: '明查',
  unannounced_visit: '暗访（四不两直）',
  special_campaign: '专项整治',
  self_check: '自查',
  spot_check: '抽查',
  supervision: '督查',
  social_review: '社会评议',
  follow_up: '跟踪监察',
  efficiency_review: '效能评估',
};

export const INSPECTION_STATUSES = ['planned', 'done'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];
export const INSPECTION_STATUS_LABELS: Record<InspectionStatus, string> = { planned: '计划中', done: '已完成' };

/** What the signed-in user may do to a check now. */
export const INSPECTION_ACTIONS = ['edit', 'complete', 'delete', 'register_problem'] as const;
export type InspectionAction = (typeof INSPECTION_ACTIONS)[number];

// ── 问题 ────────────────────────────────────────────────────────────────────

/** open: found, no 整改 yet; rectifying: its 整改 runs; closed: 整改 accepted, 销号. */
export const PROBLEM_STATUSES = ['open', 'rectifying', 'closed'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];
export const PROBLEM_STATUS_LABELS: Record<ProblemStatus, string> = { open: '待整改', rectifying: '整改中', closed: '已销号' };

/** The list filter on the derived repeat flags. */
export const PROBLEM_REPEAT_FILTERS = ['any', 'at_unit', 'widespread', 'recurred'] as const;
export type ProblemRepeatFilter = (typeof PROBLEM_REPEAT_FILTERS)[number];
export const PROBLEM_REPEAT_FILTER_LABELS: Record<ProblemRepeatFilter, string> = {
  any: '任一重复标记',
  at_unit: '同一单位一年内再次发生',
  widespread: '普遍发生（90日内3个以上单位）',
  recurred: '反复出现（整改销号后再次发生）',
};

export const PROBLEM_ACTIONS = ['edit', 'delete', 'rectify', 'hold_accountable'] as const;
export type ProblemAction = (typeof PROBLEM_ACTIONS)[number];

// ── 整改 ────────────────────────────────────────────────────────────────────

/** 整改中 → 已提交待核验 → 核验通过即销号; 核验退回 goes back to 整改中 with the reason. */
export const RECTIFICATION_STATUSES = ['in_progress', 'submitted', 'closed'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const RECTIFICATION_STATUS_LABELS: Record<RectificationStatus, string> = { in_progress: '整改中', submitted: '已提交待核验', closed: '已销号' };

/** The steps of a 整改's history (rectification_events.action). */
export const RECTIFICATION_EVENT_ACTIONS = ['created', 'updated', 'progress', 'evidence', 'submitted', 'accepted', 'reopened', 'escalated'] as const;
export type RectificationEventAction = (typeof RECTIFICATION_EVENT_ACTIONS)[number];
export const RECTIFICATION_EVENT_LABELS: Record<RectificationEventAction, string> = {
  created: '交付整改',
  updated: '修改整改要求',
  progress: '报告整改进展',
  evidence: '提交整改佐证',
  submitted: '提交整改完成情况',
  accepted: '核验通过，销号',
  reopened: '核验退回，重新整改',
  escalated: '逾期转督办',
};

export const RECTIFICATION_ACTIONS = ['edit', 'progress', 'evidence', 'submit', 'accept', 'reopen', 'escalate'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

// ── 问责 ────────────────────────────────────────────────────────────────────

export const ACCOUNTABILITY_KINDS = ['reminder_talk', 'criticism_notice', 'admonishment', 'honours_disqualification', 'organisational', 'other'] as const;
export type AccountabilityKind = (typeof ACCOUNTABILITY_KINDS)[number];
export const ACCOUNTABILITY_KIND_LABELS: Record<AccountabilityKind, string> = {
  reminder_talk: '提醒谈话',
  criticism_notice: '通报批评',
  admonishment: '诫勉',
  honours_disqualification: '取消评先评优资格',
  organisational: '组织处理',
  other: '其他',
};

const text = (max: number) => z.string().trim().min(1, '不能为空').max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const kindSchema = z.enum(INSPECTION_KINDS, { message: '没有这种督查方式' });
const severitySchema = z.enum(PROBLEM_SEVERITIES, { message: '问题严重程度应为一般、较重或严重' });
const lightSchema = z.enum(DIRECTIVE_LIGHTS);
const tagSchema = z.string().refine(isProblemTag, { message: '没有这个问题标签' });
const tagsSchema = z
  .array(tagSchema)
  .min(1, '请至少选择一个问题标签')
  .max(20)
  .refine((tags) => new Set(tags).size === tags.length, { message: '问题标签重复' })
  .describe('问题标签（六种现象、机关病、工作不落实、四风、五查五促、作风方面、工作纪律），见 PROBLEM_TAG_GROUPS');
const page = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
};

// ── 督查：请求 ──────────────────────────────────────────────────────────────

const inspectionFields = {
  kind: kindSchema,
  title: text(200).describe('名称，如“2026年一季度机关作风明查暗访”'),
  subject: optionalText(2000).describe('检查内容或专项整治事项'),
  unannounced: z.boolean().optional().describe('不打招呼（四不两直）：完成前只有检查人员看得到；暗访默认且必须为是'),
  plannedOn: isoDateSchema.describe('计划检查日期'),
  targetNodeIds: z.array(idSchema).min(1, '请至少选择一个被检查单位或科室').max(200).describe('被检查的单位、科室（须在组织单位范围内）'),
  inspectorUserIds: z.array(idSchema).max(50).default([]).describe('检查人员（用户）；创建人自动列入'),
};

export const createInspectionRequestSchema = z.object({
  organizerNodeId: idSchema.describe('组织检查的单位或工委（须有“组织督查”权限）'),
  ...inspectionFields,
});
export type CreateInspectionRequest = z.infer<typeof createInspectionRequestSchema>;

/** Only while 计划中. */
export const updateInspectionRequestSchema = z.object({
  kind: kindSchema.optional(),
  title: inspectionFields.title.optional(),
  subject: inspectionFields.subject,
  unannounced: inspectionFields.unannounced,
  plannedOn: isoDateSchema.optional(),
  targetNodeIds: inspectionFields.targetNodeIds.optional(),
  inspectorUserIds: z.array(idSchema).max(50).optional(),
  version: versionSchema,
});
export type UpdateInspectionRequest = z.infer<typeof updateInspectionRequestSchema>;

export const completeInspectionRequestSchema = z.object({
  version: versionSchema,
  doneOn: isoDateSchema.optional().describe('完成日期，默认今天；不能晚于今天'),
  result: text(5000).describe('检查结果'),
});
export type CompleteInspectionRequest = z.infer<typeof completeInspectionRequestSchema>;

export const inspectionListQuerySchema = z.object({
  kind: kindSchema.optional(),
  status: z.enum(INSPECTION_STATUSES).optional(),
  nodeId: idSchema.optional().describe('组织单位或被检查单位在此组织之下的'),
  plannedFrom: isoDateSchema.optional(),
  plannedTo: isoDateSchema.optional(),
  q: z.string().trim().max(100).optional().describe('名称、检查内容中的文字'),
  ...page,
});
export type InspectionListQuery = z.infer<typeof inspectionListQuerySchema>;
export const inspectionExportQuerySchema = inspectionListQuerySchema.omit({ page: true, pageSize: true });
export type InspectionExportQuery = z.infer<typeof inspectionExportQuerySchema>;

// ── 督查：响应 ──────────────────────────────────────────────────────────────

export const inspectionTargetSchema = z.object({ nodeId: z.string(), nodeName: z.string(), nodeKind: z.string(), unitName: z.string().nullable().describe('科室所在单位') });
export type InspectionTarget = z.infer<typeof inspectionTargetSchema>;

export const inspectionSummarySchema = z.object({
  id: z.string(),
  organizerNodeId: z.string(),
  organizerNodeName: z.string(),
  kind: kindSchema,
  title: z.string(),
  subject: z.string().nullable(),
  unannounced: z.boolean(),
  plannedOn: z.string(),
  doneOn: z.string().nullable(),
  status: z.enum(INSPECTION_STATUSES),
  result: z.string().nullable(),
  targets: z.array(inspectionTargetSchema),
  inspectorNames: z.array(z.string()),
  problemCount: z.number().int().describe('本人看得到的问题数'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type InspectionSummary = z.infer<typeof inspectionSummarySchema>;
export const inspectionPageSchema = pageOf(inspectionSummarySchema);
export type InspectionPage = z.infer<typeof inspectionPageSchema>;

export const inspectionDetailSchema = inspectionSummarySchema.extend({
  inspectors: z.array(z.object({ userId: z.string(), displayName: z.string() })),
  createdByName: z.string().nullable(),
  actions: z.array(z.enum(INSPECTION_ACTIONS)).describe('当前用户此刻可做的操作'),
});
export type InspectionDetail = z.infer<typeof inspectionDetailSchema>;

// ── 问题：请求 ──────────────────────────────────────────────────────────────

export const createProblemRequestSchema = z.object({
  inspectionId: idSchema.nullable().optional().describe('发现问题的检查；不填为单独登记的问题'),
  nodeId: idSchema.describe('问题所在单位或科室（检查发现的，须在被检查范围内）'),
  personId: idSchema.nullable().optional().describe('涉及人员（本单位人员）'),
  foundOn: isoDateSchema.optional().describe('发现日期，默认今天；不能晚于今天'),
  facts: text(5000).describe('问题事实'),
  tags: tagsSchema,
  severity: severitySchema,
});
export type CreateProblemRequest = z.infer<typeof createProblemRequestSchema>;

/** Until its 整改 is accepted. */
export const updateProblemRequestSchema = z.object({
  nodeId: idSchema.optional(),
  personId: idSchema.nullable().optional(),
  foundOn: isoDateSchema.optional(),
  facts: text(5000).optional(),
  tags: tagsSchema.optional(),
  severity: severitySchema.optional(),
  version: versionSchema,
});
export type UpdateProblemRequest = z.infer<typeof updateProblemRequestSchema>;

const tagGroupCodes = PROBLEM_TAG_GROUPS.map((g) => g.code) as [string, ...string[]];

export const problemListQuerySchema = z.object({
  inspectionId: idSchema.optional(),
  nodeId: idSchema.optional().describe('问题所在单位或科室在此组织之下的'),
  tag: tagSchema.optional(),
  tagGroup: z.enum(tagGroupCodes, { message: '没有这个问题分类' }).optional().describe('问题分类（标签所属的清单）'),
  severity: severitySchema.optional(),
  status: z.enum(PROBLEM_STATUSES).optional(),
  repeat: z.enum(PROBLEM_REPEAT_FILTERS).optional().describe('重复标记：any 任一；at_unit 同一单位一年内再次发生；widespread 普遍发生；recurred 反复出现'),
  foundFrom: isoDateSchema.optional(),
  foundTo: isoDateSchema.optional(),
  q: z.string().trim().max(100).optional().describe('问题事实中的文字'),
  ...page,
});
export type ProblemListQuery = z.infer<typeof problemListQuerySchema>;
export const problemExportQuerySchema = problemListQuerySchema.omit({ page: true, pageSize: true });
export type ProblemExportQuery = z.infer<typeof problemExportQuerySchema>;

// ── 问题：响应 ──────────────────────────────────────────────────────────────

export const earlierProblemSchema = z.object({
  id: z.string(),
  foundOn: z.string(),
  tags: z.array(z.string()).describe('与本问题相同的标签'),
  acceptedOn: z.string().nullable().describe('其整改核验通过（销号）的日期'),
});
export type EarlierProblemView = z.infer<typeof earlierProblemSchema>;

export const problemRepeatsSchema = z.object({
  repeatAtUnit: z.array(earlierProblemSchema).describe('同一单位365日内此前发生的同类问题'),
  widespread: z.array(z.object({ tag: z.string(), unitCount: z.number().int() })).describe('普遍发生：90日内有3个以上单位出现的标签'),
  recurredAfterRectification: z.array(earlierProblemSchema).describe('反复出现：同一单位此前的同类问题已整改销号'),
});
export type ProblemRepeatsView = z.infer<typeof problemRepeatsSchema>;

export const problemSummarySchema = z.object({
  id: z.string(),
  inspectionId: z.string().nullable(),
  inspectionTitle: z.string().nullable(),
  inspectionKind: kindSchema.nullable(),
  nodeId: z.string(),
  nodeName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  foundOn: z.string(),
  facts: z.string(),
  tags: z.array(z.string()),
  severity: severitySchema,
  status: z.enum(PROBLEM_STATUSES),
  repeatAtUnit: z.boolean(),
  widespread: z.boolean(),
  recurredAfterRectification: z.boolean(),
  rectificationId: z.string().nullable(),
  rectificationStatus: z.enum(RECTIFICATION_STATUSES).nullable(),
  rectificationDueOn: z.string().nullable(),
  rectificationLight: lightSchema.nullable(),
  accountabilityCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProblemSummary = z.infer<typeof problemSummarySchema>;
export const problemPageSchema = pageOf(problemSummarySchema);
export type ProblemPage = z.infer<typeof problemPageSchema>;

export const accountabilitySchema = z.object({
  id: z.string(),
  problemId: z.string(),
  kind: z.enum(ACCOUNTABILITY_KINDS),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  nodeId: z.string().nullable(),
  nodeName: z.string().nullable(),
  basis: z.string(),
  decidedOn: z.string(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type Accountability = z.infer<typeof accountabilitySchema>;

// ── 整改：请求 ──────────────────────────────────────────────────────────────

export const createRectificationRequestSchema = z.object({
  measures: text(5000).describe('整改措施'),
  focus: optionalText(2000).describe('整改重点'),
  responsibleNodeId: idSchema.describe('整改责任单位或科室（问题所在单位之内）'),
  responsiblePersonId: idSchema.nullable().optional().describe('整改责任人'),
  startedOn: isoDateSchema.optional().describe('起算日期，默认今天'),
  workingDays: z.number().int().min(1).max(250).describe('整改时限（工作日，按国务院公布的工作日历，起算日当天不计）'),
  version: versionSchema.describe('问题的版本号'),
});
export type CreateRectificationRequest = z.infer<typeof createRectificationRequestSchema>;

export const updateRectificationRequestSchema = z.object({
  measures: text(5000).optional(),
  focus: optionalText(2000),
  responsibleNodeId: idSchema.optional(),
  responsiblePersonId: idSchema.nullable().optional(),
  startedOn: isoDateSchema.optional(),
  workingDays: z.number().int().min(1).max(250).optional(),
  version: versionSchema,
});
export type UpdateRectificationRequest = z.infer<typeof updateRectificationRequestSchema>;

/** 报告整改进展, 提交整改佐证 (text: photos are never required), 提交整改完成情况. */
export const rectificationTextRequestSchema = z.object({
  version: versionSchema,
  text: text(5000).describe('进展情况、佐证材料说明或整改完成情况'),
});
export type RectificationTextRequest = z.infer<typeof rectificationTextRequestSchema>;

export const rectificationAcceptRequestSchema = z.object({
  version: versionSchema,
  note: optionalText(2000).describe('核验意见'),
});
export type RectificationAcceptRequest = z.infer<typeof rectificationAcceptRequestSchema>;

export const rectificationReopenRequestSchema = z.object({
  version: versionSchema,
  reason: text(2000).describe('退回理由'),
});
export type RectificationReopenRequest = z.infer<typeof rectificationReopenRequestSchema>;

export const rectificationEscalateRequestSchema = z.object({
  version: versionSchema,
  supervisorNodeId: idSchema.optional().describe('立项督办的组织；默认为组织检查的单位（单独登记的问题为问题所在单位）'),
  note: optionalText(2000).describe('转督办说明，写入督办内容'),
});
export type RectificationEscalateRequest = z.infer<typeof rectificationEscalateRequestSchema>;

export const rectificationListQuerySchema = z.object({
  status: z.enum(RECTIFICATION_STATUSES).optional(),
  light: lightSchema.optional(),
  nodeId: idSchema.optional().describe('责任单位（科室）或问题所在单位在此组织之下的'),
  tag: tagSchema.optional(),
  escalated: z.enum(['true', 'false']).optional().describe('是否已转督办'),
  dueFrom: isoDateSchema.optional(),
  dueTo: isoDateSchema.optional(),
  q: z.string().trim().max(100).optional().describe('整改措施、问题事实中的文字'),
  ...page,
});
export type RectificationListQuery = z.infer<typeof rectificationListQuerySchema>;
export const rectificationExportQuerySchema = rectificationListQuerySchema.omit({ page: true, pageSize: true });
export type RectificationExportQuery = z.infer<typeof rectificationExportQuerySchema>;

// ── 整改：响应 ──────────────────────────────────────────────────────────────

export const rectificationSummarySchema = z.object({
  id: z.string(),
  problemId: z.string(),
  problemFacts: z.string(),
  problemTags: z.array(z.string()),
  problemNodeName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  measures: z.string(),
  focus: z.string().nullable(),
  responsibleNodeId: z.string(),
  responsibleNodeName: z.string(),
  responsiblePersonId: z.string().nullable(),
  responsiblePersonName: z.string().nullable(),
  startedOn: z.string(),
  workingDays: z.number().int(),
  dueOn: z.string().describe('整改时限：起算日后第 N 个工作日'),
  status: z.enum(RECTIFICATION_STATUSES),
  light: lightSchema.describe('亮灯：已提交待核验或已销号为绿灯；3个工作日内到期黄灯；超期红灯'),
  submittedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  escalatedDirectiveId: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RectificationSummary = z.infer<typeof rectificationSummarySchema>;
export const rectificationPageSchema = pageOf(rectificationSummarySchema);
export type RectificationPage = z.infer<typeof rectificationPageSchema>;

export const rectificationEventSchema = z.object({
  id: z.string(),
  action: z.enum(RECTIFICATION_EVENT_ACTIONS),
  actorName: z.string(),
  note: z.string().nullable(),
  at: z.string(),
});
export type RectificationEvent = z.infer<typeof rectificationEventSchema>;

export const rectificationDetailSchema = rectificationSummarySchema.extend({
  events: z.array(rectificationEventSchema).describe('全过程记录，按时间先后'),
  actions: z.array(z.enum(RECTIFICATION_ACTIONS)).describe('当前用户此刻可做的操作'),
});
export type RectificationDetail = z.infer<typeof rectificationDetailSchema>;

export const problemDetailSchema = problemSummarySchema.extend({
  repeats: problemRepeatsSchema,
  rectification: rectificationDetailSchema.nullable(),
  accountabilities: z.array(accountabilitySchema),
  createdByName: z.string().nullable(),
  actions: z.array(z.enum(PROBLEM_ACTIONS)).describe('当前用户此刻可做的操作'),
});
export type ProblemDetail = z.infer<typeof problemDetailSchema>;

// ── 问责：请求 ──────────────────────────────────────────────────────────────

export const createAccountabilityRequestSchema = z.object({
  kind: z.enum(ACCOUNTABILITY_KINDS, { message: '问责方式不正确' }),
  basis: text(2000).describe('问责依据'),
  personId: idSchema.nullable().optional().describe('被问责人员'),
  nodeId: idSchema.nullable().optional().describe('被问责单位或科室（人员与单位至少填一项）'),
  decidedOn: isoDateSchema.describe('问责日期'),
});
export type CreateAccountabilityRequest = z.infer<typeof createAccountabilityRequestSchema>;

export const accountabilityParamsSchema = z.object({ id: idSchema, accountabilityId: idSchema });

// ── 通报与台账 ──────────────────────────────────────────────────────────────

/** One check's, or a node's over a period (默认今年1月1日至今天). */
export const inspectionReportQuerySchema = z.object({
  inspectionId: idSchema.optional().describe('一次检查的通报、台账'),
  nodeId: idSchema.optional().describe('某组织（含下级）一段时间的通报、台账；与 inspectionId 二选一'),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type InspectionReportQuery = z.infer<typeof inspectionReportQuerySchema>;
