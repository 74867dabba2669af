import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { connectDatabase } from '../server/src/db/client';
import { findFreePort, startEmbeddedPostgres } from '../server/src/db/embedded';
import { runMigrations } from '../server/src/db/migrate';
import { ensureBuiltinRoles } from '../server/src/db/seed/bootstrap';
import { seedDemo } from '../server/src/db/seed/seed-demo';
import { seedDemoWork } from '../server/src/db/seed/demo-work';
import { seedCalendar } from '../server/src/modules/calendar/calendar.seed';
import { loadConfig } from '../server/src/env';
import { REPO_ROOT, startServer } from './servers';

declare module 'vitest' {
  export interface ProvidedContext {
    freshBaseUrl: string;
    freshAdminPassword: string;
    demoBaseUrl: string;
  }
}

/**
 * Two real servers on one embedded PostgreSQL: a fresh instance (first start: an `admin` with a
 * one-time password) and a demo instance (the demo city, as `mofan seed --demo` makes it).
 */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(REPO_ROOT, 'web/dist/index.html'))) throw new Error('web/dist is missing: run `npm run build -w web` first');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mofan-e2e-'));
  fs.chmodSync(dataDir, 0o755);
  const embedded = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), databaseName: 'postgres' });
  const admin = new pg.Client({ connectionString: embedded.url });
  await admin.connect();
  await admin.query('CREATE DATABASE e2e_fresh');
  await admin.query('CREATE DATABASE e2e_demo');
  await admin.end();

  const demoUrl = embedded.urlFor('e2e_demo');
  await runMigrations(demoUrl);
  const demoDb = connectDatabase(demoUrl, { max: 2 });
  await ensureBuiltinRoles(demoDb.db);
  await seedCalendar(demoDb.db);
  await seedDemo(demoDb.db);
  await seedDemoWork({ db: demoDb.db, config: loadConfig({ DATABASE_URL: demoUrl }), now: () => new Date(), log: { info: () => undefined, warn: () => undefined, error: () => undefined } });
  await demoDb.close();

  const fresh = await startServer(embedded.urlFor('e2e_fresh'), await findFreePort());
  const demo = await startServer(demoUrl, await findFreePort());
  const otp = /一次性密码：(\S+)/.exec(fresh.output())?.[1];
  if (!otp) throw new Error(`no one-time password in the start-up banner:\n${fresh.output()}`);
  project.provide('freshBaseUrl', fresh.baseUrl);
  project.provide('freshAdminPassword', otp);
  project.provide('demoBaseUrl', demo.baseUrl);

  return async () => {
    await fresh.stop();
    await demo.stop();
    await embedded.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
