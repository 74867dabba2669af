import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import { taskGuidanceRoutes } from './task-guidance.routes';
import { taskItemRoutes } from './task-items.routes';
import { taskMilestoneRoutes } from './task-milestones.routes';
import { taskPlanRoutes } from './task-plans.routes';

/** Task lists of the 项目工作法 (issue 4): plans, items, milestones, guidance. */
export function taskRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(taskPlanRoutes(ctx));
    await app.register(taskItemRoutes(ctx));
    await app.register(taskMilestoneRoutes(ctx));
    await app.register(taskGuidanceRoutes(ctx));
  };
}
