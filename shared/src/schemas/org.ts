import { z } from 'zod';
import { ORG_NAME_MAX } from '../limits';
import { ORG_NODE_KINDS, ORG_TREES } from '../enums';
import { idSchema, pageOf, versionSchema } from './common';

export const orgNodeSchema = z.object({
  id: z.string(),
  tree: z.enum(ORG_TREES),
  kind: z.enum(ORG_NODE_KINDS),
  name: z.string(),
  code: z.string().nullable(),
  parentId: z.string().nullable(),
  unitId: z.string().nullable().describe('所属单位'),
  unitName: z.string().nullable(),
  sortOrder: z.number().int(),
  childCount: z.number().int(),
  peopleCount: z.number().int().describe('本节点及下级的在职人数'),
  version: z.number().int(),
});
export type OrgNode = z.infer<typeof orgNodeSchema>;

export const orgNodeListQuerySchema = z.object({
  tree: z.enum(ORG_TREES).optional(),
  parentId: idSchema.optional().describe('只列出该节点的直接下级'),
  unitId: idSchema.optional(),
  kind: z.enum(ORG_NODE_KINDS).optional(),
  q: z.string().trim().max(ORG_NAME_MAX).optional().describe('名称关键字'),
  roots: z.enum(['true', 'false']).optional().describe('只列出用户可见范围的顶层节点'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export type OrgNodeListQuery = z.infer<typeof orgNodeListQuerySchema>;

export const orgNodePageSchema = pageOf(orgNodeSchema);
export type OrgNodePage = z.infer<typeof orgNodePageSchema>;

export const orgNodeDetailSchema = orgNodeSchema.extend({
  ancestors: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(ORG_NODE_KINDS) })),
});
export type OrgNodeDetail = z.infer<typeof orgNodeDetailSchema>;

export const createOrgNodeRequestSchema = z.object({
  kind: z.enum(ORG_NODE_KINDS),
  name: z.string().trim().min(1, '请输入名称').max(ORG_NAME_MAX),
  code: z.string().trim().max(50).optional(),
  parentId: idSchema.nullable().optional(),
  unitId: idSchema.nullable().optional().describe('党组织所属单位（党组织树的顶层节点必填）'),
  sortOrder: z.number().int().min(0).max(100000).optional(),
});
export type CreateOrgNodeRequest = z.infer<typeof createOrgNodeRequestSchema>;

export const updateOrgNodeRequestSchema = z.object({
  name: z.string().trim().min(1, '请输入名称').max(ORG_NAME_MAX).optional(),
  code: z.string().trim().max(50).nullable().optional(),
  sortOrder: z.number().int().min(0).max(100000).optional(),
  parentId: idSchema.nullable().optional().describe('移动到新的上级'),
  version: versionSchema,
});
export type UpdateOrgNodeRequest = z.infer<typeof updateOrgNodeRequestSchema>;
