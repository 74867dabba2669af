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
      stages: z.array(z.object({ id: z.string(), label: z.string(), fields: z.array(z.string()) })).optional().describe('分阶段填写的活动（如为群众办实事）'),
      countsFromStage: z.string().optional().describe('从哪个阶段起计入'),
      description: z.string(),
    }),
  ),
});
export type CatalogueResponse = z.infer<typeof catalogueResponseSchema>;

const periodUnitSchema = z.enum(['week', 'month', 'quarter', 'half_year', 'year']);

/** A rule as a localisation may set it; checked again on the server for sense and strictness. */
export const ruleSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), min: z.number().int().min(1).max(400), per: periodUnitSchema }),
  z.object({ kind: z.literal('amount'), min: z.number().min(0.5).max(366), unit: z.literal('day'), per: periodUnitSchema }),
  z.object({ kind: z.literal('coverage'), ratio: z.number().gt(0).max(1), per: z.union([periodUnitSchema, z.literal('once')]) }),
  z.object({ kind: z.literal('deadline'), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }),
  z.object({ kind: z.literal('trigger'), event: z.enum(['hired', 'post_started', 'post_changed', 'party_anniversary']), withinDays: z.number().int().min(0).max(3650) }),
]);

export const requirementSettingRequestSchema = z.object({
  enabled: z.boolean().describe('false：本级及下级不再要求（须说明理由）'),
  rule: ruleSpecSchema.nullable().optional().describe('更严格的规则（只能提高要求）'),
  reason: z.string().trim().max(500).nullable().optional().describe('结合实际的理由，上级可见'),
  version: z.number().int().min(1).optional().describe('修改已有设置时的版本号'),
});
export type RequirementSettingRequest = z.infer<typeof requirementSettingRequestSchema>;

/** A requirement id: a catalogue code (`org.theme_day`) or a node's own item (`custom.<uuid>`). */
export const requirementIdSchema = z
  .string()
  .regex(/^(?:[a-z_.]{3,60}|custom\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/, '要求编码不正确');

export const settingParamsSchema = z.object({
  nodeId: z.uuid({ message: '标识格式不正确' }),
  requirementId: requirementIdSchema,
});

export const requirementSettingSchema = z.object({
  id: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  requirementId: z.string(),
  requirementTitle: z.string(),
  kind: z.enum(['setting', 'own_requirement']).describe('setting：对要求的调整；own_requirement：该组织结合实际自定的要求（reason 为其说明）'),
  enabled: z.boolean(),
  rule: z.record(z.string(), z.unknown()).nullable(),
  reason: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type RequirementSettingView = z.infer<typeof requirementSettingSchema>;

export const effectiveCatalogueSchema = z.object({
  nodeId: z.string(),
  requirements: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      enabled: z.boolean(),
      rule: z.record(z.string(), z.unknown()),
      baseRule: z.record(z.string(), z.unknown()),
      changes: z.array(
        z.object({
          nodeId: z.string(),
          nodeName: z.string(),
          enabled: z.boolean(),
          rule: z.record(z.string(), z.unknown()).nullable(),
          reason: z.string().nullable(),
          overtaken: z.boolean().describe('上级已提出更高要求，本项调整不再适用'),
        }),
      ),
      ownSetting: z.object({ version: z.number().int() }).nullable().describe('本级设置（修改时须带版本号）'),
      ownRequirement: z
        .object({ id: z.string(), nodeId: z.string(), nodeName: z.string(), version: z.number().int() })
        .nullable()
        .describe('本级或上级结合实际自定的要求（不在目录中）；null 为目录要求'),
    }),
  ),
});
export type EffectiveCatalogueView = z.infer<typeof effectiveCatalogueSchema>;
