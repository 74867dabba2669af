import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { RosterRowError } from '@mofan/shared';
import { orgNodes } from './org';
import { users } from './auth';

/** A spreadsheet import (花名册 or 台账): its progress while it runs and its per-row report afterwards. */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What the file held; each job endpoint answers only for its own kind. */
    kind: text('kind').$type<'roster' | 'ledger'>().notNull().default('roster'),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgNodes.id),
    fileName: text('file_name').notNull(),
    status: text('status').notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    importedRows: integer('imported_rows').notNull().default(0),
    errorRows: integer('error_rows').notNull().default(0),
    errors: jsonb('errors').$type<RosterRowError[]>().notNull().default([]),
    failureMessage: text('failure_message'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [check('import_jobs_kind_ck', sql`${t.kind} in ('roster', 'ledger')`)],
);
