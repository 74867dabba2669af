import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  idParamsSchema,
  rectificationAcceptRequestSchema,
  rectificationDetailSchema,
  rectificationEscalateRequestSchema,
  rectificationExportQuerySchema,
  rectificationListQuerySchema,
  rectificationPageSchema,
  rectificationReopenRequestSchema,
  rectificationTextRequestSchema,
  updateRectificationRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { exportRectifications } from './inspection-reports.service';
import { acceptRectification, addRectificationEvidence, reopenRectification, reportRectificationProgress, submitRectification } from './rectification-flow.service';
import { escalateRectification, getRectification, listRectifications, updateRectification } from './rectifications.service';
import { XLSX, sendFile } from './send-file';

export function rectificationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['rectifications'];
    const detail = { 200: rectificationDetailSchema };
    app.get('/api/rectifications', { schema: { tags, summary: '整改列表（亮灯、状态、是否转督办）', querystring: rectificationListQuerySchema, response: { 200: rectificationPageSchema } } }, async (request) =>
      listRectifications(ctx, actorOf(request), request.query),
    );
    app.get('/api/rectifications/export.xlsx', { schema: { tags, summary: '导出整改列表（Excel）', querystring: rectificationExportQuerySchema } }, async (request, reply) =>
      sendFile(reply, XLSX, await exportRectifications(ctx, actorOf(request), request.query), 'rectifications.xlsx'),
    );
    app.get('/api/rectifications/:id', { schema: { tags, summary: '整改详情（全过程记录、亮灯、可做的操作）', params: idParamsSchema, response: detail } }, async (request) =>
      getRectification(ctx, actorOf(request), request.params.id),
    );
    app.patch('/api/rectifications/:id', { schema: { tags, summary: '修改整改要求（措施、重点、责任、时限）', params: idParamsSchema, body: updateRectificationRequestSchema, response: detail } }, async (request) =>
      updateRectification(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/rectifications/:id/progress', { schema: { tags, summary: '报告整改进展（责任单位）', params: idParamsSchema, body: rectificationTextRequestSchema, response: detail } }, async (request) =>
      reportRectificationProgress(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/rectifications/:id/evidence', { schema: { tags, summary: '提交整改佐证（文字说明，照片不是必需的）', params: idParamsSchema, body: rectificationTextRequestSchema, response: detail } }, async (request) =>
      addRectificationEvidence(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/rectifications/:id/submit', { schema: { tags, summary: '提交整改完成情况，待核验（责任单位）', params: idParamsSchema, body: rectificationTextRequestSchema, response: detail } }, async (request) =>
      submitRectification(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/rectifications/:id/accept', { schema: { tags, summary: '核验通过，销号（问题同时销号）', params: idParamsSchema, body: rectificationAcceptRequestSchema, response: detail } }, async (request) =>
      acceptRectification(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/rectifications/:id/reopen', { schema: { tags, summary: '核验退回，重新整改（须写明理由）', params: idParamsSchema, body: rectificationReopenRequestSchema, response: detail } }, async (request) =>
      reopenRectification(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/rectifications/:id/escalate', { schema: { tags, summary: '逾期整改转为督办件', params: idParamsSchema, body: rectificationEscalateRequestSchema, response: detail } }, async (request) =>
      escalateRectification(ctx, actorOf(request), request.params.id, request.body),
    );
  };
}
