import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createMilestonesRequestSchema,
  idParamsSchema,
  milestoneProposalSchema,
  okResponseSchema,
  proposeMilestonesRequestSchema,
  taskItemDetailSchema,
  updateMilestoneRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { createMilestones, deleteMilestone, proposeMilestones, updateMilestone } from './task-milestones.service';

/** 时间倒排: milestones proposed backwards from the deadline on the official calendar, then kept by hand. */
export function taskMilestoneRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['tasks'];
    app.post(
      '/api/task-items/:id/milestones/proposal',
      {
        schema: {
          tags,
          summary: '时间倒排：按步骤所需工作日从完成时限倒推节点（只计算，不保存）',
          params: idParamsSchema,
          body: proposeMilestonesRequestSchema,
          response: { 200: milestoneProposalSchema },
        },
      },
      async (request) => proposeMilestones(ctx, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/task-items/:id/milestones',
      { schema: { tags, summary: '设定节点（一个或多个）', params: idParamsSchema, body: createMilestonesRequestSchema, response: { 201: taskItemDetailSchema } } },
      async (request, reply) => reply.status(201).send(await createMilestones(ctx, actorOf(request), request.params.id, request.body)),
    );
    app.patch(
      '/api/task-milestones/:id',
      { schema: { tags, summary: '修改节点或标记完成', params: idParamsSchema, body: updateMilestoneRequestSchema, response: { 200: taskItemDetailSchema } } },
      async (request) => updateMilestone(ctx, actorOf(request), request.params.id, request.body),
    );
    app.delete('/api/task-milestones/:id', { schema: { tags, summary: '删除节点', params: idParamsSchema, response: { 200: okResponseSchema } } }, async (request) => {
      await deleteMilestone(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    });
  };
}
