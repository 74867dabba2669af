import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  activityRecordSchema,
  createRecordRequestSchema,
  errorResponseSchema,
  idParamsSchema,
  idSchema,
  importJobSchema,
  okResponseSchema,
  recordListQuerySchema,
  recordPageSchema,
  updateRecordRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { readUnitUpload } from '../../http/read-unit-upload';
import { actorOf } from '../../http/route-config';
import { assertMayImportLedger, getLedgerImportJob, ledgerTemplate, startLedgerImport } from './ledger-import.service';
import { createRecord, deleteRecord, getRecord, listRecords, updateRecord } from './records.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function recordRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['records'];
    // Declared before /api/records/:id for the reader; the router prefers static segments anyway.
    app.get(
      '/api/records/import-template',
      { schema: { tags, summary: '下载台账导入模板（Excel，含本单位组织与活动类型）', querystring: z.object({ unitId: idSchema }) } },
      async (request, reply) =>
        reply
          .header('content-type', XLSX)
          .header('content-disposition', `attachment; filename="ledger-template.xlsx"; filename*=UTF-8''${encodeURIComponent('台账导入模板.xlsx')}`)
          .header('cache-control', 'no-store')
          .send(await ledgerTemplate(ctx, actorOf(request), request.query.unitId)),
    );
    app.post(
      '/api/records/imports',
      {
        schema: {
          tags,
          summary: '导入台账（multipart：unitId 字段与 file 文件）；返回任务，轮询进度',
          consumes: ['multipart/form-data'],
          response: { 202: importJobSchema, 400: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        assertMayImportLedger(actor);
        const upload = await readUnitUpload(request);
        const { job } = await startLedgerImport(ctx, actor, upload.unitId, upload.filename, upload.buffer);
        return reply.status(202).send(job);
      },
    );
    app.get('/api/records/imports/:id', { schema: { tags, summary: '台账导入任务进度与报告', params: idParamsSchema, response: { 200: importJobSchema } } }, async (request) =>
      getLedgerImportJob(ctx, actorOf(request), request.params.id),
    );
    app.get('/api/records', { schema: { tags, summary: '台账记录', querystring: recordListQuerySchema, response: { 200: recordPageSchema } } }, async (request) =>
      listRecords(ctx, actorOf(request), request.query),
    );
    app.get('/api/records/:id', { schema: { tags, summary: '台账记录详情（含参加与缺席人员）', params: idParamsSchema, response: { 200: activityRecordSchema } } }, async (request) =>
      getRecord(ctx, actorOf(request), request.params.id),
    );
    app.post('/api/records', { schema: { tags, summary: '登记台账（一次录入，处处计数）', body: createRecordRequestSchema, response: { 201: activityRecordSchema } } }, async (request, reply) =>
      reply.status(201).send(await createRecord(ctx, actorOf(request), request.body)),
    );
    app.patch(
      '/api/records/:id',
      { schema: { tags, summary: '修改台账记录', params: idParamsSchema, body: updateRecordRequestSchema, response: { 200: activityRecordSchema } } },
      async (request) => updateRecord(ctx, actorOf(request), request.params.id, request.body),
    );
    app.delete('/api/records/:id', { schema: { tags, summary: '删除台账记录', params: idParamsSchema, response: { 200: okResponseSchema } } }, async (request) => {
      await deleteRecord(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    });
  };
}
