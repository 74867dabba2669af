import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createOwnRequirementRequestSchema,
  idParamsSchema,
  okResponseSchema,
  ownRequirementListQuerySchema,
  ownRequirementSchema,
  updateOwnRequirementRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { createOwnRequirement, deleteOwnRequirement, getOwnRequirement, listOwnRequirements, updateOwnRequirement } from './own-requirements.service';

/** 自定要求: a node's own items beside the catalogue ("结合实际"), binding its subtree. */
export function ownRequirementRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['programmes'];
    app.get(
      '/api/programmes/own-requirements',
      { schema: { tags, summary: '本级自定的要求', querystring: ownRequirementListQuerySchema, response: { 200: z.array(ownRequirementSchema) } } },
      async (request) => listOwnRequirements(ctx, actorOf(request), request.query.nodeId),
    );
    app.get('/api/programmes/own-requirements/:id', { schema: { tags, summary: '自定要求详情', params: idParamsSchema, response: { 200: ownRequirementSchema } } }, async (request) =>
      getOwnRequirement(ctx, actorOf(request), request.params.id),
    );
    app.post(
      '/api/programmes/own-requirements',
      { schema: { tags, summary: '结合实际增设一项要求（对本级及下级生效）', body: createOwnRequirementRequestSchema, response: { 201: ownRequirementSchema } } },
      async (request, reply) => reply.status(201).send(await createOwnRequirement(ctx, actorOf(request), request.body)),
    );
    app.patch(
      '/api/programmes/own-requirements/:id',
      { schema: { tags, summary: '修改或停用自定要求（停用须说明理由）', params: idParamsSchema, body: updateOwnRequirementRequestSchema, response: { 200: ownRequirementSchema } } },
      async (request) => updateOwnRequirement(ctx, actorOf(request), request.params.id, request.body),
    );
    app.delete('/api/programmes/own-requirements/:id', { schema: { tags, summary: '删除自定要求', params: idParamsSchema, response: { 200: okResponseSchema } } }, async (request) => {
      await deleteOwnRequirement(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    });
  };
}
