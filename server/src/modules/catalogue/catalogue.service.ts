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
  ownRequirementId,
  ownRequirementUuid,
  ruleSpecProblems,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, invalidField, notFound, versionConflict } from '../../errors';
import { requirePermissionAt } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { complianceAfterFactsChange } from '../compliance/refresh';
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { requirementDefinitionOf } from '../programmes/own-requirement-definition';
import { type OwnRequirementEntry, ownRequirementById, ownRequirementsByIds, ownRequirementsOfNodes, ownRequirementsUnder } from '../programmes/own-requirements.service';
import { type SettingRow, deleteSettingRow, findSetting, findSettingsOfNodes, findSettingsUnder, insertSetting, updateSettingRow } from './catalogue.repository';

/** Nodes that localise the catalogue for their subtree: the 工委's city, a 县区 or 系统, a unit. */
const LOCALISING_KINDS = new Set(['city', 'district', 'system', 'unit']);

function idsOnPath(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function asSetting(row: { setting: SettingRow; nodeName: string }): RequirementSetting {
  return { nodeId: row.setting.nodeId, nodeName: row.nodeName, requirementId: row.setting.requirementId, enabled: row.setting.enabled, rule: row.setting.rule, reason: row.setting.reason };
}

/** A requirement as it binds a node; for an item a node added itself (自定要求), that item and its node. */
export interface EffectiveRequirementAt extends EffectiveRequirement {
  ownRequirement: OwnRequirementEntry | null;
}

/** An own item its node switched off is that node's change to it: the reason shows like any other. */
function switchedOff(entry: OwnRequirementEntry): RequirementSetting {
  return { nodeId: entry.row.nodeId, nodeName: entry.nodeName, requirementId: ownRequirementId(entry.row.id), enabled: false, rule: null, reason: entry.row.note };
}

/**
 * The catalogue as it binds a node: the shipped requirements and the own items of the node and its
 * ancestors (as `custom.<id>`), with every change from the top down to it.
 */
export async function effectiveRequirementsAt(db: DbOrTx, node: OrgNodeRow, except?: { nodeId: string; requirementId: string }): Promise<EffectiveRequirementAt[]> {
  const ids = idsOnPath(node.path);
  const [rows, own] = await Promise.all([findSettingsOfNodes(db, ids), ownRequirementsOfNodes(db, ids)]);
  const depth = new Map(ids.map((id, i) => [id, i]));
  // Top first, then in the order they were added: the order the catalogue pages list them in.
  const owned = [...own].sort((a, b) => (depth.get(a.row.nodeId) ?? 0) - (depth.get(b.row.nodeId) ?? 0));
  const layers = ids.map((id) => [
    ...rows.filter((r) => r.setting.nodeId === id && !(except && r.setting.nodeId === except.nodeId && r.setting.requirementId === except.requirementId)).map(asSetting),
    ...owned.filter((o) => o.row.nodeId === id && !o.row.enabled).map(switchedOff),
  ]);
  const byId = new Map(owned.map((o) => [ownRequirementId(o.row.id), o]));
  return effectiveCatalogue([...REQUIREMENT_CATALOGUE, ...owned.map(requirementDefinitionOf)], layers).map((e) => ({ ...e, ownRequirement: byId.get(e.requirement.id) ?? null }));
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
      baseRule: e.ownRequirement?.row.rule ?? base.get(e.requirement.id) ?? e.requirement.rule,
      changes: e.changes.map((c) => ({ nodeId: c.nodeId, nodeName: c.nodeName, enabled: c.enabled, rule: c.rule, reason: c.reason, overtaken: c.overtaken })),
      ownSetting: own.has(e.requirement.id) ? { version: own.get(e.requirement.id)! } : null,
      ownRequirement: e.ownRequirement
        ? { id: e.ownRequirement.row.id, nodeId: e.ownRequirement.row.nodeId, nodeName: e.ownRequirement.nodeName, version: e.ownRequirement.row.version }
        : null,
    })),
  };
}

function present(row: SettingRow, nodeName: string, ownTitles: ReadonlyMap<string, string>): RequirementSettingView {
  return {
    id: row.id,
    nodeId: row.nodeId,
    nodeName,
    requirementId: row.requirementId,
    requirementTitle: REQUIREMENT_CATALOGUE.find((r) => r.id === row.requirementId)?.title ?? ownTitles.get(row.requirementId) ?? row.requirementId,
    kind: 'setting',
    enabled: row.enabled,
    rule: row.rule,
    reason: row.reason,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** An item a node added, in the list of what was localised: its note is why (or why it was switched off). */
function presentOwnRequirement(entry: OwnRequirementEntry): RequirementSettingView {
  const r = entry.row;
  return {
    id: r.id,
    nodeId: r.nodeId,
    nodeName: entry.nodeName,
    requirementId: ownRequirementId(r.id),
    requirementTitle: r.title,
    kind: 'own_requirement',
    enabled: r.enabled,
    rule: r.rule,
    reason: r.note,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Titles of the own items that settings name, for the settings' rows. */
async function ownTitlesOf(db: DbOrTx, requirementIds: string[]): Promise<Map<string, string>> {
  const ids = requirementIds.flatMap((id) => {
    const uuid = ownRequirementUuid(id);
    return uuid ? [uuid] : [];
  });
  return new Map((await ownRequirementsByIds(db, [...new Set(ids)])).map((o) => [ownRequirementId(o.row.id), o.row.title]));
}

/** What was localised in a subtree: each node's changes and reasons, and the items nodes added (the 工委 sees them all). */
export async function listSettings(ctx: AppContext, actor: Actor, nodeId: string): Promise<RequirementSettingView[]> {
  const node = await loadLocalisingNode(ctx.db, actor, nodeId, 'records.read');
  const [settings, own] = await Promise.all([findSettingsUnder(ctx.db, node.path), ownRequirementsUnder(ctx.db, node.path)]);
  const titles = await ownTitlesOf(ctx.db, settings.map((r) => r.setting.requirementId));
  return [...settings.map((r) => present(r.setting, r.nodeName, titles)), ...own.map(presentOwnRequirement)].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/**
 * Whether a node may localise the requirement: a catalogue item, or an item an ancestor added —
 * the node that added one changes the item itself, and a node outside its subtree is not bound by it.
 */
async function checkLocalisable(db: DbOrTx, node: OrgNodeRow, requirementId: string): Promise<void> {
  const uuid = ownRequirementUuid(requirementId);
  if (uuid === null) {
    if (!REQUIREMENT_CATALOGUE.some((r) => r.id === requirementId)) throw notFound('要求');
    return;
  }
  const own = await ownRequirementById(db, uuid);
  if (!own || !node.path.startsWith(own.nodePath)) throw notFound('要求');
  if (own.row.nodeId === node.id) throw invalidField('requirementId', '本级自定的要求请直接修改或停用');
}

/**
 * Localises one requirement for a node's subtree: switch it off (a reason is required, the 工委
 * sees it) or make its rule stricter than what the node inherits — never looser.
 */
export async function putSetting(ctx: AppContext, actor: Actor, nodeId: string, requirementId: string, input: RequirementSettingRequest): Promise<RequirementSettingView> {
  return ctx.db.transaction(async (tx) => {
    const node = await loadLocalisingNode(tx, actor, nodeId, 'catalogue.write');
    if (!LOCALISING_KINDS.has(node.kind)) throw invalidField('nodeId', '只有市、县区、系统或单位可以调整制度要求');
    await checkLocalisable(tx, node, requirementId);
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
    await complianceAfterFactsChange(tx, { underPath: node.path });
    return present(saved, node.name, await ownTitlesOf(tx, [requirementId]));
  });
}

export async function deleteSetting(ctx: AppContext, actor: Actor, nodeId: string, requirementId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const node = await loadLocalisingNode(tx, actor, nodeId, 'catalogue.write');
    const existing = await findSetting(tx, nodeId, requirementId);
    if (!existing) throw notFound('本级设置');
    await deleteSettingRow(tx, existing.id);
    await auditAction(tx, actor, { action: 'requirement.localize', objectType: 'requirement', objectId: requirementId, objectLabel: `${node.name}：${requirementId}`, scopePath: node.path, result: 'success', details: { reverted: true } });
    await complianceAfterFactsChange(tx, { underPath: node.path });
  });
}
