import type { AuditEntry, AuditResult } from '@mofan/shared';
import type { auditLog } from '../../db/schema/index';

export function presentAuditEntry(row: typeof auditLog.$inferSelect): AuditEntry {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    userId: row.userId,
    username: row.username,
    ip: row.ip,
    action: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    objectLabel: row.objectLabel,
    result: row.result as AuditResult,
    details: row.details ?? null,
  };
}
