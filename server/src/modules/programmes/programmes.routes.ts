import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adoptProgrammeRequestSchema, idParamsSchema, programmePublicationSchema, programmePublicationsSchema, publicationListQuerySchema, publishProgrammeRequestSchema } from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { adoptProgramme, listPublications, publishProgramme, withdrawPublication } from './programmes.service';

/** 创建体系: a 工委 publishes a programme to the units below it, a unit adopts it. */
export function programmeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['programmes'];
    app.get(
      '/api/programmes/publications',
      { schema: { tags, summary: '发布到本级的创建体系（本级及上级发布）与各单位采纳情况', querystring: publicationListQuerySchema, response: { 200: programmePublicationsSchema } } },
      async (request) => listPublications(ctx, actorOf(request), request.query.nodeId),
    );
    app.post(
      '/api/programmes/publications',
      { schema: { tags, summary: '机关工委向下级单位发布创建体系', body: publishProgrammeRequestSchema, response: { 201: programmePublicationSchema } } },
      async (request, reply) => reply.status(201).send(await publishProgramme(ctx, actorOf(request), request.body)),
    );
    app.post(
      '/api/programmes/publications/:id/withdraw',
      { schema: { tags, summary: '撤回发布（已有采纳保留）', params: idParamsSchema, response: { 200: programmePublicationSchema } } },
      async (request) => withdrawPublication(ctx, actorOf(request), request.params.id),
    );
    app.post(
      '/api/programmes/publications/:id/adoptions',
      { schema: { tags, summary: '单位采纳上级发布的创建体系', params: idParamsSchema, body: adoptProgrammeRequestSchema, response: { 201: programmePublicationSchema } } },
      async (request, reply) => reply.status(201).send(await adoptProgramme(ctx, actorOf(request), request.params.id, request.body)),
    );
  };
}
