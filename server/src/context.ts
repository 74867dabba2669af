import type { AppConfig } from './env';
import type { Db } from './db/client';

export interface Logger {
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

/** What every service needs: the database, the configuration, a clock tests can move, a logger. */
export interface AppContext {
  db: Db;
  config: AppConfig;
  now: () => Date;
  log: Logger;
}
