import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  completeInspectionRequestSchema,
  createInspectionRequestSchema,
  idParamsSchema,
  inspectionDetailSchema,
  inspectionExportQuerySchema,
  inspectionListQuerySchema,
  inspectionPageSchema,
  okResponseSchema,
  updateInspectionRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { exportInspections } from './inspection-reports.service';
import { completeInspection, createInspection, deleteInspection, getInspection, listInspections, updateInspection } from './inspections.service';
import { XLSX, sendFile } from './send-file';

export function inspectionCheckRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['inspections'];
    const detail = { 200: inspectionDetailSchema };
    app.get('/api/inspections', { schema: { tags, summary: '督查检查列表（不打招呼的检查完成前只有检查人员看得到）', querystring: inspectionListQuerySchema, response: { 200: inspectionPageSchema } } }, async (request) =>
      listInspections(ctx, actorOf(request), request.query),
    );
    app.get('/api/inspections/export.xlsx', { schema: { tags, summary: '导出督查检查列表（Excel）', querystring: inspectionExportQuerySchema } }, async (request, reply) =>
      sendFile(reply, XLSX, await exportInspections(ctx, actorOf(request), request.query), 'inspections.xlsx'),
    );
    app.get('/api/inspections/:id', { schema: { tags, summary: '督查检查详情', params: idParamsSchema, response: detail } }, async (request) => getInspection(ctx, actorOf(request), request.params.id));
    app.post('/api/inspections', { schema: { tags, summary: '制定检查计划（明查、暗访、专项整治、自查、抽查、督查、社会评议、跟踪监察、效能评估）', body: createInspectionRequestSchema, response: { 201: inspectionDetailSchema } } }, async (request, reply) =>
      reply.status(201).send(await createInspection(ctx, actorOf(request), request.body)),
    );
    app.patch('/api/inspections/:id', { schema: { tags, summary: '修改检查计划（完成前）', params: idParamsSchema, body: updateInspectionRequestSchema, response: detail } }, async (request) =>
      updateInspection(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/inspections/:id/complete', { schema: { tags, summary: '检查完成，记录检查结果（被检查单位此后看得到检查和问题）', params: idParamsSchema, body: completeInspectionRequestSchema, response: detail } }, async (request) =>
      completeInspection(ctx, actorOf(request), request.params.id, request.body),
    );
    app.delete('/api/inspections/:id', { schema: { tags, summary: '删除尚未登记问题的检查计划', params: idParamsSchema, response: { 200: okResponseSchema } } }, async (request) => {
      await deleteInspection(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    });
  };
}
