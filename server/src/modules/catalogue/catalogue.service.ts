import {
  type EffectiveCatalogueView,
  type EffectiveRequirement,
  REQUIREMENT_CATALOGUE,
  type RequirementSetting,
  type RequirementSettingRequest,
  type RequirementSettingView,
  type RuleSpec,
  effectiveCatalogue,
  looserThan,
  ruleSpecProblems,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, invalidField, notFound, versionConflict } from '../../errors';
import { requirePermissionAt } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { type SettingRow, deleteSettingRow, findSetting, findSettingsOfNodes, findSettingsUnder, insertSetting, updateSettingRow } from './catalogue.repository';

/** Nodes that localise the catalogue for their subtree: the 工委's city, a 县区 or 系统, a unit. */
const LOCALISING_KINDS = new Set(['city', 'district', 'system', 'unit']);

function idsOnPath(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function asSetting(row: { setting: SettingRow; nodeName: string }): RequirementSetting {
  return { nodeId: row.setting.nodeId, nodeName: row.nodeName, requirementId: row.setting.requirementId, enabled: row.setting.enabled, rule: row.setting.rule, reason: row.setting.reason };
}

/** The catalogue as it binds a node: base requirements with every change from the top down to it. */
export async function effectiveRequirementsAt(db: DbOrTx, node: OrgNodeRow, except?: { nodeId: string; requirementId: string }): Promise<EffectiveRequirement[]> {
  const ids = idsOnPath(node.path);
  const rows = await findSettingsOfNodes(db, ids);
  const layers = ids.map((id) =>
    rows.filter((r) => r.setting.nodeId === id && !(except && r.setting.nodeId === except.nodeId && r.setting.requirementId === except.requirementId)).map(asSetting),
  );
  return effectiveCatalogue(REQUIREMENT_CATALOGUE, layers);
}

async function loadLocalisingNode(db: DbOrTx, actor: Actor, nodeId: string, permission: 'records.read' | 'catalogue.write'): Promise<OrgNodeRow> {
  const node = await findNodeById(db, nodeId);
  if (!node) throw notFound('组织');
  requirePermissionAt(actor, permission, node.path);
  return node;
}

export async function getEffectiveCatalogue(ctx: AppContext, actor: Actor, nodeId: string): Promise<EffectiveCatalogueView> {
  const node = await loadLocalisingNode(ctx.db, actor, nodeId, 'records.read');
  const base = new Map(REQUIREMENT_CATALOGUE.map((r) => [r.id, r.rule]));
  const own = new Map((await findSettingsOfNodes(ctx.db, [nodeId])).map((r) => [r.setting.requirementId, r.setting.version]));
  return {
    nodeId,
    requirements: (await effectiveRequirementsAt(ctx.db, node)).map((e) => ({
      id: e.requirement.id,
      title: e.requirement.title,
      enabled: e.enabled,
      rule: e.requirement.rule,
      baseRule: base.get(e.requirement.id) ?? e.requirement.rule,
      changes: e.changes.map((c) => ({ nodeId: c.nodeId, nodeName: c.nodeName, enabled: c.enabled, rule: c.rule, reason: c.reason, overtaken: c.overtaken })),
      ownSetting: own.has(e.requirement.id) ? { version: own.get(e.requirement.id)! } : null,
    })),
  };
}

function present(row: SettingRow, nodeName: string): RequirementSettingView {
  return {
    id: row.id,
    nodeId: row.nodeId,
    nodeName,
    requirementId: row.requirementId,
    requirementTitle: REQUIREMENT_CATALOGUE.find((r) => r.id === row.requirementId)?.title ?? row.requirementId,
    enabled: row.enabled,
    rule: row.rule,
    reason: row.reason,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What was localised in a subtree (the 工委 sees each unit's changes and reasons). */
export async function listSettings(ctx: AppContext, actor: Actor, nodeId: string): Promise<RequirementSettingView[]> {
  const node = await loadLocalisingNode(ctx.db, actor, nodeId, 'records.read');
  return (await findSettingsUnder(ctx.db, node.path)).map((r) => present(r.setting, r.nodeName));
}

/**
 * Localises one requirement for a node's subtree: switch it off (a reason is required, the 工委
 * sees it) or make its rule stricter than what the node inherits — never looser.
 */
export async function putSetting(ctx: AppContext, actor: Actor, nodeId: string, requirementId: string, input: RequirementSettingRequest): Promise<RequirementSettingView> {
  if (!REQUIREMENT_CATALOGUE.some((r) => r.id === requirementId)) throw notFound('要求');
  return ctx.db.transaction(async (tx) => {
    const node = await loadLocalisingNode(tx, actor, nodeId, 'catalogue.write');
    if (!LOCALISING_KINDS.has(node.kind)) throw invalidField('nodeId', '只有市、县区、系统或单位可以调整制度要求');
    if (!input.enabled && !input.reason) throw invalidField('reason', '不再要求的事项须说明理由');
    const rule: RuleSpec | null = input.rule ?? null;
    if (rule) {
      const problems = ruleSpecProblems(rule);
      if (problems.length > 0) throw invalidField('rule', problems.join('；'));
      const inherited = (await effectiveRequirementsAt(tx, node, { nodeId, requirementId })).find((e) => e.requirement.id === requirementId)!;
      const looser = looserThan(inherited.requirement.rule, rule);
      if (looser) throw invalidField('rule', `只能提高要求：${looser}`);
    }
    const fields = { enabled: input.enabled, rule, reason: input.reason ?? null, updatedByUserId: actor.userId };
    const existing = await findSetting(tx, nodeId, requirementId);
    // Enabled with the inherited rule and nothing to replace is no change at all: nothing to store.
    if (!existing && input.enabled && !rule) throw invalidField('rule', '未作任何调整');
    let saved: SettingRow;
    if (existing) {
      if (input.version === undefined) throw new AppError('VERSION_CONFLICT', '该要求已有本级设置，请刷新后再改');
      const updated = await updateSettingRow(tx, existing.id, input.version, fields, ctx.now());
      if (!updated) throw versionConflict();
      saved = updated;
    } else {
      saved = await insertSetting(tx, { nodeId, requirementId, ...fields });
    }
    await auditAction(tx, actor, {
      action: 'requirement.localize',
      objectType: 'requirement',
      objectId: requirementId,
      objectLabel: `${node.name}：${requirementId}`,
      scopePath: node.path,
      result: 'success',
      details: { enabled: input.enabled, rule, reason: input.reason ?? null },
    });
    return present(saved, node.name);
  });
}

export async function deleteSetting(ctx: AppContext, actor: Actor, nodeId: string, requirementId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const node = await loadLocalisingNode(tx, actor, nodeId, 'catalogue.write');
    const existing = await findSetting(tx, nodeId, requirementId);
    if (!existing) throw notFound('本级设置');
    await deleteSettingRow(tx, existing.id);
    await auditAction(tx, actor, { action: 'requirement.localize', objectType: 'requirement', objectId: requirementId, objectLabel: `${node.name}：${requirementId}`, scopePath: node.path, result: 'success', details: { reverted: true } });
  });
}
