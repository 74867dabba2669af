import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  accountabilityParamsSchema,
  createAccountabilityRequestSchema,
  createProblemRequestSchema,
  createRectificationRequestSchema,
  idParamsSchema,
  okResponseSchema,
  problemDetailSchema,
  problemExportQuerySchema,
  problemListQuerySchema,
  problemPageSchema,
  rectificationDetailSchema,
  updateProblemRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { exportProblems } from './inspection-reports.service';
import { createAccountability, createProblem, deleteAccountability, deleteProblem, getProblem, listProblems, updateProblem } from './problems.service';
import { createRectification } from './rectifications.service';
import { XLSX, sendFile } from './send-file';

export function problemRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['problems'];
    const detail = { 200: problemDetailSchema };
    app.get('/api/problems', { schema: { tags, summary: '问题列表（按标签、单位、状态、重复标记筛选）', querystring: problemListQuerySchema, response: { 200: problemPageSchema } } }, async (request) =>
      listProblems(ctx, actorOf(request), request.query),
    );
    app.get('/api/problems/export.xlsx', { schema: { tags, summary: '导出问题列表（Excel，台账格式）', querystring: problemExportQuerySchema } }, async (request, reply) =>
      sendFile(reply, XLSX, await exportProblems(ctx, actorOf(request), request.query), 'problems.xlsx'),
    );
    app.get('/api/problems/:id', { schema: { tags, summary: '问题详情（重复标记、整改全过程、问责）', params: idParamsSchema, response: detail } }, async (request) => getProblem(ctx, actorOf(request), request.params.id));
    app.post('/api/problems', { schema: { tags, summary: '登记问题（检查发现的或单独登记的）', body: createProblemRequestSchema, response: { 201: problemDetailSchema } } }, async (request, reply) =>
      reply.status(201).send(await createProblem(ctx, actorOf(request), request.body)),
    );
    app.patch('/api/problems/:id', { schema: { tags, summary: '修改问题（销号前）', params: idParamsSchema, body: updateProblemRequestSchema, response: detail } }, async (request) =>
      updateProblem(ctx, actorOf(request), request.params.id, request.body),
    );
    app.delete('/api/problems/:id', { schema: { tags, summary: '删除尚未交付整改的问题', params: idParamsSchema, response: { 200: okResponseSchema } } }, async (request) => {
      await deleteProblem(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    });
    app.post('/api/problems/:id/rectification', { schema: { tags, summary: '交付整改（整改措施、重点、责任单位和责任人、工作日时限）', params: idParamsSchema, body: createRectificationRequestSchema, response: { 201: rectificationDetailSchema } } }, async (request, reply) =>
      reply.status(201).send(await createRectification(ctx, actorOf(request), request.params.id, request.body)),
    );
    app.post('/api/problems/:id/accountabilities', { schema: { tags, summary: '记录问责（提醒谈话、通报批评、诫勉、取消评先评优资格、组织处理…）', params: idParamsSchema, body: createAccountabilityRequestSchema, response: { 201: problemDetailSchema } } }, async (request, reply) =>
      reply.status(201).send(await createAccountability(ctx, actorOf(request), request.params.id, request.body)),
    );
    app.delete('/api/problems/:id/accountabilities/:accountabilityId', { schema: { tags, summary: '删除误录的问责记录', params: accountabilityParamsSchema, response: detail } }, async (request) =>
      deleteAccountability(ctx, actorOf(request), request.params.id, request.params.accountabilityId),
    );
  };
}
