/**
 * Issue 2 names a figure: a 5,000-row roster finishes with a progress bar. This measures the
 * whole import (parse the .xlsx, validate every row, insert people and their posts in one
 * transaction) against a floor measured in the same run on the same database: one multi-row
 * INSERT of the same 5,000 people. Results go to docs/benchmarks.md.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { computeIdCardCheckChar, ROSTER_COLUMNS } from '@mofan/shared';
import { sql } from 'drizzle-orm';
import { connectDatabase } from '../server/src/db/client';
import { findFreePort, startEmbeddedPostgres } from '../server/src/db/embedded';
import { runMigrations } from '../server/src/db/migrate';
import { ensureBuiltinRoles } from '../server/src/db/seed/bootstrap';
import { loadConfig } from '../server/src/env';
import { orgNodes, people } from '../server/src/db/schema/index';
import { startRosterImport } from '../server/src/modules/roster/roster.service';
import { benchAdmin } from './bench-actor';
import type { AppContext } from '../server/src/context';
import { writeBenchmarkSection } from './report';

const ROWS = 5000;
const RUNS = 3;

/** A distinct valid 身份证号 per i: birth dates walk day by day from 1940, the sequence every 20,000. */
function idCard(i: number): string {
  const birth = new Date(Date.UTC(1940, 0, 1) + (i % 20000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `360102${birth}${String(Math.floor(i / 20000) + 100).slice(-3)}`;
  return first17 + computeIdCardCheckChar(first17);
}

async function rosterFile(offset: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(ROSTER_COLUMNS.map((c) => c.header));
  for (let i = 0; i < ROWS; i++) {
    ws.addRow(['张伟', '', idCard(offset + i), '汉族', '13800000000', i % 2 ? '办公室' : '业务科', '科员', '2015-07-01', '中共党员', '第一党支部', '', '2012-06-01', '2013-06-01']);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main() {
  process.env.TZ = 'Asia/Shanghai';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mofan-bench-'));
  fs.chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: dir, port: await findFreePort() });
  try {
    await runMigrations(pg.url);
    const database = connectDatabase(pg.url);
    await ensureBuiltinRoles(database.db);
    const unitId = crypto.randomUUID();
    const cityId = crypto.randomUUID();
    const [d1, d2, committee, branch] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    const unitPath = `/${cityId}/${unitId}/`;
    await database.db.insert(orgNodes).values([
      { id: cityId, tree: 'admin', kind: 'city', name: '基准市', path: `/${cityId}/` },
      { id: unitId, tree: 'admin', kind: 'unit', name: '基准单位', parentId: cityId, unitId, path: unitPath },
      { id: d1, tree: 'admin', kind: 'department', name: '办公室', parentId: unitId, unitId, path: `${unitPath}${d1}/` },
      { id: d2, tree: 'admin', kind: 'department', name: '业务科', parentId: unitId, unitId, path: `${unitPath}${d2}/` },
      { id: committee, tree: 'party', kind: 'party_committee', name: '机关党委', unitId, path: `${unitPath}${committee}/` },
      { id: branch, tree: 'party', kind: 'branch', name: '第一党支部', parentId: committee, unitId, path: `${unitPath}${committee}/${branch}/` },
    ]);
    const ctx: AppContext = { db: database.db, config: loadConfig({ DATABASE_URL: pg.url }), now: () => new Date(), log: { info: () => undefined, warn: () => undefined, error: () => undefined } };
    const actor = benchAdmin();
    await database.db.execute(sql`insert into users (id, username, password_hash, display_name) values (${actor.userId}, 'bench', 'x', 'bench')`);

    const importMs: number[] = [];
    const floorMs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const file = await rosterFile(run * 2 * ROWS);
      const t0 = performance.now();
      const { done, job } = await startRosterImport(ctx, actor, unitId, 'bench.xlsx', file);
      await done;
      importMs.push(performance.now() - t0);
      const count = await database.db.execute<{ n: number }>(sql`select imported_rows as n from import_jobs where id = ${job.id}`);
      if (count.rows[0]?.n !== ROWS) throw new Error(`import ${run} imported ${String(count.rows[0]?.n)} of ${ROWS}`);

      const rows = Array.from({ length: ROWS }, (_, i) => ({
        name: '张伟', gender: 'male', idCardNo: idCard((run * 2 + 1) * ROWS + i), unitId, departmentId: i % 2 ? d1 : d2, politicalStatus: 'party_member', branchId: branch,
      }));
      const f0 = performance.now();
      await database.db.transaction(async (tx) => {
        for (let i = 0; i < rows.length; i += 1000) await tx.insert(people).values(rows.slice(i, i + 1000));
      });
      floorMs.push(performance.now() - f0);
    }
    await database.close();
    const imp = median(importMs);
    const floor = median(floorMs);
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    const lines = [
      `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, embedded PostgreSQL 18. Median of ${RUNS} runs.`,
      '',
      '| measure | median | ratio to floor |',
      '|---|---|---|',
      `| floor: one transaction inserting ${ROWS} people rows (no parsing, no checks) | ${floor.toFixed(0)} ms | 1.0 |`,
      `| roster import of a ${ROWS}-row .xlsx: parse, validate every row, insert people + posts, report | ${imp.toFixed(0)} ms | ${(imp / floor).toFixed(1)} |`,
      '',
      `All runs (ms): import ${importMs.map((x) => x.toFixed(0)).join(', ')}; floor ${floorMs.map((x) => x.toFixed(0)).join(', ')}.`,
    ];
    writeBenchmarkSection('Roster import (issue 2: a 5,000-row 花名册)', lines.join('\n'));
    console.log(lines.join('\n'));
  } finally {
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
