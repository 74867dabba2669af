import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createTaskItemRequestSchema,
  createTaskPlanRequestSchema,
  idParamsSchema,
  okResponseSchema,
  taskItemDetailSchema,
  taskPlanDetailSchema,
  taskPlanListQuerySchema,
  taskPlanPageSchema,
  updateTaskPlanRequestSchema,
  versionOnlyRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { createItem } from './task-items.service';
import { createPlan, deletePlan, getPlan, issuePlan, listPlans, updatePlan } from './task-plans.service';

/** 清单: 年度工作要点, 重点任务清单, 项目化清单, 五年路线图 → 年度任务书 → 月度施工图, 重点任务指引. */
export function taskPlanRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['tasks'];
    app.get('/api/task-plans', { schema: { tags, summary: '任务清单（所属组织含下级，可按类型、年度筛选）', querystring: taskPlanListQuerySchema, response: { 200: taskPlanPageSchema } } }, async (request) =>
      listPlans(ctx, actorOf(request), request.query),
    );
    app.post('/api/task-plans', { schema: { tags, summary: '新建清单', body: createTaskPlanRequestSchema, response: { 201: taskPlanDetailSchema } } }, async (request, reply) =>
      reply.status(201).send(await createPlan(ctx, actorOf(request), request.body)),
    );
    app.get('/api/task-plans/:id', { schema: { tags, summary: '清单及其全部任务', params: idParamsSchema, response: { 200: taskPlanDetailSchema } } }, async (request) =>
      getPlan(ctx, actorOf(request), request.params.id),
    );
    app.patch(
      '/api/task-plans/:id',
      { schema: { tags, summary: '修改清单（名称、年度、月份、上级规划）', params: idParamsSchema, body: updateTaskPlanRequestSchema, response: { 200: taskPlanDetailSchema } } },
      async (request) => updatePlan(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/task-plans/:id/issue',
      { schema: { tags, summary: '下发清单（草稿 → 已下发；指引下发后下级单位可转化）', params: idParamsSchema, body: versionOnlyRequestSchema, response: { 200: taskPlanDetailSchema } } },
      async (request) => issuePlan(ctx, actorOf(request), request.params.id, request.body.version),
    );
    app.delete('/api/task-plans/:id', { schema: { tags, summary: '删除草稿清单', params: idParamsSchema, response: { 200: okResponseSchema } } }, async (request) => {
      await deletePlan(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    });
    app.post(
      '/api/task-plans/:id/items',
      { schema: { tags, summary: '新增任务（牵头、配合、责任人、完成时限、工作标准）', params: idParamsSchema, body: createTaskItemRequestSchema, response: { 201: taskItemDetailSchema } } },
      async (request, reply) => reply.status(201).send(await createItem(ctx, actorOf(request), request.params.id, request.body)),
    );
  };
}
