import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  activityRecordSchema,
  createRecordRequestSchema,
  idParamsSchema,
  okResponseSchema,
  recordListQuerySchema,
  recordPageSchema,
  updateRecordRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { createRecord, deleteRecord, getRecord, listRecords, updateRecord } from './records.service';

export function recordRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['records'];
    app.get('/api/records', { schema: { tags, summary: '台账记录', querystring: recordListQuerySchema, response: { 200: recordPageSchema } } }, async (request) =>
      listRecords(ctx, actorOf(request), request.query),
    );
    app.get('/api/records/:id', { schema: { tags, summary: '台账记录详情（含参加与缺席人员）', params: idParamsSchema, response: { 200: activityRecordSchema } } }, async (request) =>
      getRecord(ctx, actorOf(request), request.params.id),
    );
    app.post('/api/records', { schema: { tags, summary: '登记台账（一次录入，处处计数）', body: createRecordRequestSchema, response: { 201: activityRecordSchema } } }, async (request, reply) =>
      reply.status(201).send(await createRecord(ctx, actorOf(request), request.body)),
    );
    app.patch(
      '/api/records/:id',
      { schema: { tags, summary: '修改台账记录', params: idParamsSchema, body: updateRecordRequestSchema, response: { 200: activityRecordSchema } } },
      async (request) => updateRecord(ctx, actorOf(request), request.params.id, request.body),
    );
    app.delete('/api/records/:id', { schema: { tags, summary: '删除台账记录', params: idParamsSchema, response: { 200: okResponseSchema } } }, async (request) => {
      await deleteRecord(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    });
  };
}
