import { and, count, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import type { AuditResult } from '@mofan/shared';
import type { DbOrTx } from '../../db/client';
import { auditLog } from '../../db/schema/index';
import type { Scope } from '../access/access.types';
import { inScope } from '../access/scope-sql';

export interface AuditEntryInput {
  userId: string | null;
  username: string | null;
  ip: string | null;
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  objectLabel?: string | null;
  scopePath?: string | null;
  result: AuditResult;
  details?: Record<string, unknown> | null;
}

export async function insertAuditEntry(db: DbOrTx, entry: AuditEntryInput): Promise<void> {
  await db.insert(auditLog).values({
    userId: entry.userId,
    username: entry.username,
    ip: entry.ip,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    objectLabel: entry.objectLabel ?? null,
    scopePath: entry.scopePath ?? null,
    result: entry.result,
    details: entry.details ?? null,
  });
}

export interface AuditFilter {
  username?: string | undefined;
  action?: string | undefined;
  result?: AuditResult | undefined;
  fromInstant?: Date | undefined;
  toInstant?: Date | undefined;
}

export async function findAuditEntries(db: DbOrTx, scope: Scope, filter: AuditFilter, page: number, pageSize: number) {
  const conditions: SQL[] = [inScope(scope, auditLog.scopePath)];
  // A typed % or _ is part of the name looked for, not a wildcard.
  if (filter.username) conditions.push(ilike(auditLog.username, `%${filter.username.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.result) conditions.push(eq(auditLog.result, filter.result));
  if (filter.fromInstant) conditions.push(gte(auditLog.at, filter.fromInstant));
  if (filter.toInstant) conditions.push(lt(auditLog.at, filter.toInstant));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}
