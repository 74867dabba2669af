import { z } from 'zod';
import { PASSWORD_MAX, USERNAME_MAX } from '../limits';
import { PERMISSIONS } from '../enums';

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(USERNAME_MAX),
  password: z.string().min(1, '请输入密码').max(PASSWORD_MAX),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(PASSWORD_MAX),
  newPassword: z.string().min(1, '请输入新密码').max(PASSWORD_MAX),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

export const scopeGrantSchema = z.object({
  roleCode: z.string(),
  roleName: z.string(),
  permissions: z.array(z.enum(PERMISSIONS)),
  scopeNodeId: z.string().nullable(),
  scopeNodeName: z.string().nullable(),
  source: z.enum(['grant', 'post']).describe('grant: 授权; post: 由任职自动获得'),
});
export type ScopeGrant = z.infer<typeof scopeGrantSchema>;

export const meResponseSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  personId: z.string().nullable(),
  mustChangePassword: z.boolean(),
  permissions: z.array(z.enum(PERMISSIONS)).describe('在任一范围内拥有的权限'),
  grants: z.array(scopeGrantSchema),
  csrfToken: z.string(),
  demo: z.boolean(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const healthResponseSchema = z.object({ status: z.literal('ok') });

export const systemInfoResponseSchema = z.object({
  name: z.string(),
  demo: z.boolean(),
  passwordPolicy: z.object({ minLength: z.number().int(), minClasses: z.number().int() }),
});
export type SystemInfo = z.infer<typeof systemInfoResponseSchema>;
