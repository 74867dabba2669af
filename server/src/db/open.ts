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

/**
 * The database the configuration names: `DATABASE_URL`, or the embedded PostgreSQL under
 * `DATA_DIR`. Migrations are applied before anything reads it.
 */
export async function openDatabase(config: AppConfig, log: (m: string) => void, options: { shareRunning?: boolean } = {}): Promise<OpenedDatabase> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, log, shareRunning: options.shareRunning ?? false });
  const url = config.databaseUrl ?? embedded!.url;
  try {
    await runMigrations(url);
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
