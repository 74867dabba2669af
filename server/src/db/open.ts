import type { AppConfig } from '../env';
import { type Database, connectDatabase } from './client';
import { type EmbeddedHandle, startEmbeddedPostgres } from './embedded';
import { runMigrations } from './migrate';

export interface OpenedDatabase {
  database: Database;
  url: string;
  embedded: EmbeddedHandle | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Connect to the embedded server another live process (the app) runs, and leave it running. */
  shareRunning?: boolean;
  /** Apply pending migrations before returning (default). The CLI's backup/restore read the database as it is. */
  migrate?: boolean;
  /** Where the embedded server's operator-facing messages go (takeover of a leftover server). */
  notice?: (message: string) => void;
}

/**
 * The database the configuration names: `DATABASE_URL`, or the embedded PostgreSQL under
 * `DATA_DIR`. Migrations are applied before anything reads it, unless told otherwise.
 */
export async function openDatabase(config: AppConfig, log: (m: string) => void, options: OpenOptions = {}): Promise<OpenedDatabase> {
  let embedded: EmbeddedHandle | null = null;
  let url: string;
  if (config.databaseUrl) {
    url = config.databaseUrl;
  } else {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, log, notice: options.notice, shareRunning: options.shareRunning ?? false });
    url = embedded.url;
  }
  try {
    if (options.migrate ?? true) await runMigrations(url);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const database = connectDatabase(url);
  return {
    database,
    url,
    embedded,
    async close() {
      await database.close();
      await embedded?.stop();
    },
  };
}
