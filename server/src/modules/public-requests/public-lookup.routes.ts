import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { publicFeedbackRequestSchema, publicLookupParamsSchema, publicLookupSchema } from '@mofan/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../errors';
import { PerMinuteLimiter } from './lookup-rate-limit';
import { givePublicFeedback, lookUpPublicRequest } from './public-lookup.service';

/** Lookups and answers per client address and minute: plenty for a person, useless for guessing. */
export const PUBLIC_LOOKUPS_PER_MINUTE = 20;

/**
 * The 群众诉求 lookup without an account (`public: true` lets these past the auth hook and its
 * CSRF check). Every request counts against the address's minute before anything else runs.
 */
export function publicLookupRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['public'];
    const limiter = new PerMinuteLimiter(PUBLIC_LOOKUPS_PER_MINUTE, ctx.now);
    const limit = async (request: FastifyRequest, reply: FastifyReply) => {
      const wait = limiter.hit(request.ip);
      if (wait === null) return;
      void reply.header('retry-after', String(wait));
      throw new AppError('TOO_MANY_REQUESTS', '查询过于频繁，请稍后再试');
    };
    const config = { public: true };

    app.get(
      '/api/public/requests/:code',
      { config, onRequest: limit, schema: { tags, summary: '群众凭查询码查看诉求办理进度（无需登录）', params: publicLookupParamsSchema, response: { 200: publicLookupSchema } } },
      async (request, reply) => {
        // A person's progress is not for shared caches on the way.
        void reply.header('cache-control', 'no-store');
        return lookUpPublicRequest(ctx, request.params.code);
      },
    );
    app.post(
      '/api/public/requests/:code/feedback',
      {
        config,
        onRequest: limit,
        schema: { tags, summary: '群众评价办理结果（已解决或已办结后；不满意即退回回访）', params: publicLookupParamsSchema, body: publicFeedbackRequestSchema, response: { 200: publicLookupSchema } },
      },
      async (request, reply) => {
        void reply.header('cache-control', 'no-store');
        return givePublicFeedback(ctx, request.params.code, request.body, request.ip);
      },
    );
  };
}
