import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, shippedMigrationCount } from '../../../test/db';
import { addPost, createPerson, createUnit, createUser } from '../../../test/factories';
import { call, login, useTestApp } from '../../../test/test-app';
import { type Database, connectDatabase } from '../client';
import { importJobs, postSupervisedDepartments, settings } from '../schema/index';
import { insertAuditEntry } from '../../modules/audit/audit.repository';
import { writeBackup } from './backup';
import { restoreBackup } from './restore';
import { BACKUP_TABLES, BackupError } from './tables';

const t = useTestApp();
let target: Database;
let dropTarget: () => Promise<void>;
let dir = '';
let backupFile = '';

beforeAll(async () => {
  const created = await createTestDatabase();
  dropTarget = created.drop;
  target = connectDatabase(created.url, { max: 2 });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mofan-backup-'));
  backupFile = path.join(dir, 'backup.jsonl.gz');
});

afterAll(async () => {
  await target?.close();
  await dropTarget?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * Every backed-up table's rows as PostgreSQL renders them, in a fixed order. Audit entries that
 * the backup and the restore themselves write are left out: they exist on one side only.
 */
async function snapshot(database: Database): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of BACKUP_TABLES) {
    const where = table.name === 'audit_log' ? `WHERE action NOT IN ('system.backup', 'system.restore')` : '';
    const rows = await database.pool.query<{ j: string }>(`SELECT row_to_json(t)::text AS j FROM ${table.name} t ${where} ORDER BY ${table.orderBy}`);
    result[table.name] = rows.rows.map((r) => r.j);
  }
  return result;
}

function gzipLines(lines: string[]): Buffer {
  return zlib.gzipSync(lines.map((l) => `${l}\n`).join(''));
}

function backupLines(): string[] {
  return zlib.gunzipSync(fs.readFileSync(backupFile)).toString('utf8').trimEnd().split('\n');
}

describe('backup and restore', () => {
  it('restore into a fresh database reproduces every table exactly', async () => {
    const fixture = await createUnit(t);
    const leader = await createPerson(t, fixture, { name: '张三' });
    const member = await createPerson(t, fixture, { name: '李四', department: fixture.departments[1], status: 'masses' });
    const post = await addPost(t, leader.id, fixture.unit.id, 'unit_member', '2024-01-01');
    await t.ctx.db.insert(postSupervisedDepartments).values({ postId: post.id, departmentId: fixture.departments[1].id });
    const user = await createUser(t, [{ role: 'unit_admin', scope: fixture.unit }], { personId: member.id });
    await t.ctx.db.insert(settings).values({ key: 'backup-test', value: { nested: ['值', 1, null], at: '2026-03-02' } });
    await t.ctx.db.insert(importJobs).values({ userId: user.id, unitId: fixture.unit.id, fileName: '花名册.xlsx', status: 'done', totalRows: 2, errorRows: 1, errors: [{ row: 3, field: 'idCardNo', value: '11010119850615001X', message: '身份证号校验位错误' }] });
    // A login writes an audit entry and a session; more than a cursor page of entries exercises paging.
    const session = await login(t, user.username, user.password);
    expect((await call(t, session, 'GET', '/api/me')).statusCode).toBe(200);
    await t.database.pool.query(
      `INSERT INTO audit_log (user_id, username, action, result, details, at) SELECT NULL, 'bulk', 'person.update', 'success', jsonb_build_object('n', g), now() - g * interval '1 minute' FROM generate_series(1, 1200) g`,
    );
    await insertAuditEntry(t.ctx.db, { userId: user.id, username: user.username, ip: '10.0.0.1', action: 'person.create', objectType: 'person', objectId: leader.id, objectLabel: '张三\n（换行）', scopePath: fixture.unit.path, result: 'success', details: { quote: '"' } });

    const written = await writeBackup(t.database.pool, backupFile);
    expect(written.rows.people).toBe(2);
    expect(written.rows.audit_log).toBeGreaterThan(1200);
    expect(fs.existsSync(backupFile)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['backup.jsonl.gz']);
    const lines = backupLines();
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'mofan-backup', formatVersion: 1, migrations: shippedMigrationCount(), tables: BACKUP_TABLES.map((x) => x.name) });
    expect(lines.some((l) => l.includes('"table":"sessions"'))).toBe(false);

    const restored = await restoreBackup(target.pool, backupFile);
    expect(restored.rows).toEqual(written.rows);
    expect(await snapshot(target)).toEqual(await snapshot(t.database));
    expect((await target.pool.query('SELECT 1 FROM sessions')).rowCount).toBe(0);

    // The restore is itself in the trail, numbered after the restored entries.
    const maxId = (await target.pool.query<{ max: number }>(`SELECT max(id)::int AS max FROM audit_log WHERE action <> 'system.restore'`)).rows[0]!.max;
    const entry = await target.pool.query<{ id: number; username: string }>(`SELECT id::int, username FROM audit_log WHERE action = 'system.restore'`);
    expect(entry.rows).toEqual([{ id: maxId + 1, username: 'cli' }]);
    // The source records the backup.
    expect((await t.database.pool.query(`SELECT 1 FROM audit_log WHERE action = 'system.backup'`)).rowCount).toBe(1);
  });

  it('keeps the audit log append-only after a restore', async () => {
    await expect(target.pool.query(`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(target.pool.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(target.pool.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    const triggers = await target.pool.query<{ tgenabled: string }>(`SELECT tgenabled FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal`);
    expect(triggers.rows.map((r) => r.tgenabled)).toEqual(['O', 'O']);
  });

  it('refuses a database with data unless told to replace it', async () => {
    const before = await snapshot(target);
    await expect(restoreBackup(target.pool, backupFile)).rejects.toThrow(/已有数据.*--yes/);
    expect(await snapshot(target)).toEqual(before);
    await restoreBackup(target.pool, backupFile, { replaceExisting: true });
    expect(await snapshot(target)).toEqual(before);
  });

  it('refuses corrupt, foreign, truncated and mismatched files and leaves the database unchanged', async () => {
    const before = await snapshot(target);
    const lines = backupLines();
    const header = JSON.parse(lines[0]!) as Record<string, unknown>;
    const cases: [string, Buffer, RegExp][] = [
      ['plain text', Buffer.from('hello\n'), /不是 mofan 备份文件/],
      ['foreign gzip JSON', gzipLines(['{"hello":"world"}']), /不是 mofan 备份文件/],
      ['empty gzip', zlib.gzipSync(''), /不是 mofan 备份文件/],
      ['newer format', gzipLines([JSON.stringify({ ...header, formatVersion: 2 }), ...lines.slice(1)]), /格式版本 2 不受支持/],
      ['other schema version', gzipLines([JSON.stringify({ ...header, migrations: 99 }), ...lines.slice(1)]), /mofan migrate/],
      ['cut short', fs.readFileSync(backupFile).subarray(0, Math.floor(fs.statSync(backupFile).size * 0.6)), /已损坏|不完整/],
      ['no footer', gzipLines(lines.slice(0, -1)), /不完整/],
      ['a row dropped', gzipLines([...lines.slice(0, -2), lines.at(-1)!]), /行数不符/],
      ['a row PostgreSQL refuses', gzipLines(lines.map((l) => l.replace(/"birth_date":"\d{4}-\d\d-\d\d"/, '"birth_date":"not a date"'))), /恢复失败，数据库已回滚/],
      ['a broken line', gzipLines([...lines.slice(0, 3), '{"table":"people","row":', ...lines.slice(3)]), /第 4 行内容有误/],
    ];
    for (const [name, content, message] of cases) {
      const file = path.join(dir, `${name}.gz`);
      fs.writeFileSync(file, content);
      await expect(restoreBackup(target.pool, file, { replaceExisting: true }), name).rejects.toThrow(message);
      await expect(restoreBackup(target.pool, file, { replaceExisting: true }), name).rejects.toBeInstanceOf(BackupError);
    }
    await expect(restoreBackup(target.pool, path.join(dir, 'missing.gz'))).rejects.toThrow(/找不到备份文件/);
    expect(await snapshot(target)).toEqual(before);
    // The failed restores rolled back their trigger changes too.
    await expect(target.pool.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });

  it('refuses to back up a database with a table it does not know', async () => {
    await t.database.pool.query('CREATE TABLE unplanned (x int)');
    try {
      await expect(writeBackup(t.database.pool, path.join(dir, 'refused.gz'))).rejects.toThrow(/不认识的数据表：unplanned/);
      expect(fs.readdirSync(dir).filter((f) => f.startsWith('refused'))).toEqual([]);
    } finally {
      await t.database.pool.query('DROP TABLE unplanned');
    }
  });
});
