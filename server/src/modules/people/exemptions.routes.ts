import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createExemptionRequestSchema,
  exemptionListSchema,
  exemptionSchema,
  okResponseSchema,
  personExemptionParamsSchema,
  personExemptionsParamsSchema,
  updateExemptionRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { createExemption, deleteExemption, listExemptions, updateExemption } from './exemptions.service';

export function exemptionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['people'];
    app.get(
      '/api/people/:personId/exemptions',
      { schema: { tags, summary: '免考核期间（请假、借调等）', params: personExemptionsParamsSchema, response: { 200: exemptionListSchema } } },
      async (request) => listExemptions(ctx, actorOf(request), request.params.personId),
    );
    app.post(
      '/api/people/:personId/exemptions',
      { schema: { tags, summary: '登记免考核期间', params: personExemptionsParamsSchema, body: createExemptionRequestSchema, response: { 201: exemptionSchema } } },
      async (request, reply) => reply.status(201).send(await createExemption(ctx, actorOf(request), request.params.personId, request.body)),
    );
    app.patch(
      '/api/people/:personId/exemptions/:id',
      { schema: { tags, summary: '修改免考核期间', params: personExemptionParamsSchema, body: updateExemptionRequestSchema, response: { 200: exemptionSchema } } },
      async (request) => updateExemption(ctx, actorOf(request), request.params.personId, request.params.id, request.body),
    );
    app.delete(
      '/api/people/:personId/exemptions/:id',
      { schema: { tags, summary: '删除免考核期间', params: personExemptionParamsSchema, response: { 200: okResponseSchema } } },
      async (request) => {
        await deleteExemption(ctx, actorOf(request), request.params.personId, request.params.id);
        return { ok: true as const };
      },
    );
  };
}
