/**
 * Issue 3's scale figures (`npm run bench:city`, not part of the quick `npm run bench`): a city of
 * 300 units, 3,000 党支部, 50,000 people and 1,000,000 ledger records over three years, generated
 * with set-based SQL on a fresh embedded PostgreSQL (and on DATABASE_URL's server when set), then
 * the compliance figures against a floor measured in the same run on the same database: the single
 * SQL aggregate counting records per 党支部 × kind × month. CITY_UNITS scales the city down for a
 * quick try (people and records in proportion). Results go to docs/benchmarks.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { benchAdmin } from './bench-actor';
import type { AppContext } from '../server/src/context';
import { connectDatabase, type Database } from '../server/src/db/client';
import { findFreePort, startEmbeddedPostgres } from '../server/src/db/embedded';
import { runMigrations } from '../server/src/db/migrate';
import { ensureBuiltinRoles } from '../server/src/db/seed/bootstrap';
import { loadConfig } from '../server/src/env';
import { factsWindow, loadUnitFacts } from '../server/src/modules/compliance/compliance.repository';
import { cityOverview, unitOverview } from '../server/src/modules/compliance/compliance.service';
import { computeUnitCompliance } from '../server/src/modules/compliance/compute';
import { recomputeAll } from '../server/src/modules/compliance/recompute-all';
import { ensureStored, requirementsInForce } from '../server/src/modules/compliance/store';
import { createRecord } from '../server/src/modules/records/records.service';
import { shanghaiDate } from '@mofan/shared';
import { type GenerationReport, generateCity } from './city-scale-generate';
import { writeBenchmarkSection } from './report';

const FULL_UNITS = 300;
const UNITS = Number(process.env.CITY_UNITS ?? FULL_UNITS);
const SHAPE = { units: UNITS, people: Math.round((50_000 * UNITS) / FULL_UNITS), records: Math.round((1_000_000 * UNITS) / FULL_UNITS), from: '2024-01-01' };
const UNIT_CALLS = 50;
const CONCURRENT = 20;
const CONCURRENT_CALLS = 100;
const CITY_CALLS = Number(process.env.CITY_OVERVIEW_CALLS ?? 30);
const SAMPLE_UNITS = 30;
const INSERTS = 50;
const FLOOR_RUNS = 5;

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const started = performance.now();
const log = (msg: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
}
const p50 = (xs: readonly number[]) => quantile(xs, 0.5);
const p95 = (xs: readonly number[]) => quantile(xs, 0.95);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`);

/** A repeatable pick of units: the same run picks the same units on both servers. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** Runs `fn` over the items with `lanes` callers in flight at once (in-process concurrency). */
async function inLanes<T>(items: readonly T[], lanes: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < items.length) {
        const item = items[next++]!;
        await fn(item);
      }
    }),
  );
}

interface UnitRun {
  loadMs: number;
  computeMs: number;
  cells: number;
  records: number;
  attendance: number;
  people: number;
}

/** One unit's compliance for the year computed in memory, timed in its two parts (a sample of units, to explain the totals). */
async function profileUnit(ctx: AppContext, unitId: string, year: number, today: string): Promise<UnitRun> {
  const t0 = performance.now();
  const requirements = await requirementsInForce(ctx.db, unitId);
  const facts = await loadUnitFacts(ctx.db, unitId, factsWindow(requirements, year, false), { parallel: true });
  if (!facts) throw new Error(`unit ${unitId} vanished`);
  const t1 = performance.now();
  const cells = computeUnitCompliance(facts, requirements, year, today);
  const t2 = performance.now();
  return { loadMs: t1 - t0, computeMs: t2 - t1, cells: cells.length, records: facts.records.length, attendance: facts.attendance.length, people: facts.people.length };
}

interface Measures {
  server: string;
  generation: GenerationReport;
  generationMs: number;
  floor: number[];
  floorRows: number;
  floorYear: number[];
  recompute: { label: string; totalMs: number }[];
  sample: UnitRun[];
  unitOverview: number[];
  concurrent: { wallMs: number; latencies: number[] };
  cityOverview: number[];
  cityUnits: number;
  insert: { totalMs: number[]; readMs: number[] };
}

const FLOOR_SQL = `
  select r.owner_node_id, k.kind, date_trunc('month', r.occurred_on) as month, count(*)
  from activity_records r join org_nodes o on o.id = r.owner_node_id and o.kind = 'branch'
  cross join unnest(r.kinds) k(kind)
  group by 1, 2, 3`;

async function measure(server: string, url: string): Promise<Measures> {
  const database: Database = connectDatabase(url);
  try {
    const today = shanghaiDate(new Date());
    const year = Number(today.slice(0, 4));
    log(`${server}: generating ${SHAPE.units} units, ${SHAPE.people} people, ~${SHAPE.records} records (${SHAPE.from} … ${today})`);
    const g0 = performance.now();
    const client = await database.pool.connect();
    let generation: GenerationReport;
    try {
      generation = await generateCity(client, { ...SHAPE, today });
    } finally {
      client.release();
    }
    const generationMs = performance.now() - g0;
    for (const s of generation.steps) log(`  ${s.label}: ${ms(s.ms)}${s.rows ? `, ${s.rows} rows` : ''}`);
    log(`${server}: generated in ${ms(generationMs)}: ${JSON.stringify(generation.counts)}`);

    const ctx: AppContext = { db: database.db, config: loadConfig({ DATABASE_URL: url }), now: () => new Date(), log: silent };
    const actor = benchAdmin();
    await database.pool.query(`insert into users (id, username, password_hash, display_name) values ($1, 'bench', 'x', 'bench')`, [actor.userId]);

    // Floor: the one aggregate over the whole ledger, and over the compliance window (last year + this).
    const floor: number[] = [];
    const floorYear: number[] = [];
    let floorRows = 0;
    for (let i = 0; i < FLOOR_RUNS; i++) {
      const t0 = performance.now();
      floorRows = (await database.pool.query(FLOOR_SQL)).rowCount ?? 0;
      floor.push(performance.now() - t0);
      const t1 = performance.now();
      await database.pool.query(FLOOR_SQL.replace('group by', `where r.occurred_on between '${year - 1}-01-01' and '${year}-12-31' group by`));
      floorYear.push(performance.now() - t1);
    }
    log(`${server}: floor p50 ${ms(p50(floor))} (${floorRows} rows); window ${ms(p50(floorYear))}`);

    const units = (await database.pool.query<{ id: string }>(`select id from org_nodes where kind = 'unit' order by sort_order`)).rows.map((r) => r.id);
    // Warm the caches and the JIT once on a few units, so the first timed unit is not a cold start.
    for (const u of units.slice(0, 3)) await profileUnit(ctx, u, year, today);
    const sample: UnitRun[] = [];
    for (const u of units.slice(0, SAMPLE_UNITS)) sample.push(await profileUnit(ctx, u, year, today));
    const recompute: Measures['recompute'] = [];
    const dropStored = () => database.pool.query('delete from compliance_unit_years; delete from compliance_summaries');
    await dropStored();
    let t0 = performance.now();
    await ensureStored(database.db, units, year, 2);
    recompute.push({ label: 'in the server process, 2 units in flight (`ensureStored`, what a first read does)', totalMs: performance.now() - t0 });
    log(`${server}: full recompute in one thread: ${ms(recompute.at(-1)!.totalMs)}`);
    await dropStored();
    t0 = performance.now();
    const report = await recomputeAll(url, units, year);
    if (report.failed.length > 0) throw new Error(`recompute failed: ${JSON.stringify(report.failed.slice(0, 3))}`);
    recompute.push({ label: `on ${Math.min(os.availableParallelism(), 4)} worker threads, 2 units in flight each (\`recomputeAll\`, \`mofan recompute\`, the start-up catch-up)`, totalMs: performance.now() - t0 });
    log(`${server}: full recompute on worker threads: ${ms(recompute.at(-1)!.totalMs)}`);

    const rnd = lcg(20261121);
    const pickUnit = () => units[Math.floor(rnd() * units.length)]!;
    const unitOverviewMs: number[] = [];
    for (let i = 0; i < UNIT_CALLS; i++) {
      const u = pickUnit();
      const t0 = performance.now();
      await unitOverview(ctx, actor, u);
      unitOverviewMs.push(performance.now() - t0);
    }
    log(`${server}: unit overview p50 ${ms(p50(unitOverviewMs))} p95 ${ms(p95(unitOverviewMs))}`);

    const calls = Array.from({ length: CONCURRENT_CALLS }, pickUnit);
    const latencies: number[] = [];
    const c0 = performance.now();
    await inLanes(calls, CONCURRENT, async (u) => {
      const t0 = performance.now();
      await unitOverview(ctx, actor, u);
      latencies.push(performance.now() - t0);
    });
    const concurrent = { wallMs: performance.now() - c0, latencies };
    log(`${server}: ${CONCURRENT} concurrent callers: ${((CONCURRENT_CALLS * 1000) / concurrent.wallMs).toFixed(1)} req/s, p95 ${ms(p95(latencies))}`);

    const cityMs: number[] = [];
    let cityUnits = 0;
    for (let i = 0; i < CITY_CALLS; i++) {
      const t0 = performance.now();
      const city = await cityOverview(ctx, actor, { programme: '000' });
      cityMs.push(performance.now() - t0);
      cityUnits = city.units.length;
    }
    log(`${server}: city overview p50 ${ms(p50(cityMs))} p95 ${ms(p95(cityMs))}`);

    // Insert one 支委会 with its committee present, then recompute that unit (its overview).
    const branches = (
      await database.pool.query<{ id: string; unit_id: string; members: string[] }>(
        `select b.id, b.unit_id, array_agg(po.person_id) as members from org_nodes b join posts po on po.node_id = b.id and po.end_date is null
         where b.kind = 'branch' group by b.id, b.unit_id`,
      )
    ).rows;
    const insert: Measures['insert'] = { totalMs: [], readMs: [] };
    for (let i = 0; i < INSERTS; i++) {
      const b = branches[Math.floor(rnd() * branches.length)]!;
      const t0 = performance.now();
      await createRecord(ctx, actor, {
        ownerNodeId: b.id,
        kinds: ['committee_meeting'],
        occurredOn: today,
        topic: '基准测试：研究支部工作',
        hostPersonId: b.members[0] ?? null,
        participants: b.members.map((personId) => ({ personId, present: true })),
      });
      const t1 = performance.now();
      await unitOverview(ctx, actor, b.unit_id);
      insert.totalMs.push(t1 - t0);
      insert.readMs.push(performance.now() - t1);
    }
    log(`${server}: insert + recompute p50 ${ms(p50(insert.totalMs))} p95 ${ms(p95(insert.totalMs))}`);
    return { server, generation, generationMs, floor, floorRows, floorYear, recompute, sample, unitOverview: unitOverviewMs, concurrent, cityOverview: cityMs, cityUnits, insert };
  } finally {
    await database.close();
  }
}

function verdict(value: number, target: number): string {
  return value <= target ? `met (${ms(value)} ≤ ${ms(target)})` : `**not met** (${ms(value)} > ${ms(target)})`;
}

function section(m: Measures): string[] {
  const f = p50(m.floor);
  const ratio = (x: number) => (x / f).toFixed(x / f < 0.1 ? 2 : 1);
  const runs = m.sample;
  const c = m.generation.counts;
  const avg = (pick: (r: UnitRun) => number) => Math.round(sum(runs.map(pick)) / Math.max(1, runs.length));
  const throughput = (CONCURRENT_CALLS * 1000) / m.concurrent.wallMs;
  const bestRecompute = Math.min(...m.recompute.map((r) => r.totalMs));
  const loadShare = sum(runs.map((r) => r.loadMs)) / Math.max(1, sum(runs.map((r) => r.loadMs + r.computeMs)));
  const lines = [
    `### ${m.server}`,
    '',
    `City: ${c.units} units, ${c.departments} 科室, ${c.branches} 党支部 (+ ${c.units} 机关党委, ${c['party groups']} 党小组), ${c.people} people (${c['party members']} 党员), ${c.posts} posts, ${c['分管 pairs']} 分管 pairs, ${c.records} records ${SHAPE.from} … today, ${c.participants} attendance rows (党支部 meetings only: 支委会, 主题党日, 党员大会). Generated in ${ms(m.generationMs)} with set-based SQL${m.generation.fkChecksSkipped ? ' (FK triggers off during the load, indexes rebuilt after)' : ' (indexes rebuilt after the load)'}.`,
    '',
    `Records by kind: ${m.generation.kinds.map((k) => `${k.kind} ${k.records}`).join(', ')} (月读一书 in ${(m.generation.monthlyBookShare * 100).toFixed(0)}% of person-months, filling the 1,000,000).`,
    '',
    '| measure | p50 | p95 | ratio to floor (p50) |',
    '|---|---|---|---|',
    `| floor: one SQL aggregate, records per 党支部 × kind × month, whole ledger (${m.floorRows} groups; ${FLOOR_RUNS} runs) | ${ms(f)} | ${ms(p95(m.floor))} | 1.0 |`,
    `| the same aggregate over last year and this (${Number(today().slice(0, 4)) - 1}–${today().slice(0, 4)}) | ${ms(p50(m.floorYear))} | ${ms(p95(m.floorYear))} | ${ratio(p50(m.floorYear))} |`,
    ...m.recompute.map((r) => `| full-city recompute and store, all ${m.cityUnits} units, ${r.label} — total | ${ms(r.totalMs)} | | ${ratio(r.totalMs)} |`),
    `| — per unit (sample of ${runs.length}): read facts (SQL + decoding) | ${ms(p50(runs.map((r) => r.loadMs)))} | ${ms(p95(runs.map((r) => r.loadMs)))} | |`,
    `| — per unit (sample of ${runs.length}): computeUnitCompliance (in memory) | ${ms(p50(runs.map((r) => r.computeMs)))} | ${ms(p95(runs.map((r) => r.computeMs)))} | |`,
    `| unit overview (\`unitOverview\`, system admin, random units, ${m.unitOverview.length} calls one at a time) | ${ms(p50(m.unitOverview))} | ${ms(p95(m.unitOverview))} | ${ratio(p50(m.unitOverview))} |`,
    `| unit overview under ${CONCURRENT} concurrent in-process callers (${CONCURRENT_CALLS} calls): ${throughput.toFixed(1)} req/s | ${ms(p50(m.concurrent.latencies))} | ${ms(p95(m.concurrent.latencies))} | ${ratio(p50(m.concurrent.latencies))} |`,
    `| city overview (\`cityOverview\`, programme 000, all ${m.cityUnits} units, ${m.cityOverview.length} calls) | ${ms(p50(m.cityOverview))} | ${ms(p95(m.cityOverview))} | ${ratio(p50(m.cityOverview))} |`,
    `| insert one 支委会 with its incremental recompute (\`createRecord\`: record, ~4 participants, the stored cells of the requirements it serves, one transaction; ${m.insert.totalMs.length} times) | ${ms(p50(m.insert.totalMs))} | ${ms(p95(m.insert.totalMs))} | ${ratio(p50(m.insert.totalMs))} |`,
    `| then read that unit's overview (already up to date) | ${ms(p50(m.insert.readMs))} | ${ms(p95(m.insert.readMs))} | ${ratio(p50(m.insert.readMs))} |`,
    '',
    `Per unit of the sample: ${avg((r) => r.people)} people, ${avg((r) => r.records)} records of the year and ${avg((r) => r.attendance)} attendance rows read (only of kinds a personal duty counts attendance for), ${avg((r) => r.cells)} compliance cells; ${(loadShare * 100).toFixed(0)}% of a unit's time is reading facts, ${((1 - loadShare) * 100).toFixed(0)}% evaluating. Overviews read the stored summaries (decision 006) and derive today's status; a record's write updates the cells it touches in its own transaction.`,
    '',
    'Targets (2-core machine):',
    `- full recompute ≤ 10 s: ${verdict(bestRecompute, 10_000)} (the faster of the two ways above)`,
    `- unit overview p95 ≤ 200 ms: ${verdict(p95(m.unitOverview), 200)}; under ${CONCURRENT} concurrent callers ${verdict(p95(m.concurrent.latencies), 200)}`,
    `- city overview p95 ≤ 200 ms: ${verdict(p95(m.cityOverview), 200)}`,
    `- insert + incremental recompute p95 ≤ 50 ms: ${verdict(p95(m.insert.totalMs), 50)}`,
    '',
    `Generation steps: ${m.generation.steps.map((s) => `${s.label} ${ms(s.ms)}`).join('; ')}.`,
  ];
  return lines;
}

const today = () => shanghaiDate(new Date());

async function main() {
  process.env.TZ = 'Asia/Shanghai';
  const load0 = os.loadavg()[0] ?? 0;
  const results: Measures[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mofan-bench-city-'));
  fs.chmodSync(dir, 0o755);
  try {
    const pgHandle = await startEmbeddedPostgres({ dataDir: dir, port: await findFreePort() });
    try {
      await runMigrations(pgHandle.url);
      const boot = connectDatabase(pgHandle.url);
      await ensureBuiltinRoles(boot.db);
      await boot.close();
      results.push(await measure('embedded PostgreSQL 18 (fresh, temp folder)', pgHandle.url));
    } finally {
      await pgHandle.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const external = process.env.DATABASE_URL;
  if (external) {
    const name = `mofan_city_bench_${Date.now()}`;
    const adminClient = new pg.Client({ connectionString: external });
    await adminClient.connect();
    await adminClient.query(`create database ${name}`);
    try {
      const url = new URL(external);
      url.pathname = `/${name}`;
      await runMigrations(url.toString());
      const boot = connectDatabase(url.toString());
      await ensureBuiltinRoles(boot.db);
      const version = (await boot.pool.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v ?? '?';
      await boot.close();
      results.push(await measure(`DATABASE_URL server (PostgreSQL ${version}, fresh database)`, url.toString()));
    } finally {
      await adminClient.query(`drop database if exists ${name} with (force)`);
      await adminClient.end();
    }
  }

  const load1 = os.loadavg()[0] ?? 0;
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const scaleNote =
    UNITS === FULL_UNITS
      ? 'Full issue-3 scale.'
      : `**Reduced scale: ${UNITS} of ${FULL_UNITS} units** (people and records in proportion); city-wide figures scale roughly linearly with the units.`;
  const lines = [
    `Written by \`npm run bench:city\` (not part of \`npm run bench\`). Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. ${scaleNote} Load average (1 min) ${load0.toFixed(1)} at the start, ${load1.toFixed(1)} at the end: other jobs shared the machine, expect noise. Latencies are in-process service calls (no HTTP; autocannon is not installed) reading the stored compliance (decision 006).`,
    '',
    ...results.flatMap((m) => [...section(m), '']),
  ];
  writeBenchmarkSection('City scale (issue 3)', lines.join('\n').trimEnd());
  console.log(lines.join('\n'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
