import { z } from 'zod';
import { NAME_MAX, TEXT_MAX } from '../limits';
import { GENDERS, PERSON_STATUSES, POLITICAL_STATUSES, POST_ROLES } from '../enums';
import { idSchema, isoDateSchema, pageOf, versionSchema } from './common';

export const personSchema = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS),
  idCardNo: z.string().describe('无维护权限时脱敏'),
  birthDate: z.string().nullable(),
  ethnicity: z.string().nullable(),
  phone: z.string().nullable(),
  jobTitle: z.string().nullable().describe('职务'),
  hiredOn: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  politicalStatus: z.enum(POLITICAL_STATUSES),
  joinedPartyOn: z.string().nullable().describe('入党日期'),
  fullMemberOn: z.string().nullable().describe('转正日期'),
  branchId: z.string().nullable(),
  branchName: z.string().nullable(),
  partyGroupId: z.string().nullable(),
  partyGroupName: z.string().nullable(),
  status: z.enum(PERSON_STATUSES),
  version: z.number().int(),
});
export type Person = z.infer<typeof personSchema>;

export const postSchema = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  role: z.enum(POST_ROLES),
  nodeId: z.string(),
  nodeName: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  isPrimary: z.boolean().describe('主职（所在科室）或兼职'),
  supervisedDepartments: z.array(z.object({ id: z.string(), name: z.string() })).describe('分管科室'),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type Post = z.infer<typeof postSchema>;

export const personDetailSchema = personSchema.extend({ posts: z.array(postSchema) });
export type PersonDetail = z.infer<typeof personDetailSchema>;

export const personListQuerySchema = z.object({
  q: z.string().trim().max(NAME_MAX).optional().describe('姓名、手机号或身份证号'),
  nodeId: idSchema.optional().describe('组织节点（含下级），行政树或党组织树'),
  politicalStatus: z.enum(POLITICAL_STATUSES).optional(),
  role: z.enum(POST_ROLES).optional().describe('现任职务'),
  status: z.enum(PERSON_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type PersonListQuery = z.infer<typeof personListQuerySchema>;

export const personPageSchema = pageOf(personSchema);
export type PersonPage = z.infer<typeof personPageSchema>;

const personFields = {
  name: z.string().trim().min(1, '请输入姓名').max(NAME_MAX),
  idCardNo: z.string().trim().min(1, '请输入身份证号'),
  gender: z.enum(GENDERS).optional().describe('省略时取自身份证号'),
  ethnicity: z.string().trim().max(20).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^1[3-9]\d{9}$/, '手机号应为11位')
    .nullable()
    .optional(),
  jobTitle: z.string().trim().max(50).nullable().optional(),
  hiredOn: isoDateSchema.nullable().optional(),
  departmentId: idSchema,
  politicalStatus: z.enum(POLITICAL_STATUSES),
  joinedPartyOn: isoDateSchema.nullable().optional(),
  fullMemberOn: isoDateSchema.nullable().optional(),
  branchId: idSchema.nullable().optional(),
  partyGroupId: idSchema.nullable().optional(),
};

export const createPersonRequestSchema = z.object(personFields);
export type CreatePersonRequest = z.infer<typeof createPersonRequestSchema>;

export const updatePersonRequestSchema = z
  .object({
    ...personFields,
    status: z.enum(PERSON_STATUSES).optional(),
    version: versionSchema,
  })
  .partial()
  .required({ version: true });
export type UpdatePersonRequest = z.infer<typeof updatePersonRequestSchema>;

export const createPostRequestSchema = z.object({
  role: z.enum(POST_ROLES),
  nodeId: idSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable().optional(),
  supervisedDepartmentIds: z.array(idSchema).max(50).optional().describe('班子成员的分管科室'),
  note: z.string().trim().max(TEXT_MAX).nullable().optional(),
});
export type CreatePostRequest = z.infer<typeof createPostRequestSchema>;

export const updatePostRequestSchema = z.object({
  startDate: isoDateSchema.optional(),
  endDate: isoDateSchema.nullable().optional().describe('填写即离任'),
  supervisedDepartmentIds: z.array(idSchema).max(50).optional(),
  note: z.string().trim().max(TEXT_MAX).nullable().optional(),
  version: versionSchema,
});
export type UpdatePostRequest = z.infer<typeof updatePostRequestSchema>;

export const postListQuerySchema = z.object({
  nodeId: idSchema.optional(),
  role: z.enum(POST_ROLES).optional(),
  onDate: isoDateSchema.optional().describe('在该日期在任（含历史）'),
  current: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type PostListQuery = z.infer<typeof postListQuerySchema>;
export const postPageSchema = pageOf(postSchema);
