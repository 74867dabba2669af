import { z } from 'zod';
import { NAME_MAX, USERNAME_MAX, USERNAME_MIN, PASSWORD_MAX } from '../limits';
import { PERMISSIONS } from '../enums';
import { idSchema, pageOf } from './common';

export const grantSchema = z.object({
  id: z.string(),
  roleId: z.string(),
  roleCode: z.string(),
  roleName: z.string(),
  scopeNodeId: z.string().nullable(),
  scopeNodeName: z.string().nullable(),
  createdAt: z.string(),
});
export type Grant = z.infer<typeof grantSchema>;

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  unitName: z.string().nullable(),
  isActive: z.boolean(),
  lockedUntil: z.string().nullable(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  grants: z.array(grantSchema),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

export const userListQuerySchema = z.object({
  q: z.string().trim().max(NAME_MAX).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;
export const userPageSchema = pageOf(userSchema);

export const usernameSchema = z
  .string()
  .trim()
  .min(USERNAME_MIN, `用户名至少${USERNAME_MIN}位`)
  .max(USERNAME_MAX)
  .regex(/^[a-zA-Z0-9_.-]+$/, '用户名只能包含字母、数字和 _ . -');

export const createUserRequestSchema = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(1, '请输入显示名').max(NAME_MAX).optional(),
  personId: idSchema.nullable().optional(),
  password: z.string().max(PASSWORD_MAX).optional().describe('省略时生成一次性密码'),
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const createUserResponseSchema = z.object({
  user: userSchema,
  oneTimePassword: z.string().nullable().describe('仅在此次返回一次'),
});

export const updateUserRequestSchema = z.object({
  displayName: z.string().trim().min(1).max(NAME_MAX).optional(),
  isActive: z.boolean().optional(),
  version: z.number().int().min(1),
});
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const resetPasswordResponseSchema = z.object({ oneTimePassword: z.string() });

export const createGrantRequestSchema = z.object({
  roleId: idSchema,
  scopeNodeId: idSchema.nullable().describe('数据范围：组织节点及其下级；空为全部'),
});
export type CreateGrantRequest = z.infer<typeof createGrantRequestSchema>;

export const roleSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  permissions: z.array(z.enum(PERMISSIONS)),
  builtin: z.boolean(),
  version: z.number().int(),
});
export type Role = z.infer<typeof roleSchema>;

export const createRoleRequestSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, '角色编码只能包含小写字母、数字和下划线'),
  name: z.string().trim().min(1, '请输入角色名称').max(NAME_MAX),
  description: z.string().trim().max(200).nullable().optional(),
  permissions: z.array(z.enum(PERMISSIONS)).min(1, '至少选择一项权限'),
});
export type CreateRoleRequest = z.infer<typeof createRoleRequestSchema>;

export const updateRoleRequestSchema = createRoleRequestSchema.omit({ code: true }).partial().extend({
  version: z.number().int().min(1),
});
export type UpdateRoleRequest = z.infer<typeof updateRoleRequestSchema>;
