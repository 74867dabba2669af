import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';

/**
 * 督办统计 of a node's subtree: the directives registered in the period whose supervising office
 * or 承办 lies under the node, as they stand today.
 */
export const directiveReportQuerySchema = z.object({
  nodeId: idSchema.describe('统计范围：该组织及其下级（督办机构或承办单位在其下）'),
  from: isoDateSchema.optional().describe('立项日期起（含）；默认当年1月1日'),
  to: isoDateSchema.optional().describe('立项日期止（含）；默认今天'),
});
export type DirectiveReportQuery = z.infer<typeof directiveReportQuerySchema>;

const figuresShape = {
  total: z.number().int().describe('立项件数'),
  closed: z.number().int().describe('已办结销号'),
  closedOnTime: z.number().int().describe('按期办结：办结日期不晚于现行时限（含批准的延期）'),
  overdue: z.number().int().describe('逾期未办结：尚未办结且已过现行时限'),
  onTimeRate: z.number().nullable().describe('按期办结率 = 按期办结 ÷（已办结销号 + 逾期未办结），0–1；没有可评价的事项时为空'),
  averageWorkingDays: z.number().nullable().describe('已办结销号事项从立项到办结的平均用时（工作日，一位小数）'),
  extensionsApproved: z.number().int().describe('批准延期的次数'),
};

export const directiveFiguresSchema = z.object(figuresShape);
export type DirectiveFigures = z.infer<typeof directiveFiguresSchema>;

export const directiveFiguresRowSchema = z.object({
  nodeId: z.string(),
  nodeName: z.string(),
  unitName: z.string().nullable().describe('科室所在单位（按科室统计时）'),
  ...figuresShape,
});
export type DirectiveFiguresRow = z.infer<typeof directiveFiguresRowSchema>;

export const overdueDirectiveSchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  title: z.string(),
  leadNodeName: z.string(),
  leadUnitName: z.string().nullable(),
  registeredOn: z.string(),
  effectiveDueOn: z.string(),
  overdueWorkingDays: z.number().int().describe('超过现行时限的工作日数'),
});
export type OverdueDirective = z.infer<typeof overdueDirectiveSchema>;

export const directiveStatisticsSchema = z.object({
  nodeId: z.string(),
  nodeName: z.string(),
  from: z.string(),
  to: z.string(),
  today: z.string().describe('状态截至的日期'),
  totals: directiveFiguresSchema,
  byUnit: z.array(directiveFiguresRowSchema).describe('按承办单位'),
  byDepartment: z.array(directiveFiguresRowSchema).describe('按承办科室（承办为单位内设科室或机构的）'),
  departmentTotals: directiveFiguresSchema.describe('承办为科室的事项合计'),
  overdue: z.array(overdueDirectiveSchema).describe('逾期未办结事项，逾期久的在前'),
});
export type DirectiveStatistics = z.infer<typeof directiveStatisticsSchema>;
