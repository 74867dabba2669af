import { type CreateOwnRequirementRequest, type OwnRequirementView, type UpdateOwnRequirementRequest, ownRequirementId } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, type FieldError, invalidField, notFound, versionConflict } from '../../errors';
import { requirePermissionAt } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { complianceAfterFactsChange } from '../compliance/refresh';
import { findNodeById } from '../org/org.repository';
import { ownRequirementProblems } from './own-requirement-checks';
import { presentOwnRequirement } from './own-requirements.presenter';
import {
  type OwnRequirementEntry,
  deleteOwnRequirementRow,
  findOwnRequirement,
  findOwnRequirementsByIds,
  findOwnRequirementsOfNodes,
  findOwnRequirementsUnder,
  insertOwnRequirement,
  updateOwnRequirementRow,
} from './own-requirements.repository';

export type { OwnRequirementEntry };

/** Nodes that may add requirements of their own for their subtree: the 工委's city, a 县区 or 系统, a unit. */
const OWNING_KINDS = new Set(['city', 'district', 'system', 'unit']);

function throwFieldErrors(errors: FieldError[]): void {
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors.map((e) => `${e.field}：${e.message}`).join('；'), errors);
}

/** The own requirements that bind a node: those of the nodes on its path (itself and its ancestors). */
export function ownRequirementsOfNodes(db: DbOrTx, nodeIds: string[]): Promise<OwnRequirementEntry[]> {
  return findOwnRequirementsOfNodes(db, nodeIds);
}

/** The own requirements made anywhere in a subtree (the 工委 sees what its units added). */
export function ownRequirementsUnder(db: DbOrTx, path: string): Promise<OwnRequirementEntry[]> {
  return findOwnRequirementsUnder(db, path);
}

export function ownRequirementsByIds(db: DbOrTx, ids: string[]): Promise<OwnRequirementEntry[]> {
  return findOwnRequirementsByIds(db, ids);
}

export function ownRequirementById(db: DbOrTx, id: string): Promise<OwnRequirementEntry | null> {
  return findOwnRequirement(db, id);
}

export async function listOwnRequirements(ctx: AppContext, actor: Actor, nodeId: string): Promise<OwnRequirementView[]> {
  const node = await findNodeById(ctx.db, nodeId);
  if (!node) throw notFound('组织');
  requirePermissionAt(actor, 'records.read', node.path);
  return (await findOwnRequirementsOfNodes(ctx.db, [nodeId])).map(presentOwnRequirement);
}

async function loadFor(db: DbOrTx, actor: Actor, id: string, permission: 'records.read' | 'catalogue.write'): Promise<OwnRequirementEntry> {
  const entry = await findOwnRequirement(db, id);
  if (!entry) throw notFound('自定要求');
  requirePermissionAt(actor, permission, entry.nodePath);
  return entry;
}

export async function getOwnRequirement(ctx: AppContext, actor: Actor, id: string): Promise<OwnRequirementView> {
  return presentOwnRequirement(await loadFor(ctx.db, actor, id, 'records.read'));
}

/**
 * Adds an item the catalogue does not have ("结合实际"), tagged to a programme dimension and
 * judged like any requirement; it binds the node and its subtree from now on.
 */
export async function createOwnRequirement(ctx: AppContext, actor: Actor, input: CreateOwnRequirementRequest): Promise<OwnRequirementView> {
  return ctx.db.transaction(async (tx) => {
    const node = await findNodeById(tx, input.nodeId);
    if (!node) throw invalidField('nodeId', '组织不存在');
    requirePermissionAt(actor, 'catalogue.write', node.path);
    if (!OWNING_KINDS.has(node.kind)) throw invalidField('nodeId', '只有市、县区、系统或单位可以增设要求');
    const evidenceRole = input.evidenceRole ?? null;
    throwFieldErrors(ownRequirementProblems({ ...input, evidenceRole }));
    const row = await insertOwnRequirement(tx, {
      nodeId: node.id,
      title: input.title,
      programmeCode: input.programmeCode,
      dimensionCode: input.dimensionCode,
      evidence: input.evidence,
      target: input.target,
      rule: input.rule,
      evidenceRole,
      note: input.note ?? null,
      createdByUserId: actor.userId,
    });
    await auditAction(tx, actor, {
      action: 'own_requirement.create',
      objectType: 'requirement',
      objectId: ownRequirementId(row.id),
      objectLabel: `${node.name}：${row.title}`,
      scopePath: node.path,
      result: 'success',
      details: { programmeCode: row.programmeCode, dimensionCode: row.dimensionCode, evidence: row.evidence, target: row.target, rule: row.rule },
    });
    await complianceAfterFactsChange(tx, { underPath: node.path });
    return presentOwnRequirement({ row, nodeName: node.name, nodePath: node.path });
  });
}

/** Changes an own requirement; switching it off needs a reason (in `note`), which the 工委 sees. */
export async function updateOwnRequirement(ctx: AppContext, actor: Actor, id: string, input: UpdateOwnRequirementRequest): Promise<OwnRequirementView> {
  return ctx.db.transaction(async (tx) => {
    const current = await loadFor(tx, actor, id, 'catalogue.write');
    const r = current.row;
    const merged = {
      title: input.title ?? r.title,
      programmeCode: input.programmeCode ?? r.programmeCode,
      dimensionCode: input.dimensionCode ?? r.dimensionCode,
      evidence: input.evidence ?? r.evidence,
      target: input.target ?? r.target,
      rule: input.rule ?? r.rule,
      evidenceRole: input.evidenceRole === undefined ? (r.evidenceRole as 'lecturer' | 'host' | null) : input.evidenceRole,
      note: input.note === undefined ? r.note : input.note,
      enabled: input.enabled ?? r.enabled,
    };
    // Switching an item off asks for the reason in that very request; the note it had said why it was added.
    const reason = r.enabled ? input.note : merged.note;
    if (!merged.enabled && !reason) throw invalidField('note', '停用须说明理由');
    throwFieldErrors(ownRequirementProblems(merged));
    const updated = await updateOwnRequirementRow(tx, id, input.version, merged, ctx.now());
    if (!updated) throw versionConflict();
    await auditAction(tx, actor, {
      action: 'own_requirement.update',
      objectType: 'requirement',
      objectId: ownRequirementId(id),
      objectLabel: `${current.nodeName}：${updated.title}`,
      scopePath: current.nodePath,
      result: 'success',
      details: { fields: Object.keys(input).filter((k) => k !== 'version'), enabled: updated.enabled, note: updated.note, before: { rule: r.rule, enabled: r.enabled, note: r.note } },
    });
    await complianceAfterFactsChange(tx, { underPath: current.nodePath });
    return presentOwnRequirement({ ...current, row: updated });
  });
}

export async function deleteOwnRequirement(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const current = await loadFor(tx, actor, id, 'catalogue.write');
    await deleteOwnRequirementRow(tx, id);
    await auditAction(tx, actor, {
      action: 'own_requirement.delete',
      objectType: 'requirement',
      objectId: ownRequirementId(id),
      objectLabel: `${current.nodeName}：${current.row.title}`,
      scopePath: current.nodePath,
      result: 'success',
      details: { title: current.row.title, rule: current.row.rule },
    });
    await complianceAfterFactsChange(tx, { underPath: current.nodePath });
  });
}
