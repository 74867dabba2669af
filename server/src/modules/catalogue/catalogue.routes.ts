import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ACTIVITY_KINDS, ACTIVITY_KIND_DEFINITIONS, PROGRAMMES, REQUIREMENT_CATALOGUE, catalogueResponseSchema } from '@mofan/shared';
import type { AppContext } from '../../context';

/** The catalogue is the same for everyone signed in: programmes, requirements, activity kinds. */
export function catalogueRoutes(_ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/catalogue',
      { schema: { tags: ['catalogue'], summary: '创建体系、制度要求目录与活动类型（种子数据）', response: { 200: catalogueResponseSchema } } },
      async () => ({
        programmes: [...PROGRAMMES],
        requirements: [...REQUIREMENT_CATALOGUE],
        activityKinds: ACTIVITY_KINDS.map((k) => {
          const d = ACTIVITY_KIND_DEFINITIONS[k];
          return { id: d.id, label: d.label, group: d.group, scope: d.scope, ownerKinds: [...d.ownerKinds], fields: d.fields, credits: d.credits, description: d.description };
        }),
      }),
    );
  };
}
