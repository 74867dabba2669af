import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createPersonRequestSchema,
  idParamsSchema,
  okResponseSchema,
  personDetailSchema,
  personListQuerySchema,
  personPageSchema,
  updatePersonRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { createPerson, deletePerson, getPerson, listPeople, updatePerson } from './people.service';

export function peopleRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['people'];
    app.get('/api/people', { schema: { tags, summary: '人员列表', querystring: personListQuerySchema, response: { 200: personPageSchema } } }, async (request) =>
      listPeople(ctx, actorOf(request), request.query),
    );
    app.get('/api/people/:id', { schema: { tags, summary: '人员详情（含任职历史）', params: idParamsSchema, response: { 200: personDetailSchema } } }, async (request) =>
      getPerson(ctx, actorOf(request), request.params.id),
    );
    app.post('/api/people', { schema: { tags, summary: '新增人员', body: createPersonRequestSchema, response: { 201: personDetailSchema } } }, async (request, reply) =>
      reply.status(201).send(await createPerson(ctx, actorOf(request), request.body)),
    );
    app.patch(
      '/api/people/:id',
      { schema: { tags, summary: '修改人员', params: idParamsSchema, body: updatePersonRequestSchema, response: { 200: personDetailSchema } } },
      async (request) => updatePerson(ctx, actorOf(request), request.params.id, request.body),
    );
    app.delete('/api/people/:id', { schema: { tags, summary: '删除人员', params: idParamsSchema, response: { 200: okResponseSchema } } }, async (request) => {
      await deletePerson(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    });
  };
}
