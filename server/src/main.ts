import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { shanghaiDate } from '@mofan/shared';
import { buildApp } from './app';
import type { AppContext } from './context';
import { takeOverShutdownSignals } from './db/embedded';
import { type OpenedDatabase, openDatabase } from './db/open';
import { loadConfig } from './env';
import { startSessionSweeper } from './modules/auth/session-sweeper';
import { startDirectiveSweeper } from './modules/directives/directive-sweeper';
import { recomputeStale } from './modules/compliance/recompute-stale';
import { isDemoInstance } from './modules/system/system.service';
import { printStartupBanner, prepareDatabase } from './startup';

process.env.TZ = 'Asia/Shanghai';

/** Longest an orderly stop may take before the process gives up waiting and exits. */
const STOP_TIMEOUT_MS = 20_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const log = pino({ level: config.logLevel, transport: process.stdout.isTTY ? { target: 'pino-pretty' } : undefined });

  // Filled in as start-up proceeds; a stop closes whatever exists.
  const running: { opened: OpenedDatabase | null; app: FastifyInstance | null } = { opened: null, app: null };
  let stopping = false;
  let starting: Promise<void> = Promise.resolve();

  // Stops in order: no new requests, in-flight ones answered, the pool, then PostgreSQL.
  const stop = async (signal: string) => {
    if (stopping) {
      log.warn(`再次收到 ${signal}，立即退出`);
      process.exit(130);
    }
    stopping = true;
    log.info(`收到 ${signal}，正在停止…`);
    setTimeout(() => {
      log.error('停止超时，强制退出');
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
    // A signal during start-up (initdb, migrations) waits for that step, then undoes it.
    await starting.catch(() => undefined);
    await running.app?.close().catch((e: unknown) => log.error(e));
    await running.opened?.close().catch((e: unknown) => log.error(e));
    log.info('已停止');
    process.exit(0);
  };
  takeOverShutdownSignals((signal) => void stop(signal));

  const start = async () => {
    log.info(config.databaseUrl ? '使用外部 PostgreSQL（DATABASE_URL）' : `使用内置 PostgreSQL，数据目录 ${config.dataDir}`);
    const opened = await openDatabase(config, (m) => log.debug(m), { notice: (m) => log.warn(m) });
    running.opened = opened;
    if (stopping) return;
    const ctx: AppContext = { db: opened.database.db, config, now: () => new Date(), log };
    const report = await prepareDatabase(ctx, { embedded: opened.embedded !== null });
    if (stopping) return;
    const app = await buildApp(ctx, { logger: { level: config.logLevel } });
    running.app = app;
    if (stopping) return;
    await app.listen({ port: config.port, host: config.host });
    startSessionSweeper(ctx);
    startDirectiveSweeper(ctx);
    // Units whose compliance is not stored yet (first start, upgrade, restore) are computed in the
    // background; a reader who comes first computes the units they ask for.
    const year = Number(shanghaiDate(new Date()).slice(0, 4));
    void recomputeStale(ctx.db, opened.url, year).then(
      (r) => (r.units > 0 ? log.info(`已计算 ${r.units - r.failed.length} 个单位的 ${year} 年落实情况（${(r.ms / 1000).toFixed(1)} 秒）`) : undefined),
      (e: unknown) => log.warn(`后台计算落实情况未完成：${e instanceof Error ? e.message : String(e)}`),
    );
    printStartupBanner(report, `http://localhost:${config.port}`, await isDemoInstance(ctx.db));
  };
  starting = start();
  try {
    await starting;
  } catch (error) {
    if (stopping) return;
    // Give the data folder back before exiting: a later start must not find a server left running.
    stopping = true;
    await running.app?.close().catch(() => undefined);
    await running.opened?.close().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`启动失败：${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
