import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditListQuerySchema, auditPageSchema } from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { listAuditEntries } from './audit.service';

export function auditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      { schema: { tags: ['audit'], summary: '审计日志（只读）', querystring: auditListQuerySchema, response: { 200: auditPageSchema } } },
      async (request) => listAuditEntries(ctx, actorOf(request), request.query),
    );
  };
}
