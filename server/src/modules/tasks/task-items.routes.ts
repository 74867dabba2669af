import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  completeTaskItemRequestSchema,
  idParamsSchema,
  okResponseSchema,
  reasonRequestSchema,
  reportProgressRequestSchema,
  taskItemDetailSchema,
  updateTaskItemRequestSchema,
  verifyTaskItemRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { completeItem, dropItem, rejectItem, reportProgress, verifyItem } from './task-flow.service';
import { deleteItem, getItem, updateItem } from './task-items.service';

/** One task: its details and history, and the steps from open to verified (责任倒查). */
export function taskItemRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['tasks'];
    const detail = { 200: taskItemDetailSchema };
    app.get('/api/task-items/:id', { schema: { tags, summary: '任务详情、节点与全过程记录', params: idParamsSchema, response: detail } }, async (request) =>
      getItem(ctx, actorOf(request), request.params.id),
    );
    app.patch('/api/task-items/:id', { schema: { tags, summary: '修改任务', params: idParamsSchema, body: updateTaskItemRequestSchema, response: detail } }, async (request) =>
      updateItem(ctx, actorOf(request), request.params.id, request.body),
    );
    app.delete('/api/task-items/:id', { schema: { tags, summary: '删除尚无进展的任务', params: idParamsSchema, response: { 200: okResponseSchema } } }, async (request) => {
      await deleteItem(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    });
    app.post('/api/task-items/:id/progress', { schema: { tags, summary: '报告进展', params: idParamsSchema, body: reportProgressRequestSchema, response: detail } }, async (request) =>
      reportProgress(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/task-items/:id/complete',
      { schema: { tags, summary: '报告完成（对照工作标准说明完成情况）', params: idParamsSchema, body: completeTaskItemRequestSchema, response: detail } },
      async (request) => completeItem(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/task-items/:id/verify',
      { schema: { tags, summary: '核验通过（维护清单者，非完成人）', params: idParamsSchema, body: verifyTaskItemRequestSchema, response: detail } },
      async (request) => verifyItem(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/task-items/:id/reject', { schema: { tags, summary: '核验退回（须说明理由，任务回到推进中）', params: idParamsSchema, body: reasonRequestSchema, response: detail } }, async (request) =>
      rejectItem(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post('/api/task-items/:id/drop', { schema: { tags, summary: '取消任务 / 不采纳指引任务（须说明理由）', params: idParamsSchema, body: reasonRequestSchema, response: detail } }, async (request) =>
      dropItem(ctx, actorOf(request), request.params.id, request.body),
    );
  };
}
