import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connectDatabase } from '../src/db/client';
import { findFreePort, startEmbeddedPostgres } from '../src/db/embedded';
import { runMigrations } from '../src/db/migrate';
import { ensureBuiltinRoles } from '../src/db/seed/bootstrap';
import { seedCalendar } from '../src/modules/calendar/calendar.seed';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * One PostgreSQL for the run: the embedded one in a temporary folder, or the server named by
 * TEST_DATABASE_URL. One migrated template database; each test file copies it (test/db.ts).
 */
export default async function setup(project: TestProject) {
  process.env.TZ = 'Asia/Shanghai';
  let tempDir: string | null = null;
  let stopEmbedded: (() => Promise<void>) | null = null;
  let adminUrl: string;
  if (process.env.TEST_DATABASE_URL) {
    adminUrl = process.env.TEST_DATABASE_URL;
  } else {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mofan-test-'));
    fs.chmodSync(tempDir, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir: tempDir, port: await findFreePort(), databaseName: 'postgres' });
    adminUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const templateDatabase = `mofan_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase}`);
  await admin.query(`CREATE DATABASE ${templateDatabase}`);
  const templateUrl = withDatabase(adminUrl, templateDatabase);
  await runMigrations(templateUrl);
  const database = connectDatabase(templateUrl, { max: 1 });
  await ensureBuiltinRoles(database.db);
  // As every start does: each test database then holds the shipped working-day calendar.
  await seedCalendar(database.db);
  await database.close();
  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    const leftovers = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`mofan_t${process.pid}_%`]);
    for (const { datname } of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
    await admin.end();
    await stopEmbedded?.();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  };
}
