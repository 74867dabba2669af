import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ACTIVITY_KINDS,
  ACTIVITY_KIND_DEFINITIONS,
  PROGRAMMES,
  REQUIREMENT_CATALOGUE,
  catalogueResponseSchema,
  effectiveCatalogueSchema,
  idSchema,
  okResponseSchema,
  requirementSettingRequestSchema,
  requirementSettingSchema,
  settingParamsSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { deleteSetting, getEffectiveCatalogue, listSettings, putSetting } from './catalogue.service';

/** The catalogue is the same for everyone signed in: programmes, requirements, activity kinds. */
export function catalogueRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/catalogue',
      { schema: { tags: ['catalogue'], summary: '创建体系、制度要求目录与活动类型（种子数据）', response: { 200: catalogueResponseSchema } } },
      async () => ({
        programmes: [...PROGRAMMES],
        requirements: [...REQUIREMENT_CATALOGUE],
        activityKinds: ACTIVITY_KINDS.map((k) => {
          const d = ACTIVITY_KIND_DEFINITIONS[k];
          return {
            id: d.id,
            label: d.label,
            group: d.group,
            scope: d.scope,
            ownerKinds: [...d.ownerKinds],
            fields: d.fields,
            credits: d.credits,
            ...(d.stages ? { stages: d.stages.map((st) => ({ id: st.id, label: st.label, fields: [...st.fields] })) } : {}),
            ...(d.countsFromStage ? { countsFromStage: d.countsFromStage } : {}),
            description: d.description,
          };
        }),
      }),
    );
    const tags = ['catalogue'];
    const nodeQuery = z.object({ nodeId: idSchema });
    app.get('/api/catalogue/effective', { schema: { tags, summary: '某组织适用的制度要求（含上级与本级调整）', querystring: nodeQuery, response: { 200: effectiveCatalogueSchema } } }, async (request) =>
      getEffectiveCatalogue(ctx, actorOf(request), request.query.nodeId),
    );
    app.get('/api/catalogue/settings', { schema: { tags, summary: '本级及下级对制度要求的调整（上级可见）', querystring: nodeQuery, response: { 200: z.array(requirementSettingSchema) } } }, async (request) =>
      listSettings(ctx, actorOf(request), request.query.nodeId),
    );
    app.put(
      '/api/catalogue/settings/:nodeId/:requirementId',
      { schema: { tags, summary: '结合实际调整一项要求（停用须说明理由，只能提高要求）', params: settingParamsSchema, body: requirementSettingRequestSchema, response: { 200: requirementSettingSchema } } },
      async (request) => putSetting(ctx, actorOf(request), request.params.nodeId, request.params.requirementId, request.body),
    );
    app.delete(
      '/api/catalogue/settings/:nodeId/:requirementId',
      { schema: { tags, summary: '撤销本级调整，恢复上级要求', params: settingParamsSchema, response: { 200: okResponseSchema } } },
      async (request) => {
        await deleteSetting(ctx, actorOf(request), request.params.nodeId, request.params.requirementId);
        return { ok: true as const };
      },
    );
  };
}
