import { queryOnce } from '../../test/db';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedHandle, findFreePort, startEmbeddedPostgres } from './embedded';

/**
 * The embedded PostgreSQL's lifecycle on one temporary data folder, test after test: first start,
 * restart, a server orphaned by a killed owner, a folder owned by a live process, a taken port.
 * Every test leaves the folder stopped; afterAll stops whatever is left even after a failure.
 */
const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = path.join(serverDir, 'src/db/embedded-owner.fixture.ts');

let dataDir = '';
let port = 0;
const handles: EmbeddedHandle[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mofan-embedded-'));
  // As root, PostgreSQL runs as `postgres`, which must reach the folder.
  fs.chmodSync(dataDir, 0o755);
  port = await findFreePort();
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const handle of handles) await handle.stop().catch(() => undefined);
  const leftover = postmasterPid();
  if (leftover !== null) {
    process.kill(leftover, 'SIGQUIT');
    await waitFor(() => !isPostgres(leftover), 20_000);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function start(options: { shareRunning?: boolean; log?: (m: string) => void } = {}): Promise<EmbeddedHandle> {
  const handle = await startEmbeddedPostgres({ dataDir, port, databaseName: 'postgres', ...options });
  handles.push(handle);
  return handle;
}


async function notes(url: string): Promise<string[]> {
  return (await queryOnce<{ note: string }>(url, 'SELECT note FROM marks ORDER BY note')).map((r) => r.note);
}

function postmasterPid(): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 && isPostgres(pid) ? pid : null;
  } catch {
    return null;
  }
}

function isPostgres(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Another Node process that owns the folder: it starts the server and commits `note`. */
async function spawnOwner(note: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, dataDir, String(port), note], { cwd: serverDir, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const end = stdout.indexOf('\n');
      if (end >= 0) resolve(stdout.slice(0, end));
    });
    child.once('exit', (code) => reject(new Error(`owner process exited (${code}): ${stderr}`)));
  });
  const ready = JSON.parse(line) as { ready: boolean; url: string };
  expect(ready.ready).toBe(true);
  return { child, url: ready.url };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

describe('startEmbeddedPostgres', () => {
  it('initialises a new folder on the first start and reuses its data on the next', async () => {
    const logs: string[] = [];
    const first = await start({ log: (m) => logs.push(m) });
    expect(logs.some((m) => m.includes('初始化内置数据库'))).toBe(true);
    expect(fs.statSync(path.join(dataDir, 'pg-credentials.json')).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(path.join(dataDir, 'pg-owner.pid'), 'utf8')).toBe(String(process.pid));
    await queryOnce(first.url, 'CREATE TABLE marks (note text NOT NULL)');
    await queryOnce(first.url, 'INSERT INTO marks VALUES ($1)', ['before stop']);

    // Started twice by the same process: the second start must not take the running server over.
    await expect(start()).rejects.toThrow(/正被另一个运行中的实例使用/);

    await first.stop();
    expect(postmasterPid()).toBeNull();
    expect(fs.existsSync(path.join(dataDir, 'pg-owner.pid'))).toBe(false);

    logs.length = 0;
    const second = await start({ log: (m) => logs.push(m) });
    expect(logs.some((m) => m.includes('初始化内置数据库'))).toBe(false);
    expect(await notes(second.url)).toEqual(['before stop']);
    await second.stop();
  }, 90_000);

  it('stops a server left running by a killed owner and restarts it with every committed row', async () => {
    const owner = await spawnOwner('from killed owner');
    const orphan = postmasterPid();
    expect(orphan).not.toBeNull();
    owner.child.kill('SIGKILL');
    await exited(owner.child);
    // The owner is gone, its PostgreSQL is not: the state a crash or `kill -9` leaves.
    expect(isPostgres(orphan!)).toBe(true);
    await queryOnce(owner.url, 'INSERT INTO marks VALUES ($1)', ['committed to the orphan']);

    const logs: string[] = [];
    const handle = await start({ log: (m) => logs.push(m) });
    expect(logs.some((m) => m.includes(`pid ${orphan}`))).toBe(true);
    expect(isPostgres(orphan!)).toBe(false);
    expect(postmasterPid()).not.toBe(orphan);
    expect(await notes(handle.url)).toEqual(['before stop', 'committed to the orphan', 'from killed owner']);
    await handle.stop();
  }, 90_000);

  it('refuses a folder whose owner is alive, or shares its server when asked', async () => {
    const owner = await spawnOwner('from live owner');
    const ownerPid = owner.child.pid;
    await expect(start()).rejects.toThrow(new RegExp(`正被另一个运行中的实例使用（pid ${ownerPid}）`));

    const shared = await start({ shareRunning: true });
    expect(shared.owned).toBe(false);
    expect(await notes(shared.url)).toContain('from live owner');
    const served = postmasterPid();
    await shared.stop();
    // Borrowed, not owned: the owner's server keeps running.
    expect(postmasterPid()).toBe(served);
    expect(await notes(owner.url)).toContain('from live owner');

    owner.child.kill('SIGTERM');
    await exited(owner.child);
    expect(owner.child.exitCode).toBe(0);
    expect(postmasterPid()).toBeNull();
    expect(fs.existsSync(path.join(dataDir, 'pg-owner.pid'))).toBe(false);
  }, 90_000);

  it('names a port another program holds, and leaves the folder free for the next start', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      await expect(start()).rejects.toThrow(new RegExp(`端口 ${port} 已被其他程序占用`));
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
    expect(fs.existsSync(path.join(dataDir, 'pg-owner.pid'))).toBe(false);
    const handle = await start();
    expect(await notes(handle.url)).toHaveLength(4);
    await handle.stop();
  }, 60_000);
});
