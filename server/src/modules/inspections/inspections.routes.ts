import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inspectionReportQuerySchema } from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { inspectionCheckRoutes } from './inspection-checks.routes';
import { inspectionBulletinDocx, problemLedgerXlsx } from './inspection-reports.service';
import { problemRoutes } from './problems.routes';
import { rectificationRoutes } from './rectifications.routes';
import { DOCX, XLSX, sendFile } from './send-file';

/** 督查, problems, 整改 and 问责 (issue 5): checks, the closed loop, the 通报 and the 台账. */
export function inspectionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(inspectionCheckRoutes(ctx));
    await app.register(problemRoutes(ctx));
    await app.register(rectificationRoutes(ctx));
    const tags = ['inspection-reports'];
    app.get('/api/inspection-reports/bulletin.docx', { schema: { tags, summary: '督查通报（Word，GB/T 9704 公文格式）：一次检查，或某组织一段时间', querystring: inspectionReportQuerySchema } }, async (request, reply) =>
      sendFile(reply, DOCX, await inspectionBulletinDocx(ctx, actorOf(request), request.query), 'bulletin.docx'),
    );
    app.get('/api/inspection-reports/ledger.xlsx', { schema: { tags, summary: '问题整改台账（Excel，一个问题一行）：一次检查，或某组织一段时间', querystring: inspectionReportQuerySchema } }, async (request, reply) =>
      sendFile(reply, XLSX, await problemLedgerXlsx(ctx, actorOf(request), request.query), 'ledger.xlsx'),
    );
  };
}
