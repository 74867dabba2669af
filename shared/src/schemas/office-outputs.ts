import { z } from 'zod';
import { idSchema, isoDateSchema, pageOf, versionSchema } from './common';

/** 精文减会: the documents a unit issues and the meetings it holds, counted per month. */
export const OFFICE_OUTPUT_KINDS = ['document', 'meeting'] as const;
export type OfficeOutputKind = (typeof OFFICE_OUTPUT_KINDS)[number];
export const OFFICE_OUTPUT_KIND_LABELS: Record<OfficeOutputKind, string> = { document: '发文', meeting: '会议' };

const kindSchema = z.enum(OFFICE_OUTPUT_KINDS, { message: '类型应为发文或会议' });

const officeOutputFields = {
  nodeId: idSchema.describe('发文或召开会议的单位（科室）'),
  kind: kindSchema,
  occurredOn: isoDateSchema.describe('发文日期或会议日期'),
  title: z.string().trim().min(1, '请填写标题或会议名称').max(200).describe('文件标题或会议名称'),
  refNo: z.string().trim().max(50).nullable().optional().describe('文号（发文填写，会议不填）'),
};

export const createOfficeOutputRequestSchema = z.object(officeOutputFields);
export type CreateOfficeOutputRequest = z.infer<typeof createOfficeOutputRequestSchema>;

export const updateOfficeOutputRequestSchema = z.object(officeOutputFields).partial().extend({ version: versionSchema });
export type UpdateOfficeOutputRequest = z.infer<typeof updateOfficeOutputRequestSchema>;

export const officeOutputSchema = z.object({
  id: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  unitName: z.string().nullable(),
  kind: kindSchema,
  occurredOn: z.string(),
  title: z.string(),
  refNo: z.string().nullable(),
  createdByName: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OfficeOutput = z.infer<typeof officeOutputSchema>;

export const officeOutputListQuerySchema = z.object({
  nodeId: idSchema.optional().describe('单位（含下级）'),
  kind: kindSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  q: z.string().trim().max(100).optional().describe('标题或文号中的文字'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type OfficeOutputListQuery = z.infer<typeof officeOutputListQuerySchema>;

export const officeOutputPageSchema = pageOf(officeOutputSchema);
export type OfficeOutputPage = z.infer<typeof officeOutputPageSchema>;

export const officeOutputMonthlyQuerySchema = z.object({
  nodeId: idSchema.describe('统计范围：该组织及其下级'),
  year: z.coerce.number({ message: '请填写年份' }).int('年份应为整数').min(2000, '年份不早于2000年').max(2100, '年份不晚于2100年'),
});
export type OfficeOutputMonthlyQuery = z.infer<typeof officeOutputMonthlyQuerySchema>;

const monthCountsSchema = z.object({ documents: z.number().int(), meetings: z.number().int() });
export type OfficeOutputCounts = z.infer<typeof monthCountsSchema>;

export const officeOutputMonthlyRowSchema = z.object({
  nodeId: z.string().describe('单位；不属于任何单位的组织（如工委本级）单列'),
  nodeName: z.string(),
  months: z.array(monthCountsSchema).length(12).describe('1–12月'),
  total: monthCountsSchema,
});
export type OfficeOutputMonthlyRow = z.infer<typeof officeOutputMonthlyRowSchema>;

export const officeOutputMonthlySchema = z.object({
  nodeId: z.string(),
  nodeName: z.string(),
  year: z.number().int(),
  rows: z.array(officeOutputMonthlyRowSchema).describe('所辖每个单位一行（没有登记的为0）'),
  months: z.array(monthCountsSchema).length(12).describe('合计'),
  total: monthCountsSchema,
});
export type OfficeOutputMonthly = z.infer<typeof officeOutputMonthlySchema>;
