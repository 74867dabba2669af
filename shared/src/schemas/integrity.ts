import { z } from 'zod';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '../limits';
import { idSchema, isoDateSchema, pageOf, versionSchema } from './common';

// ── 廉政风险点 ──────────────────────────────────────────────────────────────

/** A risk point belongs to a post (岗位) or to a process (流程, e.g. 政府采购). */
export const INTEGRITY_RISK_SCOPES = ['post', 'process'] as const;
export type IntegrityRiskScope = (typeof INTEGRITY_RISK_SCOPES)[number];
export const INTEGRITY_RISK_SCOPE_LABELS: Record<IntegrityRiskScope, string> = { post: '岗位', process: '流程' };

export const INTEGRITY_RISK_LEVELS = ['high', 'medium', 'low'] as const;
export type IntegrityRiskLevel = (typeof INTEGRITY_RISK_LEVELS)[number];
export const INTEGRITY_RISK_LEVEL_LABELS: Record<IntegrityRiskLevel, string> = { high: '高', medium: '中', low: '低' };

const riskScopeSchema = z.enum(INTEGRITY_RISK_SCOPES, { message: '应为岗位或流程' });
const riskLevelSchema = z.enum(INTEGRITY_RISK_LEVELS, { message: '风险等级应为高、中、低' });
const text = (max: number, message: string) => z.string().trim().min(1, message).max(max);

const riskFields = {
  nodeId: idSchema.describe('风险点所属单位或科室'),
  scope: riskScopeSchema.describe('岗位或流程'),
  name: text(100, '请填写岗位或流程名称').describe('岗位或流程名称'),
  risk: text(2000, '请填写风险表现').describe('风险表现'),
  level: riskLevelSchema,
  measures: text(5000, '请填写防控措施').describe('防控措施'),
};

export const createIntegrityRiskRequestSchema = z.object(riskFields);
export type CreateIntegrityRiskRequest = z.infer<typeof createIntegrityRiskRequestSchema>;

export const updateIntegrityRiskRequestSchema = z.object(riskFields).partial().extend({ version: versionSchema });
export type UpdateIntegrityRiskRequest = z.infer<typeof updateIntegrityRiskRequestSchema>;

/** The yearly review of a risk point: when, and what it concluded (still valid, measures changed …). */
export const integrityRiskReviewRequestSchema = z.object({
  version: versionSchema,
  reviewedOn: isoDateSchema.describe('复核日期，不晚于今天'),
  note: text(2000, '请填写复核意见').describe('复核意见'),
});
export type IntegrityRiskReviewRequest = z.infer<typeof integrityRiskReviewRequestSchema>;

const riskFilters = {
  nodeId: idSchema.optional().describe('单位或科室（含下级）'),
  scope: riskScopeSchema.optional(),
  level: riskLevelSchema.optional(),
  unreviewed: z.enum(['true', 'false'], { message: '应为 true 或 false' }).optional().describe('true：只看本年度尚未复核的'),
  q: z.string().trim().max(100).optional().describe('名称、风险表现或防控措施中的文字'),
};

export const integrityRiskExportQuerySchema = z.object(riskFilters);
export type IntegrityRiskExportQuery = z.infer<typeof integrityRiskExportQuerySchema>;

export const integrityRiskListQuerySchema = z.object({
  ...riskFilters,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
});
export type IntegrityRiskListQuery = z.infer<typeof integrityRiskListQuerySchema>;

export const integrityRiskSchema = z.object({
  id: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  unitName: z.string().nullable(),
  scope: riskScopeSchema,
  name: z.string(),
  risk: z.string(),
  level: riskLevelSchema,
  measures: z.string(),
  reviewedOn: z.string().nullable(),
  reviewNote: z.string().nullable(),
  reviewedThisYear: z.boolean().describe('本年度是否已复核'),
  createdByName: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type IntegrityRisk = z.infer<typeof integrityRiskSchema>;

export const integrityRiskPageSchema = pageOf(integrityRiskSchema).extend({
  year: z.number().int().describe('“本年度”所指的年份'),
  unreviewedCount: z.number().int().describe('符合筛选条件、本年度尚未复核的个数'),
});
export type IntegrityRiskPage = z.infer<typeof integrityRiskPageSchema>;

// ── 三重一大 ────────────────────────────────────────────────────────────────

export const MAJOR_DECISION_CATEGORIES = ['major_decision', 'cadre_appointment', 'major_project', 'large_fund'] as const;
export type MajorDecisionCategory = (typeof MAJOR_DECISION_CATEGORIES)[number];
export const MAJOR_DECISION_CATEGORY_LABELS: Record<MajorDecisionCategory, string> = {
  major_decision: '重大决策',
  cadre_appointment: '重要干部任免',
  major_project: '重大项目安排',
  large_fund: '大额资金使用',
};

const categorySchema = z.enum(MAJOR_DECISION_CATEGORIES, { message: '类别应为重大决策、重要干部任免、重大项目安排或大额资金使用' });

/** One stated view, in the order spoken: a person of the unit, or a name (列席、外单位). */
export const majorDecisionViewInputSchema = z.object({
  personId: idSchema.nullable().optional().describe('本单位人员；不填则写姓名'),
  name: z.string().trim().max(50).nullable().optional().describe('姓名（未选人员时必填）'),
  principal: z.boolean().default(false).describe('主要负责人（一把手）：有且只有一名，且最后表态'),
  view: text(2000, '请填写表态意见').describe('表态意见'),
});
export type MajorDecisionViewInput = z.infer<typeof majorDecisionViewInputSchema>;

const decisionFields = {
  unitId: idSchema.describe('作出决策的单位'),
  category: categorySchema,
  matter: text(500, '请填写决策事项').describe('决策事项'),
  decidedOn: isoDateSchema.describe('决策日期，不晚于今天'),
  meeting: text(200, '请填写会议名称').describe('会议，如党组会、局长办公会'),
  decision: text(5000, '请填写决策结果').describe('决策结果'),
  views: z.array(majorDecisionViewInputSchema).min(2, '集体决策至少应有两人表态').max(50).describe('表态按发言先后排列，末位表态：一把手最后发言'),
};

export const createMajorDecisionRequestSchema = z.object(decisionFields);
export type CreateMajorDecisionRequest = z.infer<typeof createMajorDecisionRequestSchema>;

export const updateMajorDecisionRequestSchema = z.object(decisionFields).partial().extend({ version: versionSchema });
export type UpdateMajorDecisionRequest = z.infer<typeof updateMajorDecisionRequestSchema>;

const decisionFilters = {
  nodeId: idSchema.optional().describe('单位（或其上级，含下级）'),
  category: categorySchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  q: z.string().trim().max(100).optional().describe('事项、会议或决策结果中的文字'),
};

export const majorDecisionExportQuerySchema = z.object(decisionFilters);
export type MajorDecisionExportQuery = z.infer<typeof majorDecisionExportQuerySchema>;

export const majorDecisionListQuerySchema = z.object({
  ...decisionFilters,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
});
export type MajorDecisionListQuery = z.infer<typeof majorDecisionListQuerySchema>;

export const majorDecisionViewSchema = z.object({
  seq: z.number().int(),
  personId: z.string().nullable(),
  personName: z.string(),
  principal: z.boolean(),
  view: z.string(),
});
export type MajorDecisionView = z.infer<typeof majorDecisionViewSchema>;

export const majorDecisionSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  category: categorySchema,
  matter: z.string(),
  decidedOn: z.string(),
  meeting: z.string(),
  decision: z.string(),
  views: z.array(majorDecisionViewSchema).describe('按发言先后'),
  createdByName: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MajorDecision = z.infer<typeof majorDecisionSchema>;

export const majorDecisionPageSchema = pageOf(majorDecisionSchema);
export type MajorDecisionPage = z.infer<typeof majorDecisionPageSchema>;
