import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createRoleRequestSchema, idParamsSchema, okResponseSchema, roleSchema, updateRoleRequestSchema } from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { createRole, deleteRole, listRoles, updateRole } from './roles.service';

export function roleRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['roles'];
    app.get('/api/roles', { schema: { tags, summary: '角色与权限', response: { 200: z.array(roleSchema) } } }, async (request) => listRoles(ctx, actorOf(request)));
    app.post('/api/roles', { schema: { tags, summary: '新建角色', body: createRoleRequestSchema, response: { 201: roleSchema } } }, async (request, reply) =>
      reply.status(201).send(await createRole(ctx, actorOf(request), request.body)),
    );
    app.patch('/api/roles/:id', { schema: { tags, summary: '修改角色', params: idParamsSchema, body: updateRoleRequestSchema, response: { 200: roleSchema } } }, async (request) =>
      updateRole(ctx, actorOf(request), request.params.id, request.body),
    );
    app.delete('/api/roles/:id', { schema: { tags, summary: '删除角色', params: idParamsSchema, response: { 200: okResponseSchema } } }, async (request) => {
      await deleteRole(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    });
  };
}
