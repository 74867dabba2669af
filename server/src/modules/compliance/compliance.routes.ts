import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  branchGridSchema,
  cityOverviewQuerySchema,
  cityOverviewSchema,
  complianceWarningsSchema,
  complianceYearQuerySchema,
  myDutiesSchema,
  requirementDetailQuerySchema,
  requirementDetailSchema,
  unitIdParamsSchema,
  unitOverviewSchema,
  unitRequirementParamsSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { branchGrid, cityOverview, myDuties, requirementDetail, unitOverview } from './compliance.service';
import { complianceWarnings } from './warnings';

export function complianceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['compliance'];
    app.get(
      '/api/compliance/units/:id',
      { schema: { tags, summary: '单位落实情况（要求 × 周期）', params: unitIdParamsSchema, querystring: complianceYearQuerySchema, response: { 200: unitOverviewSchema } } },
      async (request) => unitOverview(ctx, actorOf(request), request.params.id, request.query.year),
    );
    app.get(
      '/api/compliance/units/:id/requirements/:requirementId',
      { schema: { tags, summary: '某项要求的逐对象结果与计入的台账', params: unitRequirementParamsSchema, querystring: requirementDetailQuerySchema, response: { 200: requirementDetailSchema } } },
      async (request) => requirementDetail(ctx, actorOf(request), request.params.id, request.params.requirementId, request.query.year, request.query.period),
    );
    app.get(
      '/api/compliance/units/:id/branch-grid',
      { schema: { tags, summary: '组织生活大排查（支部 × 三会一课 × 月份）', params: unitIdParamsSchema, querystring: complianceYearQuerySchema, response: { 200: branchGridSchema } } },
      async (request) => branchGrid(ctx, actorOf(request), request.params.id, request.query.year),
    );
    app.get(
      '/api/compliance/city',
      { schema: { tags, summary: '工委总览（单位 × 创建体系维度）', querystring: cityOverviewQuerySchema, response: { 200: cityOverviewSchema } } },
      async (request) => cityOverview(ctx, actorOf(request), request.query),
    );
    app.get(
      '/api/compliance/warnings',
      { schema: { tags, summary: '提醒：临期未完成（黄）与近一个月逾期（红），本人的和所管单位的', response: { 200: complianceWarningsSchema } } },
      async (request) => complianceWarnings(ctx, actorOf(request)),
    );
    app.get('/api/compliance/my-duties', { schema: { tags, summary: '我的任务（本期应完成与已完成）', response: { 200: myDutiesSchema } } }, async (request) =>
      myDuties(ctx, actorOf(request)),
    );
  };
}
