/**
 * Issue 2 names a figure: `npm start` shows the login page within 90 s on first start. This
 * measures what the app adds to a bare PostgreSQL: the floor is initdb + start of the embedded
 * server on an empty folder; the measure is the app's whole first start on an empty folder
 * (initdb, start, migrations, built-in roles, the demo city of ~1,000 people, the HTTP app ready),
 * and a second start on the same folder. Results go to docs/benchmarks.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/src/app';
import type { AppContext } from '../server/src/context';
import { findFreePort, startEmbeddedPostgres } from '../server/src/db/embedded';
import { openDatabase } from '../server/src/db/open';
import { loadConfig } from '../server/src/env';
import { prepareDatabase } from '../server/src/startup';
import { writeBenchmarkSection } from './report';

const RUNS = 3;
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

function freshDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mofan-bench-start-'));
  fs.chmodSync(dir, 0o755);
  return dir;
}

async function appStart(dir: string, port: number): Promise<{ ms: number; people: number }> {
  const t0 = performance.now();
  const config = loadConfig({ DATA_DIR: dir, EMBEDDED_PG_PORT: String(port), INIT_CWD: dir });
  const opened = await openDatabase(config, () => undefined);
  const ctx: AppContext = { db: opened.database.db, config, now: () => new Date(), log: silent };
  await prepareDatabase(ctx, { embedded: true });
  const app = await buildApp(ctx, { logger: false });
  await app.ready();
  const ms = performance.now() - t0;
  const count = await opened.database.pool.query<{ n: number }>('select count(*)::int as n from people');
  await app.close();
  await opened.close();
  return { ms, people: count.rows[0]?.n ?? 0 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main() {
  process.env.TZ = 'Asia/Shanghai';
  const floor: number[] = [];
  const first: number[] = [];
  const second: number[] = [];
  let people = 0;
  for (let run = 0; run < RUNS; run++) {
    const bare = freshDir();
    const f0 = performance.now();
    const pg = await startEmbeddedPostgres({ dataDir: bare, port: await findFreePort() });
    floor.push(performance.now() - f0);
    await pg.stop();
    fs.rmSync(bare, { recursive: true, force: true });

    const dir = freshDir();
    const port = await findFreePort();
    const a = await appStart(dir, port);
    first.push(a.ms);
    people = a.people;
    second.push((await appStart(dir, port)).ms);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const f = median(floor);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, embedded PostgreSQL 18. Median of ${RUNS} runs. The web build that \`npm start\` runs first (about 1–2 s with Vite) is not included.`,
    '',
    '| measure | median | ratio to floor |',
    '|---|---|---|',
    `| floor: initdb + start of the embedded PostgreSQL on an empty folder | ${f.toFixed(0)} ms | 1.0 |`,
    `| first start of the app on an empty folder: initdb, start, migrations, roles, demo city (${people} people), app ready | ${median(first).toFixed(0)} ms | ${(median(first) / f).toFixed(1)} |`,
    `| second start on the same folder (data reused) | ${median(second).toFixed(0)} ms | ${(median(second) / f).toFixed(1)} |`,
    '',
    `Target: login page within 90 s of \`npm start\` on first start. All runs (ms): floor ${floor.map((x) => x.toFixed(0)).join(', ')}; first ${first.map((x) => x.toFixed(0)).join(', ')}; second ${second.map((x) => x.toFixed(0)).join(', ')}.`,
  ];
  writeBenchmarkSection('First start (issue 2: login page within 90 s)', lines.join('\n'));
  console.log(lines.join('\n'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
