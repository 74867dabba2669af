import { z } from 'zod';

/** The columns of the 花名册 template, in order. Headers are matched by these Chinese names. */
export const ROSTER_COLUMNS = [
  { key: 'name', header: '姓名', required: true },
  { key: 'gender', header: '性别', required: false },
  { key: 'idCardNo', header: '身份证号', required: true },
  { key: 'ethnicity', header: '民族', required: false },
  { key: 'phone', header: '手机号', required: false },
  { key: 'department', header: '所在科室', required: true },
  { key: 'jobTitle', header: '职务', required: false },
  { key: 'hiredOn', header: '入职日期', required: false },
  { key: 'politicalStatus', header: '政治面貌', required: true },
  { key: 'branch', header: '所在党支部', required: false },
  { key: 'partyGroup', header: '所在党小组', required: false },
  { key: 'joinedPartyOn', header: '入党日期', required: false },
  { key: 'fullMemberOn', header: '转正日期', required: false },
] as const;
export type RosterColumnKey = (typeof ROSTER_COLUMNS)[number]['key'];

export const rosterRowErrorSchema = z.object({
  row: z.number().int().describe('Excel 行号'),
  field: z.string().describe('列名（中文）'),
  value: z.string(),
  message: z.string(),
});
export type RosterRowError = z.infer<typeof rosterRowErrorSchema>;

export const IMPORT_STATUSES = ['pending', 'running', 'done', 'failed'] as const;

export const importJobSchema = z.object({
  id: z.string(),
  status: z.enum(IMPORT_STATUSES),
  fileName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  importedRows: z.number().int(),
  errorRows: z.number().int(),
  duplicateRows: z.number().int().optional().describe('与已有记录或文件中前面的行重复而跳过的行数（台账导入）；这些行也列在 errors 中'),
  errors: z.array(rosterRowErrorSchema),
  failureMessage: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;
