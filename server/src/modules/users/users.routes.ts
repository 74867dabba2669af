import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createGrantRequestSchema,
  createUserRequestSchema,
  createUserResponseSchema,
  idParamsSchema,
  idSchema,
  resetPasswordResponseSchema,
  updateUserRequestSchema,
  userListQuerySchema,
  userPageSchema,
  userSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { createUser, getUser, grantRole, listUsers, resetUserPassword, revokeGrant, unlockUser, updateUser } from './users.service';

export function userRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['users'];
    app.get('/api/users', { schema: { tags, summary: '账号列表', querystring: userListQuerySchema, response: { 200: userPageSchema } } }, async (request) =>
      listUsers(ctx, actorOf(request), request.query),
    );
    app.get('/api/users/:id', { schema: { tags, summary: '账号详情', params: idParamsSchema, response: { 200: userSchema } } }, async (request) =>
      getUser(ctx, actorOf(request), request.params.id),
    );
    app.post('/api/users', { schema: { tags, summary: '新建账号', body: createUserRequestSchema, response: { 201: createUserResponseSchema } } }, async (request, reply) =>
      reply.status(201).send(await createUser(ctx, actorOf(request), request.body)),
    );
    app.patch('/api/users/:id', { schema: { tags, summary: '修改账号（停用/启用）', params: idParamsSchema, body: updateUserRequestSchema, response: { 200: userSchema } } }, async (request) =>
      updateUser(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/users/:id/reset-password', { schema: { tags, summary: '重置密码（一次性密码）', params: idParamsSchema, response: { 200: resetPasswordResponseSchema } } }, async (request) => ({
      oneTimePassword: await resetUserPassword(ctx, actorOf(request), request.params.id),
    }));
    app.post('/api/users/:id/unlock', { schema: { tags, summary: '解锁账号', params: idParamsSchema, response: { 200: userSchema } } }, async (request) =>
      unlockUser(ctx, actorOf(request), request.params.id),
    );
    app.post(
      '/api/users/:id/grants',
      { schema: { tags, summary: '授予角色（含数据范围）', params: idParamsSchema, body: createGrantRequestSchema, response: { 201: userSchema } } },
      async (request, reply) => reply.status(201).send(await grantRole(ctx, actorOf(request), request.params.id, request.body)),
    );
    app.delete(
      '/api/users/:id/grants/:grantId',
      { schema: { tags, summary: '撤销授权', params: z.object({ id: idSchema, grantId: idSchema }), response: { 200: userSchema } } },
      async (request) => revokeGrant(ctx, actorOf(request), request.params.id, request.params.grantId),
    );
  };
}
