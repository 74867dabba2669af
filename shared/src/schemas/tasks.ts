import { z } from 'zod';
import { ORG_NODE_KINDS } from '../enums';
import { idSchema, isoDateSchema, pageOf, versionSchema } from './common';

/**
 * Task lists of the 项目工作法 (任务项目化、项目清单化、清单具体化): plans of several kinds, their
 * items with 牵头/配合/责任人/完成时限/工作标准, milestones scheduled backwards from the deadline,
 * and the history of every step (责任倒查).
 */

export const TASK_PLAN_KINDS = ['work_points', 'key_tasks', 'project_list', 'five_year_roadmap', 'annual_book', 'monthly_plan', 'guidance'] as const;
export type TaskPlanKind = (typeof TASK_PLAN_KINDS)[number];

export const TASK_PLAN_KIND_LABELS: Record<TaskPlanKind, string> = {
  work_points: '年度工作要点',
  key_tasks: '重点任务清单',
  project_list: '项目化清单',
  five_year_roadmap: '五年路线图',
  annual_book: '年度任务书',
  monthly_plan: '月度施工图',
  guidance: '重点任务指引',
};

/**
 * The kinds a plan may hang under (parent_plan_id): 五年路线图 → 年度任务书 → 月度施工图, and
 * 年度工作要点 → 重点任务清单 → 项目化清单. A kind not listed has no parent.
 */
export const TASK_PLAN_PARENT_KINDS: Record<TaskPlanKind, readonly TaskPlanKind[]> = {
  work_points: [],
  key_tasks: ['work_points'],
  project_list: ['key_tasks', 'work_points'],
  five_year_roadmap: [],
  annual_book: ['five_year_roadmap'],
  monthly_plan: ['annual_book'],
  guidance: [],
};

/** How many years a 五年路线图 spans, its own year included. */
export const ROADMAP_YEARS = 5;

export const TASK_PLAN_STATUSES = ['draft', 'issued'] as const;
export type TaskPlanStatus = (typeof TASK_PLAN_STATUSES)[number];
export const TASK_PLAN_STATUS_LABELS: Record<TaskPlanStatus, string> = { draft: '草稿', issued: '已下发' };

/** open → completed (awaiting verification) → verified; a rejection goes back to open; dropped ends it with a reason. */
export const TASK_ITEM_STATUSES = ['open', 'completed', 'verified', 'dropped'] as const;
export type TaskItemStatus = (typeof TASK_ITEM_STATUSES)[number];
export const TASK_ITEM_STATUS_LABELS: Record<TaskItemStatus, string> = { open: '推进中', completed: '待核验', verified: '已核验', dropped: '已取消' };

export const TASK_EVENT_ACTIONS = ['created', 'updated', 'progress', 'completed', 'rejected', 'verified', 'dropped', 'localised', 'milestones_added', 'milestone_changed', 'milestone_done', 'milestone_deleted'] as const;
export type TaskEventAction = (typeof TASK_EVENT_ACTIONS)[number];
export const TASK_EVENT_ACTION_LABELS: Record<TaskEventAction, string> = {
  created: '创建',
  updated: '修改',
  progress: '报告进展',
  completed: '报告完成',
  rejected: '核验退回',
  verified: '核验通过',
  dropped: '取消（不采纳）',
  localised: '由指引转化',
  milestones_added: '设定节点',
  milestone_changed: '修改节点',
  milestone_done: '完成节点',
  milestone_deleted: '删除节点',
};

/** What became of a guidance item in a unit's localised list, as the 工委 sees it. */
export const LOCALISATION_OUTCOMES = ['adopted', 'changed', 'dropped', 'missing'] as const;
export type LocalisationOutcome = (typeof LOCALISATION_OUTCOMES)[number];
export const LOCALISATION_OUTCOME_LABELS: Record<LocalisationOutcome, string> = { adopted: '照单采纳', changed: '结合实际调整', dropped: '不采纳', missing: '未转化' };

const kindSchema = z.enum(TASK_PLAN_KINDS, { message: '没有这种清单' });
const yearSchema = z.number().int().min(2000, '年份不正确').max(2100, '年份不正确');
const monthSchema = z.number().int().min(1, '月份应为1—12').max(12, '月份应为1—12');
const titleSchema = z.string().trim().min(1, '请填写名称').max(200);
const noteSchema = (what: string) => z.string().trim().min(1, `请填写${what}`).max(2000);

// ── 清单 ────────────────────────────────────────────────────────────────────

export const createTaskPlanRequestSchema = z.object({
  nodeId: idSchema.describe('清单所属组织（市、县区工委，单位或科室）'),
  kind: kindSchema,
  title: titleSchema,
  year: yearSchema.describe('年度；五年路线图为起始年'),
  month: monthSchema.nullable().optional().describe('月度施工图的月份'),
  parentPlanId: idSchema.nullable().optional().describe('上级规划：年度任务书挂在五年路线图下，月度施工图挂在年度任务书下'),
});
export type CreateTaskPlanRequest = z.infer<typeof createTaskPlanRequestSchema>;

export const updateTaskPlanRequestSchema = z.object({
  title: titleSchema.optional(),
  year: yearSchema.optional(),
  month: monthSchema.nullable().optional(),
  parentPlanId: idSchema.nullable().optional(),
  version: versionSchema,
});
export type UpdateTaskPlanRequest = z.infer<typeof updateTaskPlanRequestSchema>;

export const versionOnlyRequestSchema = z.object({ version: versionSchema });
export type VersionOnlyRequest = z.infer<typeof versionOnlyRequestSchema>;

export const taskPlanListQuerySchema = z.object({
  nodeId: idSchema.optional().describe('所属组织（含下级）'),
  kind: kindSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TaskPlanListQuery = z.infer<typeof taskPlanListQuerySchema>;

const planRefSchema = z.object({ id: z.string(), title: z.string(), kind: kindSchema, nodeName: z.string() });

export const taskPlanSummarySchema = z.object({
  id: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  nodeKind: z.enum(ORG_NODE_KINDS),
  nodeUnitId: z.string().nullable().describe('清单所属组织所在单位；工委（市、县区、系统）为空'),
  kind: kindSchema,
  title: z.string(),
  year: z.number().int().nullable(),
  month: z.number().int().nullable(),
  parentPlan: planRefSchema.nullable(),
  sourcePlan: planRefSchema.nullable().describe('由哪份重点任务指引转化而来'),
  status: z.enum(TASK_PLAN_STATUSES),
  issuedAt: z.string().nullable(),
  createdByName: z.string().nullable(),
  itemCount: z.number().int(),
  completedCount: z.number().int().describe('待核验'),
  verifiedCount: z.number().int(),
  droppedCount: z.number().int(),
  overdueCount: z.number().int().describe('超过完成时限仍未核验'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TaskPlanSummary = z.infer<typeof taskPlanSummarySchema>;

export const taskPlanPageSchema = pageOf(taskPlanSummarySchema);
export type TaskPlanPage = z.infer<typeof taskPlanPageSchema>;

// ── 任务 ────────────────────────────────────────────────────────────────────

export const taskItemSchema = z.object({
  id: z.string(),
  planId: z.string(),
  parentItemId: z.string().nullable(),
  sourceItemId: z.string().nullable().describe('转化自指引中的哪一项'),
  title: z.string(),
  leadNodeId: z.string().nullable(),
  leadNodeName: z.string().nullable(),
  partners: z.array(z.object({ nodeId: z.string(), name: z.string() })).describe('配合科室/单位'),
  responsiblePersonId: z.string().nullable(),
  responsiblePersonName: z.string().nullable(),
  dueOn: z.string().nullable(),
  standard: z.string().nullable().describe('工作标准：据以核验的可衡量标准'),
  status: z.enum(TASK_ITEM_STATUSES),
  overdue: z.boolean().describe('今天已过完成时限且尚未核验'),
  completedOn: z.string().nullable(),
  completionNote: z.string().nullable(),
  verifiedByName: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  sortOrder: z.number().int(),
  createdOn: z.string().describe('创建日期'),
  milestoneMarks: z.array(z.object({ dueOn: z.string(), done: z.boolean() })).describe('节点日期，先后为序（甘特图标记）'),
  version: z.number().int(),
});
export type TaskItem = z.infer<typeof taskItemSchema>;

export const taskPlanDetailSchema = taskPlanSummarySchema.extend({
  items: z.array(taskItemSchema).describe('全部任务，按层级与顺序；parentItemId 表示嵌套'),
  childPlans: z.array(planRefSchema.extend({ year: z.number().int().nullable(), month: z.number().int().nullable(), status: z.enum(TASK_PLAN_STATUSES) })),
  mayWrite: z.boolean().describe('当前用户可维护本清单并核验'),
  mayOversee: z.boolean().describe('当前用户可查看清单所属组织（工委查看各单位的转化情况）'),
});
export type TaskPlanDetail = z.infer<typeof taskPlanDetailSchema>;

const itemFields = {
  parentItemId: idSchema.nullable().optional().describe('上级任务（同一清单内）'),
  title: titleSchema,
  leadNodeId: idSchema.nullable().optional().describe('牵头科室/单位，须在清单所属组织之内'),
  partnerNodeIds: z.array(idSchema).max(30).optional().describe('配合科室/单位'),
  responsiblePersonId: idSchema.nullable().optional().describe('责任人，须为牵头科室/单位所在单位的人员'),
  dueOn: isoDateSchema.describe('完成时限'),
  standard: noteSchema('工作标准').describe('工作标准：完成后据以核验的可衡量标准'),
  sortOrder: z.number().int().min(0).max(100000).optional(),
};

export const createTaskItemRequestSchema = z.object(itemFields);
export type CreateTaskItemRequest = z.infer<typeof createTaskItemRequestSchema>;

export const updateTaskItemRequestSchema = z.object(itemFields).partial().extend({ version: versionSchema });
export type UpdateTaskItemRequest = z.infer<typeof updateTaskItemRequestSchema>;

export const taskMilestoneSchema = z.object({
  id: z.string(),
  title: z.string(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  overdue: z.boolean(),
  sortOrder: z.number().int(),
});
export type TaskMilestone = z.infer<typeof taskMilestoneSchema>;

export const taskEventSchema = z.object({
  id: z.string(),
  action: z.enum(TASK_EVENT_ACTIONS),
  actorName: z.string(),
  note: z.string().nullable(),
  at: z.string(),
});
export type TaskEvent = z.infer<typeof taskEventSchema>;

export const taskItemDetailSchema = taskItemSchema.extend({
  plan: planRefSchema.extend({ nodeId: z.string(), status: z.enum(TASK_PLAN_STATUSES) }),
  milestones: z.array(taskMilestoneSchema),
  events: z.array(taskEventSchema).describe('全过程记录，先后为序（责任倒查）'),
  mayHandle: z.boolean().describe('当前用户可报告进展、报告完成'),
  mayVerify: z.boolean().describe('当前用户可核验（维护清单者，且不是完成人）'),
  mayEdit: z.boolean(),
});
export type TaskItemDetail = z.infer<typeof taskItemDetailSchema>;

export const reportProgressRequestSchema = z.object({ note: noteSchema('进展情况') });
export type ReportProgressRequest = z.infer<typeof reportProgressRequestSchema>;

export const completeTaskItemRequestSchema = z.object({ note: noteSchema('完成情况').describe('对照工作标准说明完成情况与佐证（附件可选）'), version: versionSchema });
export type CompleteTaskItemRequest = z.infer<typeof completeTaskItemRequestSchema>;

export const verifyTaskItemRequestSchema = z.object({ note: z.string().trim().max(2000).nullable().optional().describe('核验意见'), version: versionSchema });
export type VerifyTaskItemRequest = z.infer<typeof verifyTaskItemRequestSchema>;

export const reasonRequestSchema = z.object({ reason: noteSchema('理由'), version: versionSchema });
export type ReasonRequest = z.infer<typeof reasonRequestSchema>;

// ── 时间倒排 ────────────────────────────────────────────────────────────────

export const proposeMilestonesRequestSchema = z.object({
  steps: z
    .array(z.object({ title: titleSchema, workingDays: z.number().int().min(0).max(750).describe('该步骤所需工作日') }))
    .min(1, '至少填写一个步骤')
    .max(20)
    .describe('按先后顺序的步骤；最后一步在完成时限当天（或之前最近的工作日）结束'),
});
export type ProposeMilestonesRequest = z.infer<typeof proposeMilestonesRequestSchema>;

export const milestoneProposalSchema = z.object({
  dueOn: z.string().describe('任务的完成时限'),
  startOn: z.string().describe('按倒排须开始的日期'),
  startsBeforeToday: z.boolean().describe('倒排后开始日期已过：时间不够'),
  milestones: z.array(z.object({ title: z.string(), dueOn: z.string() })),
});
export type MilestoneProposal = z.infer<typeof milestoneProposalSchema>;

export const createMilestonesRequestSchema = z.object({
  milestones: z
    .array(z.object({ title: titleSchema, dueOn: isoDateSchema }))
    .min(1, '至少一个节点')
    .max(20),
});
export type CreateMilestonesRequest = z.infer<typeof createMilestonesRequestSchema>;

export const updateMilestoneRequestSchema = z.object({
  title: titleSchema.optional(),
  dueOn: isoDateSchema.optional(),
  done: z.boolean().optional().describe('true：标记完成（今天）；false：取消完成'),
});
export type UpdateMilestoneRequest = z.infer<typeof updateMilestoneRequestSchema>;

// ── 重点任务指引 ─────────────────────────────────────────────────────────────

export const localiseGuidanceRequestSchema = z.object({
  unitId: idSchema.describe('转化指引的单位'),
  title: titleSchema.optional().describe('本单位清单名称；默认取指引名称'),
});
export type LocaliseGuidanceRequest = z.infer<typeof localiseGuidanceRequestSchema>;

export const guidanceListQuerySchema = z.object({ unitId: idSchema.describe('查看上级下发给本单位的指引') });

export const guidanceForUnitSchema = z.object({
  guidance: taskPlanSummarySchema,
  localisedPlan: z.object({ id: z.string(), title: z.string(), status: z.enum(TASK_PLAN_STATUSES) }).nullable(),
});
export const guidanceForUnitListSchema = z.array(guidanceForUnitSchema);
export type GuidanceForUnit = z.infer<typeof guidanceForUnitSchema>;

export const localisationOutcomeSchema = z.object({
  sourceItemId: z.string(),
  itemId: z.string().nullable(),
  outcome: z.enum(LOCALISATION_OUTCOMES),
  changedFields: z.array(z.enum(['title', 'standard', 'dueOn'])),
  reason: z.string().nullable().describe('不采纳的理由'),
  status: z.enum(TASK_ITEM_STATUSES).nullable(),
});
export type LocalisationOutcomeView = z.infer<typeof localisationOutcomeSchema>;

export const guidanceLocalisationsSchema = z.object({
  guidanceId: z.string(),
  items: z.array(z.object({ id: z.string(), title: z.string(), parentItemId: z.string().nullable() })),
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      plan: z.object({ id: z.string(), title: z.string(), status: z.enum(TASK_PLAN_STATUSES), createdAt: z.string() }).nullable(),
      outcomes: z.array(localisationOutcomeSchema),
      adoptedCount: z.number().int(),
      changedCount: z.number().int(),
      droppedCount: z.number().int(),
      addedCount: z.number().int().describe('单位自行增加的任务'),
    }),
  ),
});
export type GuidanceLocalisations = z.infer<typeof guidanceLocalisationsSchema>;
