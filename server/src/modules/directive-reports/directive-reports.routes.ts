import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { directiveReportQuerySchema, directiveStatisticsSchema } from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { directiveBulletinDocx, directiveLedgerXlsx, getDirectiveStatistics } from './directive-reports.service';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sendFile(reply: FastifyReply, contentType: string, file: { buffer: Buffer; fileName: string }, asciiName: string) {
  return reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'no-store')
    .send(file.buffer);
}

export function directiveReportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['directive-reports'];
    app.get(
      '/api/directive-reports/statistics',
      {
        schema: {
          tags,
          summary: '督办统计：按承办单位、科室的立项、办结、按期办结率、逾期、平均用时（工作日）、延期',
          querystring: directiveReportQuerySchema,
          response: { 200: directiveStatisticsSchema },
        },
      },
      async (request) => getDirectiveStatistics(ctx, actorOf(request), request.query),
    );
    app.get(
      '/api/directive-reports/bulletin.docx',
      { schema: { tags, summary: '督办情况通报（Word，GB/T 9704 公文格式）', querystring: directiveReportQuerySchema } },
      async (request, reply) => sendFile(reply, DOCX, await directiveBulletinDocx(ctx, actorOf(request), request.query), 'bulletin.docx'),
    );
    app.get(
      '/api/directive-reports/ledger.xlsx',
      { schema: { tags, summary: '督办台账（Excel，一件一行）', querystring: directiveReportQuerySchema } },
      async (request, reply) => sendFile(reply, XLSX, await directiveLedgerXlsx(ctx, actorOf(request), request.query), 'ledger.xlsx'),
    );
  };
}
