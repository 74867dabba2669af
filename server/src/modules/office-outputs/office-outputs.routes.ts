import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createOfficeOutputRequestSchema,
  idParamsSchema,
  officeOutputListQuerySchema,
  officeOutputMonthlyQuerySchema,
  officeOutputMonthlySchema,
  officeOutputPageSchema,
  officeOutputSchema,
  okResponseSchema,
  updateOfficeOutputRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { createOfficeOutput, deleteOfficeOutput, getOfficeOutput, listOfficeOutputs, officeOutputMonthly, updateOfficeOutput } from './office-outputs.service';

export function officeOutputRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['office-outputs'];
    app.get(
      '/api/office-outputs/monthly',
      { schema: { tags, summary: '精文减会：各单位每月发文数、会议数', querystring: officeOutputMonthlyQuerySchema, response: { 200: officeOutputMonthlySchema } } },
      async (request) => officeOutputMonthly(ctx, actorOf(request), request.query),
    );
    app.get('/api/office-outputs', { schema: { tags, summary: '发文与会议登记', querystring: officeOutputListQuerySchema, response: { 200: officeOutputPageSchema } } }, async (request) =>
      listOfficeOutputs(ctx, actorOf(request), request.query),
    );
    app.get('/api/office-outputs/:id', { schema: { tags, summary: '发文或会议记录', params: idParamsSchema, response: { 200: officeOutputSchema } } }, async (request) =>
      getOfficeOutput(ctx, actorOf(request), request.params.id),
    );
    app.post(
      '/api/office-outputs',
      { schema: { tags, summary: '登记发文或会议（一次录入，无需附件）', body: createOfficeOutputRequestSchema, response: { 201: officeOutputSchema } } },
      async (request, reply) => reply.status(201).send(await createOfficeOutput(ctx, actorOf(request), request.body)),
    );
    app.patch(
      '/api/office-outputs/:id',
      { schema: { tags, summary: '修改发文或会议记录', params: idParamsSchema, body: updateOfficeOutputRequestSchema, response: { 200: officeOutputSchema } } },
      async (request) => updateOfficeOutput(ctx, actorOf(request), request.params.id, request.body),
    );
    app.delete('/api/office-outputs/:id', { schema: { tags, summary: '删除发文或会议记录', params: idParamsSchema, response: { 200: okResponseSchema } } }, async (request) => {
      await deleteOfficeOutput(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    });
  };
}
