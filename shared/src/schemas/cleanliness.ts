import { z } from 'zod';
import { TEXT_MAX } from '../limits';
import { idSchema, versionSchema } from './common';

/** 清洁机关: the four criteria of the scoring sheet (环境整洁、卫生清洁、物品整齐、空气清新). */
export const CLEANLINESS_CRITERIA = ['environment', 'hygiene', 'tidiness', 'air'] as const;
export type CleanlinessCriterion = (typeof CLEANLINESS_CRITERIA)[number];

export const CLEANLINESS_CRITERION_LABELS: Record<CleanlinessCriterion, string> = {
  environment: '环境整洁',
  hygiene: '卫生清洁',
  tidiness: '物品整齐',
  air: '空气清新',
};

/** Where a sheet's items are defined: a 工委 (city, 县区, 系统) for its subtree, or a unit for itself. */
export const CLEANLINESS_ITEM_NODE_KINDS = ['city', 'district', 'system', 'unit'] as const;

export const CLEANLINESS_ITEM_MAX_SCORE = 100;
export const CLEANLINESS_TITLE_MAX = 100;
/** The most 科室 one monthly draw may pick. */
export const CLEANLINESS_DRAW_MAX = 50;

/** A sheet to start from (100 points), for a node that has none yet; each item can be changed after. */
export const CLEANLINESS_STANDARD_ITEMS: readonly { criterion: CleanlinessCriterion; title: string; maxScore: number }[] = [
  { criterion: 'environment', title: '门窗、墙面、地面干净，无乱贴乱画', maxScore: 10 },
  { criterion: 'environment', title: '办公区域及门前通道无杂物堆放', maxScore: 8 },
  { criterion: 'environment', title: '绿植摆放适宜、养护良好', maxScore: 7 },
  { criterion: 'hygiene', title: '桌面、柜面、办公设备无积尘', maxScore: 10 },
  { criterion: 'hygiene', title: '垃圾及时清理，分类投放', maxScore: 8 },
  { criterion: 'hygiene', title: '茶具、水杯等清洁卫生', maxScore: 7 },
  { criterion: 'tidiness', title: '办公桌面物品摆放整齐有序', maxScore: 10 },
  { criterion: 'tidiness', title: '文件资料归档规范，柜内整洁', maxScore: 10 },
  { criterion: 'tidiness', title: '个人物品不在办公区随意放置', maxScore: 10 },
  { criterion: 'air', title: '室内无烟味、异味，落实禁烟规定', maxScore: 10 },
  { criterion: 'air', title: '按时开窗通风，空气流通', maxScore: 10 },
];

export const CLEANLINESS_CHECK_STATUSES = ['drawn', 'published'] as const;
export type CleanlinessCheckStatus = (typeof CLEANLINESS_CHECK_STATUSES)[number];
export const CLEANLINESS_CHECK_STATUS_LABELS: Record<CleanlinessCheckStatus, string> = { drawn: '已抽查，评分中', published: '已通报' };

const criterionSchema = z.enum(CLEANLINESS_CRITERIA, { message: '检查标准应为环境整洁、卫生清洁、物品整齐或空气清新' });
const maxScoreSchema = z
  .number({ message: '请填写分值' })
  .int('分值应为整数')
  .min(1, '分值至少1分')
  .max(CLEANLINESS_ITEM_MAX_SCORE, `分值不超过${CLEANLINESS_ITEM_MAX_SCORE}分`);
const titleSchema = z.string().trim().min(1, '请填写检查内容').max(CLEANLINESS_TITLE_MAX);
const sortOrderSchema = z.number().int().min(0).max(9999);

/** `YYYY-MM`, a calendar month. */
export const yearMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
  .describe('月份 YYYY-MM');

export const cleanlinessItemSchema = z.object({
  id: z.string(),
  nodeId: z.string().describe('设定该项的组织：工委设定的适用于所辖单位'),
  nodeName: z.string(),
  criterion: criterionSchema,
  title: z.string(),
  maxScore: z.number().int(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  inherited: z.boolean().describe('由上级工委设定（本单位不能修改，可增设本单位的项目）'),
  version: z.number().int(),
});
export type CleanlinessItem = z.infer<typeof cleanlinessItemSchema>;

export const cleanlinessSheetQuerySchema = z.object({
  nodeId: idSchema.describe('单位或工委：其检查表为本级及上级设定的项目'),
  includeInactive: z.enum(['true', 'false']).optional().describe('true：同时列出本级已停用的项目（维护检查表时）'),
});
export type CleanlinessSheetQuery = z.infer<typeof cleanlinessSheetQuerySchema>;

export const cleanlinessSheetSchema = z.object({
  nodeId: z.string(),
  nodeName: z.string(),
  items: z.array(cleanlinessItemSchema).describe('按检查标准、顺序排列'),
  maxTotal: z.number().int().describe('启用项目的满分合计'),
});
export type CleanlinessSheet = z.infer<typeof cleanlinessSheetSchema>;

export const createCleanlinessItemRequestSchema = z.object({
  nodeId: idSchema.describe('设定该项的单位或工委'),
  criterion: criterionSchema,
  title: titleSchema.describe('检查内容'),
  maxScore: maxScoreSchema.describe('满分'),
  sortOrder: sortOrderSchema.optional(),
});
export type CreateCleanlinessItemRequest = z.infer<typeof createCleanlinessItemRequestSchema>;

export const updateCleanlinessItemRequestSchema = z.object({
  criterion: criterionSchema.optional(),
  title: titleSchema.optional(),
  maxScore: maxScoreSchema.optional(),
  sortOrder: sortOrderSchema.optional(),
  active: z.boolean().optional().describe('停用后不再出现在检查表中，已有评分保留'),
  version: versionSchema,
});
export type UpdateCleanlinessItemRequest = z.infer<typeof updateCleanlinessItemRequestSchema>;

export const standardCleanlinessItemsRequestSchema = z.object({ nodeId: idSchema.describe('尚未设定本级项目的单位或工委') });
export type StandardCleanlinessItemsRequest = z.infer<typeof standardCleanlinessItemsRequestSchema>;

export const drawCleanlinessCheckRequestSchema = z.object({
  unitId: idSchema.describe('被检查的单位'),
  month: yearMonthSchema,
  count: z.number({ message: '请填写抽查科室数' }).int('抽查科室数应为整数').min(1, '至少抽查1个科室').max(CLEANLINESS_DRAW_MAX).describe('随机抽取的科室数'),
});
export type DrawCleanlinessCheckRequest = z.infer<typeof drawCleanlinessCheckRequestSchema>;

export const cleanlinessCheckSummarySchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  month: z.string(),
  status: z.enum(CLEANLINESS_CHECK_STATUSES),
  drawnAt: z.string(),
  drawnByName: z.string().nullable(),
  publishedAt: z.string().nullable(),
  departmentCount: z.number().int().describe('抽中的科室数'),
  scoredCount: z.number().int(),
  version: z.number().int(),
});
export type CleanlinessCheckSummary = z.infer<typeof cleanlinessCheckSummarySchema>;

export const cleanlinessCheckListQuerySchema = z.object({
  unitId: idSchema,
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type CleanlinessCheckListQuery = z.infer<typeof cleanlinessCheckListQuerySchema>;

export const cleanlinessCheckListSchema = z.array(cleanlinessCheckSummarySchema);

const criterionTotalsSchema = z.object({ environment: z.number(), hygiene: z.number(), tidiness: z.number(), air: z.number() });
export type CleanlinessCriterionTotals = z.infer<typeof criterionTotalsSchema>;

/** One drawn 科室: its scores per item, totals, and its place among the month's scored 科室. */
export const cleanlinessDepartmentResultSchema = z.object({
  departmentId: z.string(),
  departmentName: z.string(),
  scores: z.record(z.string(), z.number()),
  total: z.number().int().nullable().describe('未评分时为空'),
  criterionTotals: criterionTotalsSchema.nullable(),
  rank: z.number().int().nullable().describe('名次：同分同名次'),
  note: z.string().nullable(),
  scoredByName: z.string().nullable(),
  scoredAt: z.string().nullable(),
});
export type CleanlinessDepartmentResult = z.infer<typeof cleanlinessDepartmentResultSchema>;

export const cleanlinessCheckSchema = cleanlinessCheckSummarySchema.extend({
  items: z.array(cleanlinessItemSchema).describe('检查表：现行启用项目，及本月已评分但已停用的项目'),
  maxTotal: z.number().int(),
  departments: z.array(cleanlinessDepartmentResultSchema).describe('已评分的按名次，未评分的在后'),
  canWrite: z.boolean(),
});
export type CleanlinessCheck = z.infer<typeof cleanlinessCheckSchema>;

export const saveCleanlinessScoresRequestSchema = z.object({
  scores: z.record(z.string(), z.number({ message: '请填写得分' }).int('得分应为整数').min(0, '得分不能为负')).describe('检查项目 → 得分（0至该项满分）'),
  note: z.string().trim().max(TEXT_MAX).nullable().optional().describe('检查发现的主要问题'),
  version: versionSchema.describe('检查的版本号'),
});
export type SaveCleanlinessScoresRequest = z.infer<typeof saveCleanlinessScoresRequestSchema>;

export const cleanlinessScoreParamsSchema = z.object({ id: idSchema, departmentId: idSchema });

export const publishCleanlinessCheckRequestSchema = z.object({ version: versionSchema });
export type PublishCleanlinessCheckRequest = z.infer<typeof publishCleanlinessCheckRequestSchema>;

export const cleanlinessHistoryParamsSchema = z.object({ departmentId: idSchema });
export const cleanlinessHistoryQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().describe('不填为全部年份') });
export type CleanlinessHistoryQuery = z.infer<typeof cleanlinessHistoryQuerySchema>;

/** A 科室's results month by month, for its 平时考核: only published checks count. */
export const cleanlinessHistorySchema = z.object({
  departmentId: z.string(),
  departmentName: z.string(),
  unitName: z.string(),
  entries: z.array(
    z.object({
      checkId: z.string(),
      month: z.string(),
      total: z.number().int(),
      maxTotal: z.number().int(),
      rank: z.number().int(),
      rankedCount: z.number().int().describe('当月参与排名的科室数'),
      note: z.string().nullable(),
      publishedAt: z.string(),
    }),
  ),
});
export type CleanlinessHistory = z.infer<typeof cleanlinessHistorySchema>;
