import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createDirectiveRequestSchema,
  directiveBoardQuerySchema,
  directiveBoardSchema,
  directiveCompleteRequestSchema,
  directiveDetailSchema,
  directiveExtensionDecisionRequestSchema,
  directiveExtensionParamsSchema,
  directiveExtensionRequestSchema,
  directiveListQuerySchema,
  directivePageSchema,
  directiveRejectRequestSchema,
  directiveRemindersSchema,
  directiveReportRequestSchema,
  directiveStepRequestSchema,
  directiveUrgeRequestSchema,
  directiveWebhookRequestSchema,
  directiveWebhookSchema,
  idParamsSchema,
  okResponseSchema,
  updateDirectiveRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { approveExtension, rejectExtension, requestExtension } from './directive-extensions.service';
import { acceptDirective, assignDirective, completeDirective, rejectDirective, reportProgress, signDirective, urgeDirective } from './directive-flow.service';
import { getReminders } from './directive-reminders.service';
import { deleteRobotSetting, getRobotSetting, putRobotSetting } from './directive-robot';
import { getBoard, getDirective, listDirectives, registerDirective, updateDirective } from './directives.service';

export function directiveRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['directives'];
    const detail = { 200: directiveDetailSchema };

    app.get('/api/directives', { schema: { tags, summary: '督办件列表（督办的与承办、协办的）', querystring: directiveListQuerySchema, response: { 200: directivePageSchema } } }, async (request) =>
      listDirectives(ctx, actorOf(request), request.query),
    );
    app.get('/api/directives/board', { schema: { tags, summary: '督办看板：各承办单位、科室的亮灯与办理情况', querystring: directiveBoardQuerySchema, response: { 200: directiveBoardSchema } } }, async (request) =>
      getBoard(ctx, actorOf(request), request.query),
    );
    app.get('/api/directives/reminders', { schema: { tags, summary: '我的督办提醒：待签收、黄灯、红灯、催办、应报进展、待审核、待批延期', response: { 200: directiveRemindersSchema } } }, async (request) =>
      getReminders(ctx, actorOf(request)),
    );
    app.get('/api/directives/webhook', { schema: { tags, summary: '督办提醒群机器人（钉钉、企业微信）设置', response: { 200: directiveWebhookSchema } } }, async (request) =>
      getRobotSetting(ctx, actorOf(request)),
    );
    app.put('/api/directives/webhook', { schema: { tags, summary: '设置督办提醒群机器人', body: directiveWebhookRequestSchema, response: { 200: directiveWebhookSchema } } }, async (request) =>
      putRobotSetting(ctx, actorOf(request), request.body),
    );
    app.delete('/api/directives/webhook', { schema: { tags, summary: '删除督办提醒群机器人', response: { 200: okResponseSchema } } }, async (request) => {
      await deleteRobotSetting(ctx, actorOf(request));
      return { ok: true as const };
    });
    app.get('/api/directives/:id', { schema: { tags, summary: '督办件详情（承办协办、全过程记录、延期、亮灯、可做的操作）', params: idParamsSchema, response: detail } }, async (request) =>
      getDirective(ctx, actorOf(request), request.params.id),
    );
    app.post('/api/directives', { schema: { tags, summary: '督办件立项（按规则计算办理时限）', body: createDirectiveRequestSchema, response: { 201: directiveDetailSchema } } }, async (request, reply) =>
      reply.status(201).send(await registerDirective(ctx, actorOf(request), request.body)),
    );
    app.patch('/api/directives/:id', { schema: { tags, summary: '修改立项信息（交办前）', params: idParamsSchema, body: updateDirectiveRequestSchema, response: detail } }, async (request) =>
      updateDirective(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/directives/:id/assign', { schema: { tags, summary: '交办', params: idParamsSchema, body: directiveStepRequestSchema, response: detail } }, async (request) =>
      assignDirective(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/directives/:id/sign', { schema: { tags, summary: '签收（承办单位）', params: idParamsSchema, body: directiveStepRequestSchema, response: detail } }, async (request) =>
      signDirective(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/directives/:id/reports', { schema: { tags, summary: '报告进展（承办或协办单位；首次报告即进入办理）', params: idParamsSchema, body: directiveReportRequestSchema, response: detail } }, async (request) =>
      reportProgress(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/directives/:id/complete', { schema: { tags, summary: '办结（承办单位报办理结果）', params: idParamsSchema, body: directiveCompleteRequestSchema, response: detail } }, async (request) =>
      completeDirective(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/directives/:id/accept', { schema: { tags, summary: '审核通过，销号', params: idParamsSchema, body: directiveStepRequestSchema, response: detail } }, async (request) =>
      acceptDirective(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/directives/:id/reject', { schema: { tags, summary: '审核退回，重新办理', params: idParamsSchema, body: directiveRejectRequestSchema, response: detail } }, async (request) =>
      rejectDirective(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/directives/:id/urge', { schema: { tags, summary: '催办', params: idParamsSchema, body: directiveUrgeRequestSchema, response: detail } }, async (request) =>
      urgeDirective(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/directives/:id/extensions', { schema: { tags, summary: '申请延期（不超过立项后15个工作日）', params: idParamsSchema, body: directiveExtensionRequestSchema, response: detail } }, async (request) =>
      requestExtension(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/directives/:id/extensions/:extensionId/approve',
      { schema: { tags, summary: '批准延期', params: directiveExtensionParamsSchema, body: directiveExtensionDecisionRequestSchema, response: detail } },
      async (request) => approveExtension(ctx, actorOf(request), request.params.id, request.params.extensionId, request.body),
    );
    app.post(
      '/api/directives/:id/extensions/:extensionId/reject',
      { schema: { tags, summary: '不予延期', params: directiveExtensionParamsSchema, body: directiveExtensionDecisionRequestSchema, response: detail } },
      async (request) => rejectExtension(ctx, actorOf(request), request.params.id, request.params.extensionId, request.body),
    );
  };
}
