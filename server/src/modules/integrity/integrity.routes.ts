import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { integrityRiskRoutes } from './integrity-risks.routes';
import { majorDecisionRoutes } from './major-decisions.routes';

/** 清廉机关 (issue 5): the 廉政风险点 register and the 三重一大 decision log. */
export function integrityRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(integrityRiskRoutes(ctx));
    await app.register(majorDecisionRoutes(ctx));
  };
}
