import { z } from 'zod';
import { idSchema, isoDateSchema, pageOf, versionSchema } from './common';

const activityKindSchema = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, '活动类型编码不正确');

/** Kind-specific fields (book title, place, household …): short scalar values only. */
const detailsSchema = z
  .record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/), z.union([z.string().max(500), z.number(), z.boolean(), z.null()]))
  .refine((d) => Object.keys(d).length <= 20, { message: '附加信息最多20项' });

export const participantInputSchema = z.object({
  personId: idSchema,
  present: z.boolean().default(true).describe('出席；缺席时填写原因'),
  absenceReason: z.string().trim().max(200).nullable().optional().describe('缺席原因（如请假）'),
});

const recordFields = {
  ownerNodeId: idSchema.optional().describe('台账所属组织；个人记录可省略（取本人所在科室）'),
  personId: idSchema.nullable().optional().describe('个人记录的本人（月读一书、下基层等）'),
  kinds: z.array(activityKindSchema).min(1, '至少选择一种活动类型').max(10).describe('一次活动可同时算作多种（如主题党日含党课、警示教育）'),
  occurredOn: isoDateSchema.describe('活动日期'),
  endsOn: isoDateSchema.nullable().optional().describe('多日活动的结束日期（如下基层）'),
  topic: z.string().trim().max(200).nullable().optional(),
  hostPersonId: idSchema.nullable().optional().describe('主持人'),
  lecturerPersonId: idSchema.nullable().optional().describe('主讲人（本单位人员）'),
  lecturerName: z.string().trim().max(50).nullable().optional().describe('主讲人（外请）'),
  notes: z.string().trim().max(2000).nullable().optional(),
  details: detailsSchema.optional(),
  participants: z.array(participantInputSchema).max(2000).optional().describe('参加与缺席人员，一次录入'),
};

export const createRecordRequestSchema = z.object(recordFields);
export type CreateRecordRequest = z.infer<typeof createRecordRequestSchema>;

export const updateRecordRequestSchema = z.object(recordFields).partial().extend({ version: versionSchema });
export type UpdateRecordRequest = z.infer<typeof updateRecordRequestSchema>;

export const participantSchema = z.object({
  personId: z.string(),
  name: z.string(),
  present: z.boolean(),
  absenceReason: z.string().nullable(),
});

export const activityRecordSchema = z.object({
  id: z.string(),
  ownerNodeId: z.string(),
  ownerNodeName: z.string(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  kinds: z.array(z.string()),
  occurredOn: z.string(),
  endsOn: z.string().nullable(),
  topic: z.string().nullable(),
  hostPersonId: z.string().nullable(),
  hostName: z.string().nullable(),
  lecturerPersonId: z.string().nullable(),
  lecturerName: z.string().nullable(),
  notes: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  participants: z.array(participantSchema),
  presentCount: z.number().int(),
  absentCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type ActivityRecord = z.infer<typeof activityRecordSchema>;

export const recordListQuerySchema = z.object({
  nodeId: idSchema.optional().describe('所属组织（含下级）'),
  personId: idSchema.optional().describe('本人记录或参加的活动'),
  kind: activityKindSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type RecordListQuery = z.infer<typeof recordListQuerySchema>;
export const recordPageSchema = pageOf(activityRecordSchema.omit({ participants: true }));
export type RecordPage = z.infer<typeof recordPageSchema>;
