import {
  CLEANLINESS_ITEM_NODE_KINDS,
  CLEANLINESS_STANDARD_ITEMS,
  type CleanlinessCriterion,
  type CleanlinessItem,
  type CleanlinessSheet,
  type CleanlinessSheetQuery,
  type CreateCleanlinessItemRequest,
  type StandardCleanlinessItemsRequest,
  type UpdateCleanlinessItemRequest,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, invalidField, notFound, versionConflict } from '../../errors';
import { requirePermissionAt, scopeCovers, scopeOf } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { maxTotalOf, sortByCriterion } from './cleanliness-results';
import { type CleanlinessItemJoinedRow, findItemJoined, findItemsOfNodes, insertItems, lockNode, updateItemRow } from './cleanliness.repository';

function pathIds(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

export function presentItem(row: CleanlinessItemJoinedRow, forNodeId: string): CleanlinessItem {
  const i = row.item;
  return {
    id: i.id,
    nodeId: i.nodeId,
    nodeName: row.nodeName,
    criterion: i.criterion as CleanlinessCriterion,
    title: i.title,
    maxScore: i.maxScore,
    sortOrder: i.sortOrder,
    active: i.active,
    inherited: i.nodeId !== forNodeId,
    version: i.version,
  };
}

/**
 * The sheet that applies at a node: the active items of the node and of every node above it (a
 * 工委's defaults reach its whole subtree), by criterion, the higher levels' first. With
 * `includeOwnInactive` the node's own switched-off items are listed too, for its editor.
 */
export async function effectiveItems(db: DbOrTx, node: OrgNodeRow, includeOwnInactive = false): Promise<CleanlinessItemJoinedRow[]> {
  const ids = pathIds(node.path);
  const depth = new Map(ids.map((id, i) => [id, i]));
  const rows = (await findItemsOfNodes(db, ids)).filter((r) => r.item.active || (includeOwnInactive && r.item.nodeId === node.id));
  const byLevel = rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (depth.get(a.r.item.nodeId) ?? 0) - (depth.get(b.r.item.nodeId) ?? 0) || a.i - b.i)
    .map((x) => x.r);
  return sortByCriterion(byLevel, (r) => r.item.criterion);
}

export async function getCleanlinessSheet(ctx: AppContext, actor: Actor, query: CleanlinessSheetQuery): Promise<CleanlinessSheet> {
  const node = await findNodeById(ctx.db, query.nodeId);
  if (!node) throw notFound('组织');
  requirePermissionAt(actor, 'inspections.read', node.path);
  const rows = await effectiveItems(ctx.db, node, query.includeInactive === 'true');
  const items = rows.map((r) => presentItem(r, node.id));
  return { nodeId: node.id, nodeName: node.name, items, maxTotal: maxTotalOf(items.filter((i) => i.active)) };
}

/** A node that may define items (a 工委 level or a unit), where the actor may run the checks. */
async function placeItems(db: DbOrTx, actor: Actor, nodeId: string): Promise<OrgNodeRow> {
  const node = await findNodeById(db, nodeId);
  if (!node) throw invalidField('nodeId', '组织不存在');
  if (!(CLEANLINESS_ITEM_NODE_KINDS as readonly string[]).includes(node.kind)) throw invalidField('nodeId', '检查项目由单位或工委（市、县区、系统）设定');
  requirePermissionAt(actor, 'inspections.write', node.path);
  return node;
}

function itemLabel(item: { criterion: string; title: string }, node: { name: string }): string {
  return `${node.name} ${item.title}`;
}

export async function createCleanlinessItem(ctx: AppContext, actor: Actor, input: CreateCleanlinessItemRequest): Promise<CleanlinessItem> {
  const id = await ctx.db.transaction(async (tx) => {
    const node = await placeItems(tx, actor, input.nodeId);
    const [row] = await insertItems(tx, [{ nodeId: node.id, criterion: input.criterion, title: input.title, maxScore: input.maxScore, sortOrder: input.sortOrder ?? 0 }]);
    await auditAction(tx, actor, {
      action: 'cleanliness_item.create',
      objectType: 'cleanliness_item',
      objectId: row!.id,
      objectLabel: itemLabel(row!, node),
      scopePath: node.path,
      result: 'success',
      details: { criterion: row!.criterion, maxScore: row!.maxScore },
    });
    return row!.id;
  });
  const row = await findItemJoined(ctx.db, id);
  return presentItem(row!, row!.item.nodeId);
}

export async function updateCleanlinessItem(ctx: AppContext, actor: Actor, id: string, input: UpdateCleanlinessItemRequest): Promise<CleanlinessItem> {
  await ctx.db.transaction(async (tx) => {
    const current = await findItemJoined(tx, id);
    if (!current) throw notFound('检查项目');
    // A unit adds to its 工委's sheet; it cannot change the 工委's own items.
    requirePermissionAt(actor, 'inspections.write', current.nodePath);
    const { version, ...fields } = input;
    const updated = await updateItemRow(tx, id, version, fields);
    if (!updated) throw versionConflict();
    const before = current.item;
    await auditAction(tx, actor, {
      action: 'cleanliness_item.update',
      objectType: 'cleanliness_item',
      objectId: id,
      objectLabel: itemLabel(updated, { name: current.nodeName }),
      scopePath: current.nodePath,
      result: 'success',
      details: { fields: Object.keys(fields), before: { criterion: before.criterion, title: before.title, maxScore: before.maxScore, active: before.active } },
    });
  });
  const row = await findItemJoined(ctx.db, id);
  return presentItem(row!, row!.item.nodeId);
}

/** Starts a node's own sheet from the standard one (11 items, 100 points), when it has none of its own. */
export async function applyStandardCleanlinessItems(ctx: AppContext, actor: Actor, input: StandardCleanlinessItemsRequest): Promise<CleanlinessSheet> {
  const node = await ctx.db.transaction(async (tx) => {
    const placed = await placeItems(tx, actor, input.nodeId);
    await lockNode(tx, placed.id);
    if ((await findItemsOfNodes(tx, [placed.id])).length > 0) throw new AppError('CONFLICT', '本级已有检查项目，请在现有项目上调整');
    await insertItems(
      tx,
      CLEANLINESS_STANDARD_ITEMS.map((item, i) => ({ nodeId: placed.id, ...item, sortOrder: (i + 1) * 10 })),
    );
    await auditAction(tx, actor, {
      action: 'cleanliness_item.standard',
      objectType: 'org_node',
      objectId: placed.id,
      objectLabel: placed.name,
      scopePath: placed.path,
      result: 'success',
      details: { items: CLEANLINESS_STANDARD_ITEMS.length, maxTotal: maxTotalOf(CLEANLINESS_STANDARD_ITEMS) },
    });
    return placed;
  });
  return getCleanlinessSheet(ctx, actor, { nodeId: node.id, includeInactive: 'true' });
}

/** Whether the actor may change the sheet or run the checks at the node (for the page's buttons). */
export function mayWriteAt(actor: Actor, path: string): boolean {
  return scopeCovers(scopeOf(actor, 'inspections.write'), path);
}
