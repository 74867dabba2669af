import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { errorResponseSchema, idParamsSchema, idSchema, importJobSchema, personListQuerySchema } from '@mofan/shared';
import type { AppContext } from '../../context';
import { readUnitUpload } from '../../http/read-unit-upload';
import { actorOf } from '../../http/route-config';
import { assertMayImport, exportPeople, getImportJob, rosterTemplate, startRosterImport } from './roster.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sendWorkbook(reply: FastifyReply, fileName: string, buffer: Buffer) {
  return reply
    .header('content-type', XLSX)
    .header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('cache-control', 'no-store')
    .send(buffer);
}

export function rosterRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['roster'];
    app.get(
      '/api/roster/template',
      { schema: { tags, summary: '下载花名册模板（Excel）', querystring: z.object({ unitId: idSchema.optional() }) } },
      async (request, reply) => sendWorkbook(reply, '花名册模板.xlsx', await rosterTemplate(ctx, actorOf(request), request.query.unitId)),
    );

    app.post(
      '/api/roster/imports',
      {
        schema: {
          tags,
          summary: '导入花名册（multipart：unitId 字段与 file 文件）；返回任务，轮询进度',
          consumes: ['multipart/form-data'],
          response: { 202: importJobSchema, 400: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        assertMayImport(actor);
        const upload = await readUnitUpload(request);
        const { job } = await startRosterImport(ctx, actor, upload.unitId, upload.filename, upload.buffer);
        return reply.status(202).send(job);
      },
    );

    app.get('/api/roster/imports/:id', { schema: { tags, summary: '导入任务进度与报告', params: idParamsSchema, response: { 200: importJobSchema } } }, async (request) =>
      getImportJob(ctx, actorOf(request), request.params.id),
    );

    app.get(
      '/api/people/export',
      { schema: { tags: ['people'], summary: '导出人员（按筛选条件，Excel）', querystring: personListQuerySchema.omit({ page: true, pageSize: true }) } },
      async (request, reply) => {
        const { buffer } = await exportPeople(ctx, actorOf(request), request.query);
        return sendWorkbook(reply, '人员名单.xlsx', buffer);
      },
    );
  };
}
