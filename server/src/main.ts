import pino from 'pino';
import { buildApp } from './app';
import type { AppContext } from './context';
import { openDatabase } from './db/open';
import { loadConfig } from './env';
import { isDemoInstance } from './modules/system/system.service';
import { printStartupBanner, prepareDatabase } from './startup';

process.env.TZ = 'Asia/Shanghai';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = pino({ level: config.logLevel, transport: process.stdout.isTTY ? { target: 'pino-pretty' } : undefined });
  log.info(config.databaseUrl ? '使用外部 PostgreSQL（DATABASE_URL）' : `使用内置 PostgreSQL，数据目录 ${config.dataDir}`);
  const opened = await openDatabase(config, (m) => log.debug(m));
  const ctx: AppContext = { db: opened.database.db, config, now: () => new Date(), log };
  const report = await prepareDatabase(ctx, { embedded: opened.embedded !== null });
  const app = await buildApp(ctx, { logger: { level: config.logLevel } });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info(`收到 ${signal}，正在停止…`);
    await app.close().catch(() => undefined);
    await opened.close().catch((e: unknown) => log.error(e));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  printStartupBanner(report, `http://localhost:${config.port}`, await isDemoInstance(ctx.db));
}

main().catch((error: unknown) => {
  process.stderr.write(`启动失败：${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
