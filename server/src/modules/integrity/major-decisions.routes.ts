import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createMajorDecisionRequestSchema,
  idParamsSchema,
  majorDecisionExportQuerySchema,
  majorDecisionListQuerySchema,
  majorDecisionPageSchema,
  majorDecisionSchema,
  okResponseSchema,
  updateMajorDecisionRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { createMajorDecision, deleteMajorDecision, getMajorDecision, listMajorDecisions, majorDecisionLogXlsx, updateMajorDecision } from './major-decisions.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function majorDecisionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['integrity'];
    const one = { 200: majorDecisionSchema };

    app.get('/api/integrity/decisions', { schema: { tags, summary: '三重一大决策记录', querystring: majorDecisionListQuerySchema, response: { 200: majorDecisionPageSchema } } }, async (request) =>
      listMajorDecisions(ctx, actorOf(request), request.query),
    );
    app.get('/api/integrity/decisions/export.xlsx', { schema: { tags, summary: '三重一大决策记录（Excel）', querystring: majorDecisionExportQuerySchema } }, async (request, reply) => {
      const file = await majorDecisionLogXlsx(ctx, actorOf(request), request.query);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="major-decisions.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('cache-control', 'no-store')
        .send(file.buffer);
    });
    app.get('/api/integrity/decisions/:id', { schema: { tags, summary: '三重一大决策记录详情（表态按先后）', params: idParamsSchema, response: one } }, async (request) =>
      getMajorDecision(ctx, actorOf(request), request.params.id),
    );
    app.post(
      '/api/integrity/decisions',
      { schema: { tags, summary: '登记三重一大决策（末位表态：一把手最后发言）', body: createMajorDecisionRequestSchema, response: { 201: majorDecisionSchema } } },
      async (request, reply) => reply.status(201).send(await createMajorDecision(ctx, actorOf(request), request.body)),
    );
    app.patch('/api/integrity/decisions/:id', { schema: { tags, summary: '修改三重一大决策记录', params: idParamsSchema, body: updateMajorDecisionRequestSchema, response: one } }, async (request) =>
      updateMajorDecision(ctx, actorOf(request), request.params.id, request.body),
    );
    app.delete('/api/integrity/decisions/:id', { schema: { tags, summary: '删除三重一大决策记录', params: idParamsSchema, response: { 200: okResponseSchema } } }, async (request) => {
      await deleteMajorDecision(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    });
  };
}
