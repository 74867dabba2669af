import { z } from 'zod';
import { AUDIT_RESULTS } from '../enums';
import { isoDateSchema, pageOf } from './common';

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  objectLabel: z.string().nullable(),
  result: z.enum(AUDIT_RESULTS),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListQuerySchema = z.object({
  username: z.string().trim().max(50).optional(),
  action: z.string().trim().max(50).optional(),
  result: z.enum(AUDIT_RESULTS).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditListQuery = z.infer<typeof auditListQuerySchema>;
export const auditPageSchema = pageOf(auditEntrySchema);
