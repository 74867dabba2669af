import { z } from 'zod';
import { TEXT_MAX } from '../limits';
import { idSchema, isoDateSchema, versionSchema } from './common';

/** Why nothing is asked of a person for some days (免考核期间). */
export const EXEMPTION_KINDS = ['leave', 'secondment', 'training', 'sick_leave', 'other'] as const;
export type ExemptionKind = (typeof EXEMPTION_KINDS)[number];

export const EXEMPTION_KIND_LABELS: Record<ExemptionKind, string> = {
  leave: '请假',
  secondment: '借调',
  training: '脱产培训',
  sick_leave: '病休',
  other: '其他',
};

/** Where an exemption came from: entered by hand, or from an approved leave request (请销假). */
export const EXEMPTION_SOURCES = ['manual', 'leave_request'] as const;
export type ExemptionSource = (typeof EXEMPTION_SOURCES)[number];

export const EXEMPTION_SOURCE_LABELS: Record<ExemptionSource, string> = {
  manual: '手工录入',
  leave_request: '请销假',
};

/** The longest exemption, in years: anything longer is someone who has left, not one on leave. */
export const EXEMPTION_MAX_YEARS = 3;

export const exemptionSchema = z.object({
  id: z.string(),
  personId: z.string(),
  kind: z.enum(EXEMPTION_KINDS),
  startsOn: z.string(),
  endsOn: z.string(),
  reason: z.string().nullable(),
  source: z.enum(EXEMPTION_SOURCES),
  version: z.number().int(),
  createdAt: z.string(),
});
export type Exemption = z.infer<typeof exemptionSchema>;

export const exemptionListSchema = z.array(exemptionSchema);

const exemptionFields = {
  kind: z.enum(EXEMPTION_KINDS),
  startsOn: isoDateSchema.describe('起始日期（含）'),
  endsOn: isoDateSchema.describe('结束日期（含）'),
  reason: z.string().trim().max(TEXT_MAX).nullable().optional().describe('事由；类型为“其他”时必填'),
};

export const createExemptionRequestSchema = z.object(exemptionFields);
export type CreateExemptionRequest = z.infer<typeof createExemptionRequestSchema>;

export const updateExemptionRequestSchema = z.object(exemptionFields).partial().extend({ version: versionSchema });
export type UpdateExemptionRequest = z.infer<typeof updateExemptionRequestSchema>;

export const personExemptionsParamsSchema = z.object({ personId: idSchema });
export const personExemptionParamsSchema = z.object({ personId: idSchema, id: idSchema });
