import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, queryOnce, shippedMigrationCount } from '../../test/db';
import { call, login, useTestApp } from '../../test/test-app';
import { verifyPassword } from '../modules/auth/password-hash';

/** The real `mofan` bin, run as the operator would: a child process configured by environment. */
const bin = fileURLToPath(new URL('../../bin/mofan.js', import.meta.url));

const t = useTestApp();
const extraDatabases: { url: string; drop(): Promise<void> }[] = [];
let dir = '';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mofan-cli-'));
});

afterAll(async () => {
  for (const database of extraDatabases) await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function mofan(args: string[], databaseUrl: string | null = t.url): Promise<Run> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'Asia/Shanghai' };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function freshDatabase(): Promise<string> {
  const created = await createTestDatabase();
  extraDatabases.push(created);
  return created.url;
}


async function count(url: string, sql: string): Promise<number> {
  return (await queryOnce<{ n: number }>(url, `SELECT (${sql})::int AS n`))[0]!.n;
}

describe('mofan --help and usage errors', () => {
  it('prints the commands in Chinese and exits 0', async () => {
    const run = await mofan(['--help'], null);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('用法：mofan <命令>');
    for (const command of ['migrate', 'seed', 'create-admin', 'reset-password', 'backup', 'restore', 'deadline']) expect(run.stdout).toContain(command);
  });

  it('rejects an unknown command or option with a non-zero status', async () => {
    const unknown = await mofan(['frobnicate'], null);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('未知命令：frobnicate');
    const badOption = await mofan(['backup', 'x.gz', '--force'], null);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('未知选项 --force');
  });
});

describe('mofan migrate', () => {
  it('says the database is up to date', async () => {
    const run = await mofan(['migrate']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`数据库已是最新：共 ${shippedMigrationCount()} 个迁移`);
  });
});

describe('mofan create-admin and reset-password', () => {
  it('takes the command of the acceptance list: a two-letter username, then login works', async () => {
    const run = await mofan(['create-admin', '--username', 'u1', '--password', 'Abc12345!x']);
    expect(run.code).toBe(0);
    const session = await login(t, 'u1', 'Abc12345!x');
    expect((await call(t, session, 'GET', '/api/me')).json()).toMatchObject({ username: 'u1', mustChangePassword: false });
    const bad = await mofan(['create-admin', '--username', 'u', '--password', 'Abc12345!x']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('用户名不符合要求');
  });

  it('creates an administrator who can sign in with the given password', async () => {
    const run = await mofan(['create-admin', '--username', 'CliAdmin', '--password', 'Cli#Admin2026']);
    expect(run.stderr).toBe('使用外部 PostgreSQL（DATABASE_URL）\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已创建系统管理员：cliadmin');
    const session = await login(t, 'cliadmin', 'Cli#Admin2026');
    const me = await call(t, session, 'GET', '/api/me');
    expect(me.json()).toMatchObject({ username: 'cliadmin', mustChangePassword: false });
    expect(me.json<{ permissions: string[] }>().permissions).toContain('users.write');

    const again = await mofan(['create-admin', '--username', 'cliadmin', '--password', 'Cli#Admin2026']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('用户名 cliadmin 已存在');
    const weak = await mofan(['create-admin', '--username', 'weakone', '--password', 'short']);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('密码不符合口令策略');
    const missing = await mofan(['create-admin', '--username', 'nopass']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('缺少选项 --password');
  });

  it('resets a password to a one-time one, or to the given one, and ends the sessions', async () => {
    const before = await login(t, 'cliadmin', 'Cli#Admin2026');
    const oneTime = await mofan(['reset-password', '--username', 'cliadmin']);
    expect(oneTime.code).toBe(0);
    const password = /一次性密码：(\S+)/.exec(oneTime.stdout)?.[1];
    expect(password).toBeDefined();
    expect((await call(t, before, 'GET', '/api/me')).statusCode).toBe(401);
    const session = await login(t, 'cliadmin', password!);
    expect((await call(t, session, 'GET', '/api/me')).json()).toMatchObject({ mustChangePassword: true });

    const chosen = await mofan(['reset-password', '--username', 'cliadmin', '--password', 'New#Admin2026']);
    expect(chosen.code).toBe(0);
    expect(chosen.stdout).not.toContain('一次性密码');
    const [row] = await queryOnce<{ password_hash: string; must_change_password: boolean }>(t.url, 'SELECT password_hash, must_change_password FROM users WHERE username = $1', ['cliadmin']);
    expect(await verifyPassword(row!.password_hash, 'New#Admin2026')).toBe(true);
    expect(row!.must_change_password).toBe(false);

    const nobody = await mofan(['reset-password', '--username', 'nobody']);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain('用户 nobody 不存在');
  });
});

describe('mofan seed', () => {
  it('creates the first administrator once, with a one-time password shown once', async () => {
    const url = await freshDatabase();
    const first = await mofan(['seed'], url);
    expect(first.code).toBe(0);
    const password = /一次性密码：(\S+)/.exec(first.stdout)?.[1];
    const [admin] = await queryOnce<{ password_hash: string; must_change_password: boolean }>(url, `SELECT password_hash, must_change_password FROM users WHERE username = 'admin'`);
    expect(await verifyPassword(admin!.password_hash, password!)).toBe(true);
    expect(admin!.must_change_password).toBe(true);

    const second = await mofan(['seed'], url);
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('一次性密码');
    expect(await count(url, 'SELECT count(*) FROM users')).toBe(1);
  });

  it('seeds the demo city into an empty database and refuses once it has data', async () => {
    const url = await freshDatabase();
    const run = await mofan(['seed', '--demo'], url);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Mofan@2026');
    const people = await count(url, 'SELECT count(*) FROM people');
    expect(people).toBeGreaterThanOrEqual(900);
    expect(people).toBeLessThanOrEqual(1100);
    expect(await count(url, `SELECT count(*) FROM org_nodes WHERE kind = 'unit'`)).toBe(20);
    expect(await count(url, 'SELECT count(*) FROM users')).toBe(10);
    // The demo's 督查督办 and task lists: directives at every step and light, with their histories.
    expect(await count(url, 'SELECT count(*) FROM directives')).toBe(5);
    expect(await count(url, `SELECT count(*) FROM directives WHERE status = 'closed'`)).toBe(1);
    expect(await count(url, `SELECT count(*) FROM directive_events WHERE action = 'rejected'`)).toBe(1);
    expect(await count(url, 'SELECT count(*) FROM task_plans')).toBe(2);

    const again = await mofan(['seed', '--demo'], url);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('数据库中已有数据');
    expect(await count(url, 'SELECT count(*) FROM people')).toBe(people);
    expect(await count(url, 'SELECT count(*) FROM users')).toBe(10);
  }, 60_000);
});

describe('mofan deadline', () => {
  it('prints the due date alone on stdout: 7 working days from 26 September 2025 is 13 October', async () => {
    const run = await mofan(['deadline', '--from', '2025-09-26', '--working-days', '7']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('2025-10-13\n');
    expect((await mofan(['deadline', '--from=2026-01-31', '--months=1'])).stdout).toBe('2026-02-28\n');
    expect((await mofan(['deadline', '--from', '2025-09-15', '--days', '20'])).stdout).toBe('2025-10-09\n');
  });

  it('fails naming the year when the calendar does not cover it', async () => {
    const run = await mofan(['deadline', '--from', '2026-12-28', '--working-days', '7']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('工作日历尚未包含 2027 年');
  });

  it.each([
    ['a bad date', ['--from', '2025-02-30', '--days', '1'], '--from 须为有效日期'],
    ['no date', ['--days', '1'], '缺少选项 --from'],
    ['no limit', ['--from', '2025-09-26'], '须给出其中一个'],
    ['two limits', ['--from', '2025-09-26', '--days', '1', '--months', '1'], '只能给出一个'],
    ['a repeated option', ['--from', '2025-09-26', '--days', '1', '--days', '2'], '选项 --days 重复出现'],
    ['a count that is not a whole number', ['--from', '2025-09-26', '--working-days', '1.5'], '--working-days 须为 0 至'],
  ])('refuses %s with status 2 and says why', async (_name, args, message) => {
    const run = await mofan(['deadline', ...args], null);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('brings the shipped years into a database that has none yet', async () => {
    const url = await freshDatabase();
    await queryOnce(url, 'DELETE FROM calendar_days');
    await queryOnce(url, 'DELETE FROM calendar_years');
    const run = await mofan(['deadline', '--from', '2025-09-26', '--working-days', '7'], url);
    expect(run.stdout).toBe('2025-10-13\n');
    expect(await count(url, 'SELECT count(*) FROM calendar_years')).toBe(23);
  });
});

describe('mofan backup and restore', () => {
  it('round-trips the database through a file', async () => {
    const file = path.join(dir, 'round-trip.gz');
    const backup = await mofan(['backup', file]);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(`备份完成：${file}`);

    const url = await freshDatabase();
    const restore = await mofan(['restore', file], url);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain('恢复完成');
    const usernames = (u: string) => queryOnce<{ username: string }>(u, 'SELECT username FROM users ORDER BY username');
    expect(await usernames(url)).toEqual(await usernames(t.url));
    expect(await count(url, `SELECT count(*) FROM audit_log WHERE action = 'system.restore'`)).toBe(1);

    const refused = await mofan(['restore', file], url);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--yes');
    const replaced = await mofan(['restore', file, '--yes'], url);
    expect(replaced.code).toBe(0);
    expect(await usernames(url)).toEqual(await usernames(t.url));
  });

  it('refuses a file that is not a backup, changing nothing', async () => {
    const file = path.join(dir, 'not-a-backup.gz');
    fs.writeFileSync(file, 'id,name\n1,张三\n');
    const before = await count(t.url, 'SELECT count(*) FROM users');
    const run = await mofan(['restore', file, '--yes']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('不是 mofan 备份文件');
    expect(await count(t.url, 'SELECT count(*) FROM users')).toBe(before);
  });
});
