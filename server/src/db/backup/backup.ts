import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import * as schema from '../schema/index';
import { insertAuditEntry } from '../../modules/audit/audit.repository';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES, assertKnownTables, countAppliedMigrations } from './tables';

/** The first line of a backup file. */
export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  createdAt: string;
  /** Applied migrations of the source database: a restore needs a database at the same number. */
  migrations: number;
  tables: string[];
}

/** The last line: its absence or a wrong count tells a truncated or edited file. */
export interface BackupFooter {
  end: true;
  rows: Record<string, number>;
}

export interface BackupResult {
  file: string;
  migrations: number;
  rows: Record<string, number>;
}

const PAGE_SIZE = 1000;

/**
 * Writes every table but `sessions` to FILE as gzip'd JSON lines: the header, one
 * `{"table","row"}` line per row in dependency order, then the footer with the row counts. All
 * tables are read in one REPEATABLE READ transaction, so the file is one consistent moment even
 * while the app keeps writing, and through a cursor a page at a time, so memory stays flat. The
 * file appears only once complete (written beside it, then renamed), and the backup itself is
 * recorded in the audit log.
 */
export async function writeBackup(pool: pg.Pool, file: string, now: () => Date = () => new Date()): Promise<BackupResult> {
  const target = path.resolve(file);
  const partial = `${target}.partial-${process.pid}`;
  const rows: Record<string, number> = {};
  let migrations = 0;
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await assertKnownTables(client);
    migrations = await countAppliedMigrations(client);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: now().toISOString(),
      migrations,
      tables: BACKUP_TABLES.map((t) => t.name),
    };

    async function* lines(): AsyncGenerator<string> {
      yield `${JSON.stringify(header)}\n`;
      for (const table of BACKUP_TABLES) {
        let count = 0;
        // row_to_json keeps PostgreSQL's own text for every value (timestamps to the microsecond,
        // dates, jsonb, arrays), which json_populate_recordset casts back on restore.
        await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${table.name} t ORDER BY ${table.orderBy}`);
        for (;;) {
          const page = await client.query<{ j: string }>(`FETCH ${PAGE_SIZE} FROM backup_rows`);
          if (page.rows.length === 0) break;
          count += page.rows.length;
          yield page.rows.map((r) => `{"table":${JSON.stringify(table.name)},"row":${r.j}}\n`).join('');
        }
        await client.query('CLOSE backup_rows');
        rows[table.name] = count;
      }
      const footer: BackupFooter = { end: true, rows };
      yield `${JSON.stringify(footer)}\n`;
    }

    try {
      await pipeline(lines(), zlib.createGzip(), fs.createWriteStream(partial, { mode: 0o600 }));
      const fd = fs.openSync(partial, 'r');
      try {
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(partial, target);
    } catch (error) {
      fs.rmSync(partial, { force: true });
      throw error;
    }
    await client.query('COMMIT');

    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    await insertAuditEntry(drizzle(client, { schema }), {
      userId: null,
      username: 'cli',
      ip: null,
      action: 'system.backup',
      objectType: 'system',
      objectLabel: path.basename(target),
      result: 'success',
      details: { rows: total, migrations },
    });
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return { file: target, migrations, rows };
}
