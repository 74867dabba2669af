import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  cleanlinessCheckListQuerySchema,
  cleanlinessCheckListSchema,
  cleanlinessCheckSchema,
  cleanlinessHistoryParamsSchema,
  cleanlinessHistoryQuerySchema,
  cleanlinessHistorySchema,
  cleanlinessItemSchema,
  cleanlinessScoreParamsSchema,
  cleanlinessSheetQuerySchema,
  cleanlinessSheetSchema,
  createCleanlinessItemRequestSchema,
  drawCleanlinessCheckRequestSchema,
  idParamsSchema,
  publishCleanlinessCheckRequestSchema,
  saveCleanlinessScoresRequestSchema,
  standardCleanlinessItemsRequestSchema,
  updateCleanlinessItemRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import {
  cleanlinessBulletinDocx,
  cleanlinessHistory,
  cleanlinessRankingXlsx,
  drawCleanlinessCheck,
  getCleanlinessCheck,
  listCleanlinessChecks,
  publishCleanlinessCheck,
  saveCleanlinessScores,
} from './cleanliness-checks.service';
import { createCleanlinessItem, getCleanlinessSheet, updateCleanlinessItem, applyStandardCleanlinessItems } from './cleanliness-sheet.service';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sendFile(reply: FastifyReply, contentType: string, file: { buffer: Buffer; fileName: string }, asciiName: string) {
  return reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'no-store')
    .send(file.buffer);
}

export function cleanlinessRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['cleanliness'];
    app.get(
      '/api/cleanliness/sheet',
      { schema: { tags, summary: '清洁机关检查表（本级及上级工委设定的启用项目）', querystring: cleanlinessSheetQuerySchema, response: { 200: cleanlinessSheetSchema } } },
      async (request) => getCleanlinessSheet(ctx, actorOf(request), request.query),
    );
    app.post(
      '/api/cleanliness/items',
      { schema: { tags, summary: '增设检查项目', body: createCleanlinessItemRequestSchema, response: { 201: cleanlinessItemSchema } } },
      async (request, reply) => reply.status(201).send(await createCleanlinessItem(ctx, actorOf(request), request.body)),
    );
    app.post(
      '/api/cleanliness/items/standard',
      { schema: { tags, summary: '套用标准检查表（本级尚无项目时）', body: standardCleanlinessItemsRequestSchema, response: { 201: cleanlinessSheetSchema } } },
      async (request, reply) => reply.status(201).send(await applyStandardCleanlinessItems(ctx, actorOf(request), request.body)),
    );
    app.patch(
      '/api/cleanliness/items/:id',
      { schema: { tags, summary: '修改或停用检查项目', params: idParamsSchema, body: updateCleanlinessItemRequestSchema, response: { 200: cleanlinessItemSchema } } },
      async (request) => updateCleanlinessItem(ctx, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/api/cleanliness/checks',
      { schema: { tags, summary: '单位的月度清洁机关检查', querystring: cleanlinessCheckListQuerySchema, response: { 200: cleanlinessCheckListSchema } } },
      async (request) => listCleanlinessChecks(ctx, actorOf(request), request.query),
    );
    app.post(
      '/api/cleanliness/checks',
      { schema: { tags, summary: '一抽查：随机抽取本月检查的科室（每单位每月一次）', body: drawCleanlinessCheckRequestSchema, response: { 201: cleanlinessCheckSchema } } },
      async (request, reply) => reply.status(201).send(await drawCleanlinessCheck(ctx, actorOf(request), request.body)),
    );
    app.get(
      '/api/cleanliness/checks/:id',
      { schema: { tags, summary: '月度检查：抽中科室、评分与排名', params: idParamsSchema, response: { 200: cleanlinessCheckSchema } } },
      async (request) => getCleanlinessCheck(ctx, actorOf(request), request.params.id),
    );
    app.put(
      '/api/cleanliness/checks/:id/scores/:departmentId',
      { schema: { tags, summary: '一评比：为抽中科室逐项打分', params: cleanlinessScoreParamsSchema, body: saveCleanlinessScoresRequestSchema, response: { 200: cleanlinessCheckSchema } } },
      async (request) => saveCleanlinessScores(ctx, actorOf(request), request.params.id, request.params.departmentId, request.body),
    );
    app.post(
      '/api/cleanliness/checks/:id/publish',
      { schema: { tags, summary: '一通报：发布本月排名（全部科室评分后）', params: idParamsSchema, body: publishCleanlinessCheckRequestSchema, response: { 200: cleanlinessCheckSchema } } },
      async (request) => publishCleanlinessCheck(ctx, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/api/cleanliness/checks/:id/bulletin.docx',
      { schema: { tags, summary: '清洁机关检查评比通报（Word，GB/T 9704 公文格式）', params: idParamsSchema } },
      async (request, reply) => sendFile(reply, DOCX, await cleanlinessBulletinDocx(ctx, actorOf(request), request.params.id), 'cleanliness-bulletin.docx'),
    );
    app.get(
      '/api/cleanliness/checks/:id/ranking.xlsx',
      { schema: { tags, summary: '评比排名（Excel）', params: idParamsSchema } },
      async (request, reply) => sendFile(reply, XLSX, await cleanlinessRankingXlsx(ctx, actorOf(request), request.params.id), 'cleanliness-ranking.xlsx'),
    );
    app.get(
      '/api/cleanliness/departments/:departmentId/history',
      { schema: { tags, summary: '科室历月检查得分与名次（平时考核）', params: cleanlinessHistoryParamsSchema, querystring: cleanlinessHistoryQuerySchema, response: { 200: cleanlinessHistorySchema } } },
      async (request) => cleanlinessHistory(ctx, actorOf(request), request.params.departmentId, request.query),
    );
  };
}
