import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createOrgNodeRequestSchema,
  idParamsSchema,
  okResponseSchema,
  orgNodeDetailSchema,
  orgNodeListQuerySchema,
  orgNodePageSchema,
  updateOrgNodeRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { createOrgNode, deleteOrgNode, getOrgNode, listOrgNodes, updateOrgNode } from './org.service';

export function orgRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['org'];
    app.get('/api/org/nodes', { schema: { tags, summary: '组织节点（两棵树）', querystring: orgNodeListQuerySchema, response: { 200: orgNodePageSchema } } }, async (request) =>
      listOrgNodes(ctx, actorOf(request), request.query),
    );
    app.get('/api/org/nodes/:id', { schema: { tags, summary: '组织详情', params: idParamsSchema, response: { 200: orgNodeDetailSchema } } }, async (request) =>
      getOrgNode(ctx, actorOf(request), request.params.id),
    );
    app.post('/api/org/nodes', { schema: { tags, summary: '新建组织', body: createOrgNodeRequestSchema, response: { 201: orgNodeDetailSchema } } }, async (request, reply) => {
      const created = await createOrgNode(ctx, actorOf(request), request.body);
      return reply.status(201).send(created);
    });
    app.patch(
      '/api/org/nodes/:id',
      { schema: { tags, summary: '修改或移动组织', params: idParamsSchema, body: updateOrgNodeRequestSchema, response: { 200: orgNodeDetailSchema } } },
      async (request) => updateOrgNode(ctx, actorOf(request), request.params.id, request.body),
    );
    app.delete('/api/org/nodes/:id', { schema: { tags, summary: '删除组织', params: idParamsSchema, response: { 200: okResponseSchema } } }, async (request) => {
      await deleteOrgNode(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    });
  };
}
