import { z } from 'zod';
import { ORG_NODE_KINDS } from '../enums';
import { PERSON_SELECTORS, PROGRAMME_CODES } from '../catalogue/types';
import { idSchema, versionSchema } from './common';
import { ruleSpecSchema } from './catalogue';

/** The prefix that tells a node's own requirement (自定要求) from a catalogue code in every requirement id. */
export const OWN_REQUIREMENT_PREFIX = 'custom.';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The requirement id of an own item, `custom.<uuid>`: how compliance and localisation name it. */
export function ownRequirementId(id: string): string {
  return `${OWN_REQUIREMENT_PREFIX}${id}`;
}

/** The own item's uuid in a requirement id, or null for a catalogue code. */
export function ownRequirementUuid(requirementId: string): string | null {
  if (!requirementId.startsWith(OWN_REQUIREMENT_PREFIX)) return null;
  const id = requirementId.slice(OWN_REQUIREMENT_PREFIX.length);
  return UUID.test(id) ? id : null;
}

export const programmeCodeSchema = z.enum(PROGRAMME_CODES, { message: '没有这个创建体系' }).describe('创建体系编号（000—004）');

// ── 发布与采纳 ───────────────────────────────────────────────────────────────

export const publishProgrammeRequestSchema = z.object({
  nodeId: idSchema.describe('发布的机关工委所在组织（市、县区或系统）'),
  programmeCode: programmeCodeSchema,
  note: z.string().trim().max(2000).nullable().optional().describe('工委的部署要求，下级单位可见'),
});
export type PublishProgrammeRequest = z.infer<typeof publishProgrammeRequestSchema>;

export const adoptProgrammeRequestSchema = z.object({
  unitId: idSchema.describe('采纳的单位'),
  note: z.string().trim().max(2000).nullable().optional().describe('单位的落实说明'),
});
export type AdoptProgrammeRequest = z.infer<typeof adoptProgrammeRequestSchema>;

export const publicationListQuerySchema = z.object({ nodeId: idSchema.describe('查看的组织：单位看发布给本单位的，工委看本级发布的及各单位采纳情况') });

export const programmeUnitStatusSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  adoptedAt: z.string().nullable().describe('采纳时间；null 为尚未采纳'),
  adoptedByName: z.string().nullable(),
  note: z.string().nullable(),
});
export type ProgrammeUnitStatus = z.infer<typeof programmeUnitStatusSchema>;

export const programmePublicationSchema = z.object({
  id: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  programmeCode: programmeCodeSchema,
  programmeName: z.string(),
  note: z.string().nullable(),
  publishedAt: z.string(),
  publishedByName: z.string().nullable(),
  withdrawnAt: z.string().nullable().describe('撤回时间；撤回后不能再采纳，已有采纳保留'),
  units: z.array(programmeUnitStatusSchema).describe('所查看组织之下各单位的采纳情况'),
  adoptedCount: z.number().int(),
});
export type ProgrammePublicationView = z.infer<typeof programmePublicationSchema>;

export const programmePublicationsSchema = z.object({
  node: z.object({ id: z.string(), name: z.string(), kind: z.enum(ORG_NODE_KINDS) }),
  publications: z.array(programmePublicationSchema).describe('在本级及上级发布的创建体系，新发布的在前'),
});
export type ProgrammePublications = z.infer<typeof programmePublicationsSchema>;

// ── 自定要求 ────────────────────────────────────────────────────────────────

const partyOrgLevelSchema = z.enum(['party_committee', 'general_branch', 'branch', 'party_group']);

/** Who a requirement binds, as a node's own item may set it (the catalogue's TargetSpec). */
export const targetSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unit') }),
  z.object({ kind: z.literal('department') }),
  z.object({
    kind: z.literal('party_org'),
    levels: z
      .array(partyOrgLevelSchema)
      .min(1, '至少选择一级党组织')
      .refine((l) => new Set(l).size === l.length, { message: '党组织层级重复' }),
  }),
  z.object({ kind: z.literal('person'), who: z.enum(PERSON_SELECTORS, { message: '没有这类人员' }) }),
  z.object({ kind: z.literal('leader_department_pair') }),
]);

const activityKindIdSchema = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, '活动类型编码不正确');

const ownRequirementFields = {
  title: z.string().trim().min(1, '请填写要求名称').max(100).describe('要求名称'),
  programmeCode: programmeCodeSchema,
  dimensionCode: z.string().trim().min(1, '请选择创建维度').max(60).describe('所属创建维度（该体系的维度编码）'),
  evidence: z.array(activityKindIdSchema).min(1, '至少选择一种活动类型').max(20).describe('哪些台账活动算作完成'),
  target: targetSpecSchema.describe('考核对象'),
  rule: ruleSpecSchema.describe('考核规则'),
  evidenceRole: z.enum(['lecturer', 'host']).nullable().optional().describe('个人须担任的角色：lecturer 主讲，host 主持；空为任意参与'),
  note: z.string().trim().max(500).nullable().optional().describe('说明：为何结合实际增设；停用时须写明理由（上级可见）'),
};

export const createOwnRequirementRequestSchema = z.object({
  nodeId: idSchema.describe('增设要求的组织（市、县区、系统或单位），对本级及下级生效'),
  ...ownRequirementFields,
});
export type CreateOwnRequirementRequest = z.infer<typeof createOwnRequirementRequestSchema>;

export const updateOwnRequirementRequestSchema = z
  .object(ownRequirementFields)
  .partial()
  .extend({ enabled: z.boolean().optional().describe('false：停用（须在 note 中说明理由）'), version: versionSchema });
export type UpdateOwnRequirementRequest = z.infer<typeof updateOwnRequirementRequestSchema>;

export const ownRequirementListQuerySchema = z.object({ nodeId: idSchema });

export const ownRequirementSchema = z.object({
  id: z.string(),
  requirementId: z.string().describe('在制度要求与落实情况中的编码：custom.<id>'),
  nodeId: z.string(),
  nodeName: z.string(),
  title: z.string(),
  programmeCode: programmeCodeSchema,
  programmeName: z.string(),
  dimensionCode: z.string(),
  dimensionName: z.string(),
  evidence: z.array(z.string()),
  target: z.record(z.string(), z.unknown()),
  rule: z.record(z.string(), z.unknown()),
  evidenceRole: z.enum(['lecturer', 'host']).nullable(),
  note: z.string().nullable(),
  enabled: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OwnRequirementView = z.infer<typeof ownRequirementSchema>;
