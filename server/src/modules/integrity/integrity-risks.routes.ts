import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createIntegrityRiskRequestSchema,
  idParamsSchema,
  integrityRiskExportQuerySchema,
  integrityRiskListQuerySchema,
  integrityRiskPageSchema,
  integrityRiskReviewRequestSchema,
  integrityRiskSchema,
  okResponseSchema,
  updateIntegrityRiskRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { createIntegrityRisk, deleteIntegrityRisk, getIntegrityRisk, integrityRiskRegisterXlsx, listIntegrityRisks, reviewIntegrityRisk, updateIntegrityRisk } from './integrity-risks.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function integrityRiskRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['integrity'];
    const one = { 200: integrityRiskSchema };

    app.get('/api/integrity/risks', { schema: { tags, summary: '廉政风险点（岗位、流程），标出本年度未复核的', querystring: integrityRiskListQuerySchema, response: { 200: integrityRiskPageSchema } } }, async (request) =>
      listIntegrityRisks(ctx, actorOf(request), request.query),
    );
    app.get('/api/integrity/risks/export.xlsx', { schema: { tags, summary: '廉政风险点台账（Excel）', querystring: integrityRiskExportQuerySchema } }, async (request, reply) => {
      const file = await integrityRiskRegisterXlsx(ctx, actorOf(request), request.query);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="integrity-risks.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('cache-control', 'no-store')
        .send(file.buffer);
    });
    app.get('/api/integrity/risks/:id', { schema: { tags, summary: '廉政风险点', params: idParamsSchema, response: one } }, async (request) => getIntegrityRisk(ctx, actorOf(request), request.params.id));
    app.post('/api/integrity/risks', { schema: { tags, summary: '登记廉政风险点及防控措施', body: createIntegrityRiskRequestSchema, response: { 201: integrityRiskSchema } } }, async (request, reply) =>
      reply.status(201).send(await createIntegrityRisk(ctx, actorOf(request), request.body)),
    );
    app.patch('/api/integrity/risks/:id', { schema: { tags, summary: '修改廉政风险点', params: idParamsSchema, body: updateIntegrityRiskRequestSchema, response: one } }, async (request) =>
      updateIntegrityRisk(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/integrity/risks/:id/review', { schema: { tags, summary: '年度复核', params: idParamsSchema, body: integrityRiskReviewRequestSchema, response: one } }, async (request) =>
      reviewIntegrityRisk(ctx, actorOf(request), request.params.id, request.body),
    );
    app.delete('/api/integrity/risks/:id', { schema: { tags, summary: '删除廉政风险点', params: idParamsSchema, response: { 200: okResponseSchema } } }, async (request) => {
      await deleteIntegrityRisk(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    });
  };
}
