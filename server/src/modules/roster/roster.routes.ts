import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { errorResponseSchema, idParamsSchema, idSchema, importJobSchema, personListQuerySchema } from '@mofan/shared';
import type { AppContext } from '../../context';
import { invalidField } from '../../errors';
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
        // Every part is read, so the outcome does not depend on the order of the parts or on how
        // the body happened to be split into chunks (a field after the file is seen only then).
        let unitId = '';
        let upload: { filename: string; buffer: Buffer } | null = null;
        if (request.isMultipart()) {
          for await (const part of request.parts()) {
            if (part.type === 'file') {
              const buffer = await part.toBuffer();
              if (part.fieldname === 'file') upload = { filename: part.filename, buffer };
            } else if (part.fieldname === 'unitId') {
              unitId = String(part.value);
            }
          }
        }
        if (!upload) throw invalidField('file', '请选择要导入的文件');
        if (!idSchema.safeParse(unitId).success) throw invalidField('unitId', '请选择单位');
        if (!/\.xlsx$/i.test(upload.filename)) throw invalidField('file', '请上传 .xlsx 文件');
        const { job } = await startRosterImport(ctx, actor, unitId, upload.filename, upload.buffer);
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
