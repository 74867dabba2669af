import crypto from 'node:crypto';
import {
  ALLOWED_PARENT_KINDS,
  type CreateOrgNodeRequest,
  ORG_NODE_KIND_LABELS,
  type OrgNodeDetail,
  type OrgNodeKind,
  type OrgNodeListQuery,
  type OrgNodePage,
  type UpdateOrgNodeRequest,
  treeOfKind,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, invalidField, notFound, versionConflict } from '../../errors';
import { requireGlobalPermission, requirePermission, requirePermissionAt } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { complianceAfterFactsChange } from '../compliance/refresh';
import {
  type OrgNodeRow,
  countDependents,
  deleteNode,
  findAncestors,
  findNodeById,
  findNodes,
  findSiblingByName,
  insertNode,
  lockOrgTree,
  rewriteSubtreePaths,
  updateNodeFields,
} from './org.repository';
import { presentOrgNode } from './org.presenter';

export async function listOrgNodes(ctx: AppContext, actor: Actor, query: OrgNodeListQuery): Promise<OrgNodePage> {
  const scope = requirePermission(actor, 'org.read');
  if (query.parentId) await requireNodeAccess(ctx.db, actor, 'org.read', query.parentId, 'parentId');
  if (query.unitId) await requireNodeAccess(ctx.db, actor, 'org.read', query.unitId, 'unitId');
  const { rows, total } = await findNodes(
    ctx.db,
    scope,
    { tree: query.tree, parentId: query.parentId, unitId: query.unitId, kind: query.kind, q: query.q, roots: query.roots === 'true' },
    query.page,
    query.pageSize,
  );
  return { items: rows.map(presentOrgNode), total, page: query.page, pageSize: query.pageSize };
}

/** Loads a node named in a request; 400 naming the field if it does not exist, 403 if out of scope. */
export async function requireNodeAccess(db: DbOrTx, actor: Actor, permission: 'org.read' | 'org.write' | 'people.read' | 'people.write' | 'people.import' | 'people.export' | 'users.write', nodeId: string, field: string): Promise<OrgNodeRow> {
  const node = await findNodeById(db, nodeId);
  if (!node) throw invalidField(field, '组织不存在');
  requirePermissionAt(actor, permission, node.path);
  return node;
}

export async function getOrgNode(ctx: AppContext, actor: Actor, id: string): Promise<OrgNodeDetail> {
  const node = await findNodeById(ctx.db, id);
  if (!node) throw notFound('组织');
  requirePermissionAt(actor, 'org.read', node.path);
  const { rows } = await findNodes(ctx.db, { all: true }, { id }, 1, 1);
  const row = rows[0];
  if (!row) throw notFound('组织');
  return { ...presentOrgNode(row), ancestors: (await findAncestors(ctx.db, node)).map((a) => ({ ...a, kind: a.kind as OrgNodeKind })) };
}

interface Placement {
  parentId: string | null;
  unitId: string | null;
  path: string;
}

/**
 * Where a node of `kind` goes under `parent` (or, for a party root, under `unit`): checks the
 * kind rules and the actor's write right there, and computes the unit and the scope path.
 */
async function placeNode(db: DbOrTx, actor: Actor, kind: OrgNodeKind, id: string, parentId: string | null, unitId: string | null): Promise<Placement> {
  const allowed = ALLOWED_PARENT_KINDS[kind];
  if (parentId) {
    const parent = await requireNodeAccess(db, actor, 'org.write', parentId, 'parentId');
    if (!allowed.includes(parent.kind as OrgNodeKind)) {
      throw invalidField('parentId', `${ORG_NODE_KIND_LABELS[kind]}不能建在${ORG_NODE_KIND_LABELS[parent.kind as OrgNodeKind]}之下`);
    }
    const ownUnit = kind === 'unit' ? id : parent.unitId;
    return { parentId, unitId: ownUnit, path: `${parent.path}${id}/` };
  }
  if (!allowed.includes(null)) throw invalidField('parentId', `${ORG_NODE_KIND_LABELS[kind]}必须指定上级`);
  if (treeOfKind(kind) === 'admin') {
    requireGlobalPermission(actor, 'org.write');
    return { parentId: null, unitId: null, path: `/${id}/` };
  }
  if (!unitId) throw invalidField('unitId', '党组织的顶层节点须指定所属单位');
  const unit = await requireNodeAccess(db, actor, 'org.write', unitId, 'unitId');
  if (unit.kind !== 'unit') throw invalidField('unitId', '所属单位须为单位');
  return { parentId: null, unitId: unit.id, path: `${unit.path}${id}/` };
}

async function requireUniqueName(db: DbOrTx, sibling: { parentId: string | null; unitId: string | null; tree: string; name: string; exceptId?: string }): Promise<void> {
  if (await findSiblingByName(db, sibling)) {
    throw new AppError('CONFLICT', `同一上级下已有名为"${sibling.name}"的组织`, [{ field: 'name', message: '同一上级下已有同名组织' }]);
  }
}

export async function createOrgNode(ctx: AppContext, actor: Actor, input: CreateOrgNodeRequest): Promise<OrgNodeDetail> {
  const id = crypto.randomUUID();
  const created = await ctx.db.transaction(async (tx) => {
    await lockOrgTree(tx);
    const placement = await placeNode(tx, actor, input.kind, id, input.parentId ?? null, input.unitId ?? null);
    await requireUniqueName(tx, { ...placement, tree: treeOfKind(input.kind), name: input.name });
    const node = await insertNode(tx, {
      id,
      tree: treeOfKind(input.kind),
      kind: input.kind,
      name: input.name,
      code: input.code || null,
      sortOrder: input.sortOrder ?? 0,
      ...placement,
    });
    await auditAction(tx, actor, { action: 'org.create', objectType: 'org_node', objectId: node.id, objectLabel: node.name, scopePath: node.path, result: 'success', details: { kind: node.kind } });
    await complianceAfterFactsChange(tx, { underPath: node.path });
    return node;
  });
  return getOrgNode(ctx, actor, created.id);
}

export async function updateOrgNode(ctx: AppContext, actor: Actor, id: string, input: UpdateOrgNodeRequest): Promise<OrgNodeDetail> {
  await ctx.db.transaction(async (tx) => {
    await lockOrgTree(tx);
    const node = await findNodeById(tx, id);
    if (!node) throw notFound('组织');
    requirePermissionAt(actor, 'org.write', node.path);
    const fields: Parameters<typeof updateNodeFields>[3] = {};
    if (input.name !== undefined) fields.name = input.name;
    if (input.code !== undefined) fields.code = input.code || null;
    if (input.sortOrder !== undefined) fields.sortOrder = input.sortOrder;
    const moving = input.parentId !== undefined && input.parentId !== node.parentId;
    if (moving) {
      if (input.parentId && (await findNodeById(tx, input.parentId))?.path.startsWith(node.path)) {
        throw invalidField('parentId', '不能移动到自身或下级之下');
      }
      const placement = await placeNode(tx, actor, node.kind as OrgNodeKind, node.id, input.parentId ?? null, node.unitId);
      if (node.tree === 'party' && placement.unitId !== node.unitId) throw invalidField('parentId', '党组织只能在本单位内移动');
      if (placement.unitId !== node.unitId) {
        // Only a 科室 changes unit by moving. Its people would keep the old unit (and its 党支部),
        // and posts and 分管 of the old unit would point into the new one, so it must be unused.
        const d = await countDependents(tx, node.id);
        if (d.people + d.posts + d.supervisedBy > 0) throw new AppError('CONFLICT', '该科室还有人员或任职记录，不能移到其他单位');
      }
      Object.assign(fields, placement);
    }
    if (moving || fields.name !== undefined) {
      await requireUniqueName(tx, {
        parentId: moving ? (fields.parentId ?? null) : node.parentId,
        unitId: moving ? (fields.unitId ?? null) : node.unitId,
        tree: node.tree,
        name: fields.name ?? node.name,
        exceptId: node.id,
      });
    }
    const updated = await updateNodeFields(tx, id, input.version, fields, ctx.now());
    if (!updated) throw versionConflict();
    if (moving) {
      await rewriteSubtreePaths(tx, node.path, updated.path);
      // The units it left (still above the old path) and the units it joined or carries along.
      await complianceAfterFactsChange(tx, { underPath: node.path });
      await complianceAfterFactsChange(tx, { underPath: updated.path });
    }
    await auditAction(tx, actor, {
      action: 'org.update',
      objectType: 'org_node',
      objectId: id,
      objectLabel: updated.name,
      scopePath: updated.path,
      result: 'success',
      details: { before: { name: node.name, code: node.code, parentId: node.parentId }, after: { name: updated.name, code: updated.code, parentId: updated.parentId } },
    });
  });
  return getOrgNode(ctx, actor, id);
}

export async function deleteOrgNode(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await lockOrgTree(tx);
    const node = await findNodeById(tx, id);
    if (!node) throw notFound('组织');
    requirePermissionAt(actor, 'org.write', node.path);
    const d = await countDependents(tx, id);
    if (d.children + d.unitNodes > 0) throw new AppError('CONFLICT', '该组织下还有下级组织，不能删除');
    if (d.people > 0) throw new AppError('CONFLICT', '该组织下还有人员，不能删除');
    if (d.posts > 0) throw new AppError('CONFLICT', '该组织有任职记录（含历史），不能删除');
    if (d.supervisedBy > 0) throw new AppError('CONFLICT', '该科室是班子成员的分管科室（含历史），不能删除');
    if (d.grants > 0) throw new AppError('CONFLICT', '有账号的授权范围是该组织，请先撤销授权');
    if (d.imports > 0) throw new AppError('CONFLICT', '该单位有花名册导入记录，不能删除');
    if (d.work > 0) throw new AppError('CONFLICT', '该组织有台账、任务清单、督办、督查整改、群众诉求等记录，不能删除');
    await complianceAfterFactsChange(tx, { underPath: node.path });
    await deleteNode(tx, id);
    await auditAction(tx, actor, { action: 'org.delete', objectType: 'org_node', objectId: id, objectLabel: node.name, scopePath: node.path, result: 'success' });
  });
}
