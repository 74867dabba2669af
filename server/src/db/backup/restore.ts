import fs from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import * as schema from '../schema/index';
import { isDatabaseEmpty } from '../seed/database-state';
import { insertAuditEntry } from '../../modules/audit/audit.repository';
import type { BackupHeader } from './backup';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES, BackupError, NOT_BACKED_UP, assertKnownTables, countAppliedMigrations } from './tables';

export interface RestoreOptions {
  /** Replace a database that already holds data (`mofan restore --yes`). */
  replaceExisting?: boolean;
}

export interface RestoreResult {
  header: BackupHeader;
  rows: Record<string, number>;
}

/** Rows per INSERT: a few hundred keep each JSON parameter small and the round trips few. */
const BATCH_ROWS = 500;
const BATCH_BYTES = 4 * 1024 * 1024;

/**
 * Replaces the contents of the database with a backup written by `writeBackup`, in one
 * transaction: any error (a corrupt or truncated file, a row PostgreSQL refuses) leaves the
 * database exactly as it was. Refuses a file that is not a mofan backup, a backup from another
 * schema version (migration count), and, unless told to replace, a database with data.
 */
export async function restoreBackup(pool: pg.Pool, file: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const lines = readLines(file)[Symbol.asyncIterator]();
  try {
    const first = await lines.next();
    const header = parseHeader(first.done ? null : first.value);
    return await restoreFrom(pool, file, header, lines, options);
  } finally {
    // Stop reading (and close the file) if the restore ended early.
    await lines.return?.(undefined);
  }
}

async function restoreFrom(pool: pg.Pool, file: string, header: BackupHeader, lines: AsyncIterator<string>, options: RestoreOptions): Promise<RestoreResult> {
  const client = await pool.connect();
  try {
    const migrations = await countAppliedMigrations(client);
    if (migrations !== header.migrations) {
      throw new BackupError(
        migrations < header.migrations
          ? `备份来自较新的数据库结构（已应用 ${header.migrations} 个迁移），当前数据库只应用了 ${migrations} 个：请先运行 mofan migrate（必要时升级 mofan）后再恢复`
          : `备份来自较旧的数据库结构（已应用 ${header.migrations} 个迁移），当前数据库已应用 ${migrations} 个：请使用与备份相同版本的 mofan，在同样版本的数据库上恢复`,
      );
    }
    await assertKnownTables(client);

    await client.query('BEGIN');
    try {
      const tx = drizzle(client, { schema });
      if (!options.replaceExisting && !(await isDatabaseEmpty(tx))) {
        throw new BackupError('数据库中已有数据：恢复将清空并替换全部数据。确认要替换时请加上 --yes 重新运行');
      }
      // A writer the app keeps open would make the TRUNCATE wait forever: fail instead, with a message.
      await client.query(`SET LOCAL lock_timeout = '30s'`);
      // Inside this transaction only: the append-only triggers would refuse the TRUNCATE.
      await client.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
      await client.query(`TRUNCATE ${[...BACKUP_TABLES.map((t) => t.name), ...NOT_BACKED_UP].join(', ')} RESTART IDENTITY CASCADE`);

      const rows = await insertRows(client, lines);

      for (const table of BACKUP_TABLES) {
        if (!table.identity) continue;
        // The next entry continues after the restored ones.
        await client.query(
          `SELECT setval(pg_get_serial_sequence('${table.name}', '${table.identity}'), coalesce(max(${table.identity}), 0) + 1, false) FROM ${table.name}`,
        );
      }
      await client.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
      const total = Object.values(rows).reduce((a, b) => a + b, 0);
      await insertAuditEntry(tx, {
        userId: null,
        username: 'cli',
        ip: null,
        action: 'system.restore',
        objectType: 'system',
        objectLabel: path.basename(file),
        result: 'success',
        details: { backupCreatedAt: header.createdAt, migrations: header.migrations, rows: total },
      });
      await client.query('COMMIT');
      return { header, rows };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw describeDatabaseError(error);
    }
  } finally {
    client.release();
  }
}

/** Inserts the row lines in batches; checks the order of the tables and the footer's counts. */
async function insertRows(client: pg.PoolClient, lines: AsyncIterator<string>): Promise<Record<string, number>> {
  const rows: Record<string, number> = Object.fromEntries(BACKUP_TABLES.map((t) => [t.name, 0]));
  let tableIndex = 0;
  let batch: unknown[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const table = BACKUP_TABLES[tableIndex]!;
    const overriding = table.identity ? ' OVERRIDING SYSTEM VALUE' : '';
    await client.query(`INSERT INTO ${table.name}${overriding} SELECT * FROM json_populate_recordset(null::${table.name}, $1::json)`, [JSON.stringify(batch)]);
    batch = [];
    batchBytes = 0;
  };

  for (let lineNo = 2; ; lineNo++) {
    const next = await lines.next();
    if (next.done) throw new BackupError('备份文件不完整（缺少结尾标记），可能在写入时中断：未做任何修改');
    const entry = parseLine(next.value, lineNo);
    if ('end' in entry) {
      await flush();
      for (const table of BACKUP_TABLES) {
        if ((entry.rows[table.name] ?? 0) !== rows[table.name]) {
          throw new BackupError(`备份文件内容与结尾记录的行数不符（${table.name}）：文件可能已损坏，未做任何修改`);
        }
      }
      if (!(await lines.next()).done) throw new BackupError('备份文件结尾标记之后还有内容：文件可能已损坏，未做任何修改');
      return rows;
    }
    const index = BACKUP_TABLES.findIndex((t) => t.name === entry.table);
    if (index < tableIndex) throw new BackupError(`备份文件第 ${lineNo} 行：数据表 ${entry.table} 不在应有的位置，文件可能已损坏，未做任何修改`);
    if (index > tableIndex) {
      await flush();
      tableIndex = index;
    }
    batch.push(entry.row);
    batchBytes += next.value.length;
    rows[entry.table] = (rows[entry.table] ?? 0) + 1;
    if (batch.length >= BATCH_ROWS || batchBytes >= BATCH_BYTES) await flush();
  }
}

function parseHeader(line: string | null): BackupHeader {
  const notBackup = new BackupError('该文件不是 mofan 备份文件（缺少 mofan-backup 文件头）：未做任何修改');
  if (line === null) throw notBackup;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw notBackup;
  }
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) throw notBackup;
  if (value.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(`备份文件格式版本 ${String(value.formatVersion)} 不受支持（本程序支持版本 ${BACKUP_FORMAT_VERSION}）：请使用写出该备份的 mofan 版本恢复`);
  }
  const expected = BACKUP_TABLES.map((t) => t.name);
  const tables = value.tables;
  if (
    typeof value.migrations !== 'number' ||
    !Number.isInteger(value.migrations) ||
    typeof value.createdAt !== 'string' ||
    !Array.isArray(tables) ||
    tables.length !== expected.length ||
    !expected.every((name, i) => tables[i] === name)
  ) {
    throw new BackupError('备份文件头内容有误（数据表清单或迁移数不符）：请使用与备份相同版本的 mofan 恢复');
  }
  return { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, createdAt: value.createdAt, migrations: value.migrations, tables: expected };
}

type Line = { table: string; row: Record<string, unknown> } | { end: true; rows: Record<string, number> };

function parseLine(line: string, lineNo: number): Line {
  const bad = new BackupError(`备份文件第 ${lineNo} 行内容有误：文件可能已损坏，未做任何修改`);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw bad;
  }
  if (!isRecord(value)) throw bad;
  if (value.end === true && isRecord(value.rows)) {
    const counts: Record<string, number> = {};
    for (const [table, n] of Object.entries(value.rows)) {
      if (typeof n !== 'number') throw bad;
      counts[table] = n;
    }
    return { end: true, rows: counts };
  }
  if (typeof value.table !== 'string' || !isRecord(value.row) || !BACKUP_TABLES.some((t) => t.name === value.table)) throw bad;
  return { table: value.table, row: value.row };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The lines of a gzip'd file, decompressed as they are read. */
async function* readLines(file: string): AsyncGenerator<string> {
  const source = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  // pipe() does not pass a read error (missing file, permission) on: hand it to the gunzip.
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      pending += decoder.write(chunk);
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        yield pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        newline = pending.indexOf('\n');
      }
    }
  } catch (error) {
    throw readError(file, error);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  pending += decoder.end();
  if (pending !== '') yield pending;
}

function readError(file: string, error: unknown): Error {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return new BackupError(`找不到备份文件：${file}`);
  if (code === 'EACCES') return new BackupError(`没有权限读取备份文件：${file}`);
  if (code.startsWith('Z_')) return new BackupError(`该文件不是 mofan 备份文件，或已损坏（无法解压：${error instanceof Error ? error.message : code}）：未做任何修改`);
  return error instanceof Error ? error : new Error(String(error));
}

/** PostgreSQL's errors in the operator's terms; everything else passes through. */
function describeDatabaseError(error: unknown): unknown {
  if (error instanceof BackupError || typeof error !== 'object' || error === null || !('code' in error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (error.code === '55P03') return new BackupError('数据表正被占用（应用可能正在写入），恢复未能开始：请稍后重试，或先停止应用。未做任何修改');
  return new BackupError(`恢复失败，数据库已回滚、未做任何修改：${message}`);
}
