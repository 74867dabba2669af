import type pg from 'pg';

/** What a backup or restore sends SQL through: a pool or one client (for a transaction). */
export interface Queryable {
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

export interface BackupTable {
  name: string;
  /** Parents before children, so a restore that inserts in this order satisfies every foreign key. */
  orderBy: string;
  /** An identity column GENERATED ALWAYS: the restore inserts the stored ids with OVERRIDING SYSTEM VALUE. */
  identity?: string;
}

/** Every table of the application, in dependency order. */
export const BACKUP_TABLES: readonly BackupTable[] = [
  { name: 'settings', orderBy: 'key' },
  // A child's path extends its parent's, so shorter paths first puts every parent first.
  { name: 'org_nodes', orderBy: 'length(path), id' },
  { name: 'people', orderBy: 'id' },
  { name: 'posts', orderBy: 'id' },
  { name: 'post_supervised_departments', orderBy: 'post_id, department_id' },
  { name: 'roles', orderBy: 'id' },
  { name: 'users', orderBy: 'id' },
  { name: 'user_grants', orderBy: 'id' },
  { name: 'import_jobs', orderBy: 'created_at, id' },
  { name: 'activity_records', orderBy: 'id' },
  { name: 'activity_participants', orderBy: 'record_id, person_id' },
  { name: 'requirement_settings', orderBy: 'id' },
  { name: 'person_exemptions', orderBy: 'id' },
  { name: 'programme_publications', orderBy: 'id' },
  { name: 'programme_adoptions', orderBy: 'id' },
  { name: 'custom_requirements', orderBy: 'id' },
  { name: 'calendar_years', orderBy: 'year' },
  { name: 'calendar_days', orderBy: 'day' },
  { name: 'directives', orderBy: 'id' },
  { name: 'directive_assignees', orderBy: 'directive_id, node_id' },
  { name: 'directive_events', orderBy: 'at, id' },
  { name: 'directive_extensions', orderBy: 'id' },
  { name: 'office_outputs', orderBy: 'id' },
  // A plan's parent and source plans are plans too: the ones without either first.
  { name: 'task_plans', orderBy: '(parent_plan_id is not null or source_plan_id is not null), created_at, id' },
  { name: 'task_items', orderBy: '(parent_item_id is not null or source_item_id is not null), created_at, id' },
  { name: 'task_item_partners', orderBy: 'item_id, node_id' },
  { name: 'task_milestones', orderBy: 'id' },
  { name: 'task_events', orderBy: 'at, id' },
  { name: 'inspections', orderBy: 'id' },
  { name: 'inspection_targets', orderBy: 'inspection_id, node_id' },
  { name: 'inspection_inspectors', orderBy: 'inspection_id, user_id' },
  { name: 'problems', orderBy: 'id' },
  { name: 'rectifications', orderBy: 'id' },
  { name: 'rectification_events', orderBy: 'at, id' },
  { name: 'accountabilities', orderBy: 'id' },
  { name: 'cleanliness_items', orderBy: 'id' },
  { name: 'cleanliness_checks', orderBy: 'id' },
  { name: 'cleanliness_scores', orderBy: 'check_id, department_id' },
  { name: 'leave_requests', orderBy: 'id' },
  { name: 'public_requests', orderBy: 'id' },
  { name: 'public_request_events', orderBy: 'at, id' },
  { name: 'integrity_risks', orderBy: 'id' },
  { name: 'major_decisions', orderBy: 'id' },
  { name: 'major_decision_views', orderBy: 'decision_id, seq' },
  { name: 'audit_log', orderBy: 'id', identity: 'id' },
];

/**
 * Tables a backup leaves out on purpose: after a restore everyone signs in again, and stored
 * compliance is derived from the ledger, so it is computed again on the first read.
 */
export const NOT_BACKED_UP = ['sessions', 'compliance_unit_years', 'compliance_summaries'] as const;

export const BACKUP_FORMAT = 'mofan-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** A problem the operator can act on: the CLI prints its message as it is. */
export class BackupError extends Error {}

/**
 * Refuses a database with a table this code does not know: a new table that the backup left out
 * would be lost by a restore (its TRUNCATE … CASCADE would even empty it).
 */
export async function assertKnownTables(db: Queryable): Promise<void> {
  const known = new Set<string>([...BACKUP_TABLES.map((t) => t.name), ...NOT_BACKED_UP]);
  const result = await db.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const unknown = result.rows.map((r) => r.tablename).filter((t) => !known.has(t));
  if (unknown.length > 0) {
    throw new BackupError(`数据库中有备份程序不认识的数据表：${unknown.join('、')}。请使用与数据库版本一致的 mofan（开发者：把新表加入 server/src/db/backup/tables.ts）`);
  }
}

/** How many migrations drizzle has applied to this database (0 on a database never migrated). */
export async function countAppliedMigrations(db: Queryable): Promise<number> {
  const exists = await db.query<{ found: boolean }>(`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS found`);
  if (!exists.rows[0]?.found) return 0;
  const result = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
  return result.rows[0]?.n ?? 0;
}
