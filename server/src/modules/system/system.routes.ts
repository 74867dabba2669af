import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthResponseSchema, systemInfoResponseSchema } from '@mofan/shared';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { describeSystem } from './system.service';

export function systemRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      { config: { public: true }, schema: { tags: ['system'], summary: '健康检查', response: { 200: healthResponseSchema } } },
      async () => {
        await ctx.db.execute(sql`select 1`);
        return { status: 'ok' as const };
      },
    );
    app.get(
      '/api/system/info',
      { config: { public: true }, schema: { tags: ['system'], summary: '系统信息（是否演示环境、口令策略）', response: { 200: systemInfoResponseSchema } } },
      async () => describeSystem(ctx),
    );
  };
}
