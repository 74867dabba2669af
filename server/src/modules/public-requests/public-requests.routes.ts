import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createPublicRequestRequestSchema,
  idParamsSchema,
  publicRequestClaimRequestSchema,
  publicRequestCloseRequestSchema,
  publicRequestDetailSchema,
  publicRequestExportQuerySchema,
  publicRequestListQuerySchema,
  publicRequestPageSchema,
  publicRequestReissueRequestSchema,
  publicRequestRevisitRequestSchema,
  publicRequestSolveRequestSchema,
  publicRequestWithCodeSchema,
  updatePublicRequestRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { claimPublicRequest, closePublicRequest, revisitPublicRequest, solvePublicRequest } from './public-request-flow.service';
import { getPublicRequest, listPublicRequests, publicRequestLedgerXlsx, registerPublicRequest, reissueLookupCode, updatePublicRequest } from './public-requests.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 群众诉求 as the staff handle them; the public lookup is in public-lookup.routes.ts. */
export function publicRequestRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['public-requests'];
    const detail = { 200: publicRequestDetailSchema };

    app.get('/api/public-requests', { schema: { tags, summary: '群众诉求列表（受理、认领的与可认领的）', querystring: publicRequestListQuerySchema, response: { 200: publicRequestPageSchema } } }, async (request) =>
      listPublicRequests(ctx, actorOf(request), request.query),
    );
    app.get('/api/public-requests/export.xlsx', { schema: { tags, summary: '群众诉求台账（Excel，联系方式脱敏）', querystring: publicRequestExportQuerySchema } }, async (request, reply) => {
      const file = await publicRequestLedgerXlsx(ctx, actorOf(request), request.query);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="public-requests.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('cache-control', 'no-store')
        .send(file.buffer);
    });
    app.get('/api/public-requests/:id', { schema: { tags, summary: '群众诉求详情（全过程记录、可做的操作）', params: idParamsSchema, response: detail } }, async (request) =>
      getPublicRequest(ctx, actorOf(request), request.params.id),
    );
    app.post(
      '/api/public-requests',
      { schema: { tags, summary: '了解需求：登记群众诉求，生成查询码（只显示这一次）', body: createPublicRequestRequestSchema, response: { 201: publicRequestWithCodeSchema } } },
      async (request, reply) => reply.status(201).send(await registerPublicRequest(ctx, actorOf(request), request.body)),
    );
    app.patch('/api/public-requests/:id', { schema: { tags, summary: '修改诉求信息（受理单位）', params: idParamsSchema, body: updatePublicRequestRequestSchema, response: detail } }, async (request) =>
      updatePublicRequest(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/public-requests/:id/claim', { schema: { tags, summary: '认领问题（单位、科室或干部职工）', params: idParamsSchema, body: publicRequestClaimRequestSchema, response: detail } }, async (request) =>
      claimPublicRequest(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/public-requests/:id/solve', { schema: { tags, summary: '解决问题（解决情况向群众公开）', params: idParamsSchema, body: publicRequestSolveRequestSchema, response: detail } }, async (request) =>
      solvePublicRequest(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/public-requests/:id/close', { schema: { tags, summary: '完善机制，办结', params: idParamsSchema, body: publicRequestCloseRequestSchema, response: detail } }, async (request) =>
      closePublicRequest(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/public-requests/:id/revisit', { schema: { tags, summary: '回访（群众不满意后），重新办理', params: idParamsSchema, body: publicRequestRevisitRequestSchema, response: detail } }, async (request) =>
      revisitPublicRequest(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/public-requests/:id/lookup-code',
      { schema: { tags, summary: '重新生成查询码（原查询码作废，新码只显示这一次）', params: idParamsSchema, body: publicRequestReissueRequestSchema, response: { 200: publicRequestWithCodeSchema } } },
      async (request) => reissueLookupCode(ctx, actorOf(request), request.params.id, request.body),
    );
  };
}
