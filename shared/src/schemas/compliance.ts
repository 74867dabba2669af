import { z } from 'zod';
import { COMPLIANCE_STATUSES } from '../catalogue/types';
import { idSchema } from './common';
import { requirementIdSchema } from './catalogue';

const statusSchema = z.enum(COMPLIANCE_STATUSES);
const warningSchema = z.enum(['none', 'yellow', 'red']).describe('黄：临期未完成；红：逾期未完成');

export const complianceYearQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('年度，默认今年'),
});

export const statusCountsSchema = z.object({
  met: z.number().int(),
  partly: z.number().int(),
  missed: z.number().int(),
  notYetDue: z.number().int(),
  exempt: z.number().int(),
  total: z.number().int(),
});
export type StatusCounts = z.infer<typeof statusCountsSchema>;

export const overviewCellSchema = z.object({
  key: z.string().describe('周期，如 2026-Q1'),
  start: z.string(),
  end: z.string(),
  dueDate: z.string().describe('应完成日期（期限类要求为规定日期，其余为周期末日）'),
  status: statusSchema.describe('该周期全部对象的汇总状态'),
  counts: statusCountsSchema,
  warning: warningSchema,
});

export const unitOverviewSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  today: z.string(),
  requirements: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      targetLabel: z.string(),
      periods: z.array(overviewCellSchema),
    }),
  ),
});
export type UnitOverview = z.infer<typeof unitOverviewSchema>;

export const requirementDetailQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  period: z.string().max(20).optional().describe('周期键，省略时为全部周期'),
});

export const evidenceRecordRefSchema = z.object({ id: z.string(), occurredOn: z.string(), topic: z.string().nullable(), kinds: z.array(z.string()) });

export const targetResultSchema = z.object({
  targetKey: z.string(),
  label: z.string(),
  periodKey: z.string(),
  start: z.string(),
  end: z.string(),
  status: statusSchema,
  done: z.number(),
  needed: z.number(),
  dueDate: z.string(),
  late: z.boolean(),
  warning: warningSchema,
  records: z.array(evidenceRecordRefSchema).describe('计入的台账记录'),
  missingPeople: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type TargetResult = z.infer<typeof targetResultSchema>;

export const requirementDetailSchema = z.object({
  requirementId: z.string(),
  title: z.string(),
  unitId: z.string(),
  year: z.number().int(),
  results: z.array(targetResultSchema),
});
export type RequirementDetail = z.infer<typeof requirementDetailSchema>;

export const branchGridSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  months: z.array(z.string()),
  requirements: z.array(z.object({ id: z.string(), title: z.string() })),
  branches: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      cells: z.array(z.object({ requirementId: z.string(), month: z.string(), count: z.number().int(), status: statusSchema, warning: warningSchema })),
    }),
  ),
});
export type BranchGrid = z.infer<typeof branchGridSchema>;

export const myDutiesSchema = z.object({
  personId: z.string(),
  personName: z.string(),
  today: z.string(),
  duties: z.array(targetResultSchema.extend({ requirementId: z.string(), title: z.string() })),
});
export type MyDuties = z.infer<typeof myDutiesSchema>;

export const unitIdParamsSchema = z.object({ id: idSchema });
export const unitRequirementParamsSchema = z.object({ id: idSchema, requirementId: requirementIdSchema });

export const cityOverviewQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  programme: z.enum(['000', '001', '002', '003', '004']).default('000').describe('按哪个创建体系的维度汇总'),
  nodeId: idSchema.optional().describe('市或县区节点，省略时为可见范围内全部单位'),
});

export const cityOverviewSchema = z.object({
  year: z.number().int(),
  today: z.string(),
  programme: z.string(),
  dimensions: z.array(z.object({ code: z.string(), name: z.string(), group: z.string() })),
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      adoptedAt: z.string().nullable().describe('采纳该创建体系的时间；未采纳为空'),
      cells: z.array(
        z.object({
          dimension: z.string(),
          met: z.number().int().describe('已到期且完成的格数'),
          due: z.number().int().describe('已到期的格数（完成、部分完成、未完成）'),
          ratio: z.number().nullable().describe('完成率；没有到期的要求时为空'),
        }),
      ),
    }),
  ),
});
export type CityOverview = z.infer<typeof cityOverviewSchema>;

export const complianceWarningSchema = z.object({
  level: z.enum(['yellow', 'red']).describe('黄：临期未完成；红：逾期未完成'),
  scope: z.enum(['mine', 'unit']).describe('mine：本人的任务；unit：所管单位、科室或支部的要求'),
  unitId: z.string(),
  unitName: z.string(),
  requirementId: z.string(),
  title: z.string(),
  periodKey: z.string(),
  dueDate: z.string(),
  summary: z.string().describe('如“已完成 0/1”或“3 个对象未完成”'),
});
export type ComplianceWarning = z.infer<typeof complianceWarningSchema>;

export const complianceWarningsSchema = z.object({
  today: z.string(),
  red: z.number().int(),
  yellow: z.number().int(),
  items: z.array(complianceWarningSchema),
  truncated: z.boolean().describe('提醒过多时只列出最紧要的部分'),
  tooManyUnits: z.boolean().describe('可见单位较多（如工委）：单位提醒请看工委总览'),
});
export type ComplianceWarnings = z.infer<typeof complianceWarningsSchema>;
