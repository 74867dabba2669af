import { z } from 'zod';

/** The requirement catalogue as served: the seed data of shared/src/catalogue, read-only. */
export const catalogueResponseSchema = z.object({
  programmes: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      seed: z.string(),
      motto: z.string(),
      description: z.string(),
      dimensions: z.array(z.object({ code: z.string(), name: z.string(), group: z.string(), description: z.string() })),
    }),
  ),
  requirements: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      target: z.record(z.string(), z.unknown()),
      rule: z.record(z.string(), z.unknown()),
      evidence: z.array(z.string()),
      sources: z.array(z.string()),
      dimensions: z.array(z.object({ programme: z.string(), dimension: z.string() })),
      note: z.string().optional(),
      evidenceRole: z.enum(['lecturer', 'host']).optional(),
    }),
  ),
  activityKinds: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      group: z.string(),
      scope: z.string(),
      ownerKinds: z.array(z.string()),
      fields: z.array(z.object({ field: z.string(), required: z.boolean(), reason: z.string().optional(), label: z.string().optional() })),
      credits: z.array(z.string()),
      description: z.string(),
    }),
  ),
});
export type CatalogueResponse = z.infer<typeof catalogueResponseSchema>;
