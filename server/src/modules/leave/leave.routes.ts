import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  approveLeaveRequestSchema,
  cancelLeaveRequestSchema,
  createLeaveRequestSchema,
  idParamsSchema,
  leaveAwayQuerySchema,
  leaveAwaySchema,
  leaveRequestExportQuerySchema,
  leaveRequestListQuerySchema,
  leaveRequestListSchema,
  leaveRequestPageSchema,
  leaveRequestSchema,
  rejectLeaveRequestSchema,
  returnLeaveRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { approveLeave, cancelLeave, createLeave, exportLeave, getLeave, listAway, listAwaitingMe, listLeave, listMyLeave, rejectLeave, returnLeave } from './leave.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function leaveRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['leave'];
    app.get('/api/leave/requests/mine', { schema: { tags, summary: '我的请假', response: { 200: leaveRequestListSchema } } }, async (request) => listMyLeave(ctx, actorOf(request)));
    app.get(
      '/api/leave/requests/awaiting-me',
      { schema: { tags, summary: '待我审批的请假（按审批规则由我审批的）', response: { 200: leaveRequestListSchema } } },
      async (request) => listAwaitingMe(ctx, actorOf(request)),
    );
    app.get(
      '/api/leave/requests',
      { schema: { tags, summary: '请假记录（审批人、人员管理员所辖范围）', querystring: leaveRequestListQuerySchema, response: { 200: leaveRequestPageSchema } } },
      async (request) => listLeave(ctx, actorOf(request), request.query),
    );
    app.get('/api/leave/requests.xlsx', { schema: { tags, summary: '导出请销假记录（Excel）', querystring: leaveRequestExportQuerySchema } }, async (request, reply) => {
      const file = await exportLeave(ctx, actorOf(request), request.query);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="leave.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('cache-control', 'no-store')
        .send(file.buffer);
    });
    app.get('/api/leave/requests/:id', { schema: { tags, summary: '请假详情', params: idParamsSchema, response: { 200: leaveRequestSchema } } }, async (request) =>
      getLeave(ctx, actorOf(request), request.params.id),
    );
    app.post(
      '/api/leave/requests',
      { schema: { tags, summary: '请假（本人，或人员管理员代为登记）', body: createLeaveRequestSchema, response: { 201: leaveRequestSchema } } },
      async (request, reply) => reply.status(201).send(await createLeave(ctx, actorOf(request), request.body)),
    );
    app.post(
      '/api/leave/requests/:id/approve',
      { schema: { tags, summary: '批准请假（写入免考核期间）', params: idParamsSchema, body: approveLeaveRequestSchema, response: { 200: leaveRequestSchema } } },
      async (request) => approveLeave(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/leave/requests/:id/reject',
      { schema: { tags, summary: '不予批准', params: idParamsSchema, body: rejectLeaveRequestSchema, response: { 200: leaveRequestSchema } } },
      async (request) => rejectLeave(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/leave/requests/:id/cancel',
      { schema: { tags, summary: '撤销请假（待审批，或已批准尚未开始）', params: idParamsSchema, body: cancelLeaveRequestSchema, response: { 200: leaveRequestSchema } } },
      async (request) => cancelLeave(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/leave/requests/:id/return',
      { schema: { tags, summary: '销假（实际休假截止日，提前返岗缩短假期）', params: idParamsSchema, body: returnLeaveRequestSchema, response: { 200: leaveRequestSchema } } },
      async (request) => returnLeave(ctx, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/api/leave/away',
      { schema: { tags, summary: '某日不在岗人员（已批准的请假，不含定位、打卡）', querystring: leaveAwayQuerySchema, response: { 200: leaveAwaySchema } } },
      async (request) => listAway(ctx, actorOf(request), request.query),
    );
  };
}
