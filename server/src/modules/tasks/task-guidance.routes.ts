import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { guidanceForUnitListSchema, guidanceListQuerySchema, guidanceLocalisationsSchema, idParamsSchema, localiseGuidanceRequestSchema, taskPlanDetailSchema } from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { guidanceLocalisations, listGuidanceForUnit, localiseGuidance } from './task-guidance.service';

/** 重点任务指引: issued by a 工委, localised by each unit, overseen per unit. */
export function taskGuidanceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['tasks'];
    app.get(
      '/api/task-guidance',
      { schema: { tags, summary: '上级机关工委下发给本单位的重点任务指引及本单位的转化清单', querystring: guidanceListQuerySchema, response: { 200: guidanceForUnitListSchema } } },
      async (request) => listGuidanceForUnit(ctx, actorOf(request), request.query.unitId),
    );
    app.post(
      '/api/task-plans/:id/localise',
      { schema: { tags, summary: '单位结合实际转化指引：生成本单位的重点任务清单', params: idParamsSchema, body: localiseGuidanceRequestSchema, response: { 201: taskPlanDetailSchema } } },
      async (request, reply) => reply.status(201).send(await localiseGuidance(ctx, actorOf(request), request.params.id, request.body)),
    );
    app.get(
      '/api/task-plans/:id/localisations',
      { schema: { tags, summary: '指引在各单位的转化情况：照单采纳、结合实际调整、不采纳（附理由）', params: idParamsSchema, response: { 200: guidanceLocalisationsSchema } } },
      async (request) => guidanceLocalisations(ctx, actorOf(request), request.params.id),
    );
  };
}
