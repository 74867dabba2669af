/**
 * Who may do what with a plan and its items. A plan is kept by whoever holds tasks.write over its
 * node; an item is handled (progress, completion, milestones) by them, by the 牵头 科室/单位 and by
 * its 责任人; it is read by anyone who reads the plan, the lead or a 配合 node. An issued 重点任务指引
 * is read by the units below the 工委 that issued it.
 */
import type { DbOrTx } from '../../db/client';
import { forbidden, notFound } from '../../errors';
import { scopeCovers, scopeOf } from '../access/access.rules';
import type { Actor, Scope } from '../access/access.types';
import { type TaskItemPlacedRow, findItemJoined, findPartners } from './task-items.repository';
import { type TaskPlanJoinedRow, findPlanJoined, planNamesNodeInScope } from './task-plans.repository';

/** The reader sits below the node (a unit under the 工委 that issued a guidance). */
function readsBelow(scope: Scope, path: string): boolean {
  return !scope.all && scope.paths.some((p) => p.startsWith(path));
}

function isIssuedGuidance(plan: { kind: string; status: string }): boolean {
  return plan.kind === 'guidance' && plan.status === 'issued';
}

export function mayWritePlan(actor: Actor, planNodePath: string): boolean {
  return scopeCovers(scopeOf(actor, 'tasks.write'), planNodePath);
}

export function mayHandleItem(actor: Actor, row: TaskItemPlacedRow): boolean {
  if (actor.personId && row.item.responsiblePersonId === actor.personId) return true;
  const scope = scopeOf(actor, 'tasks.write');
  return scopeCovers(scope, row.planNodePath) || (row.leadNodePath !== null && scopeCovers(scope, row.leadNodePath));
}

export async function loadPlanFor(db: DbOrTx, actor: Actor, id: string, need: 'read' | 'write', today: string): Promise<TaskPlanJoinedRow> {
  const row = await findPlanJoined(db, id, today);
  if (!row) throw notFound('任务清单');
  if (need === 'write') {
    if (!mayWritePlan(actor, row.nodePath)) throw forbidden();
    return row;
  }
  const scope = scopeOf(actor, 'tasks.read');
  if (scopeCovers(scope, row.nodePath)) return row;
  if (isIssuedGuidance(row.plan) && readsBelow(scope, row.nodePath)) return row;
  if (row.plan.status === 'issued' && (await planNamesNodeInScope(db, id, scope))) return row;
  throw forbidden();
}

export async function loadItemFor(db: DbOrTx, actor: Actor, id: string, need: 'read' | 'handle' | 'write'): Promise<TaskItemPlacedRow> {
  const row = await findItemJoined(db, id);
  if (!row) throw notFound('任务');
  if (need === 'write') {
    if (!mayWritePlan(actor, row.planNodePath)) throw forbidden();
    return row;
  }
  if (mayHandleItem(actor, row)) return row;
  if (need === 'handle') throw forbidden();
  const scope = scopeOf(actor, 'tasks.read');
  const partners = (await findPartners(db, [id])).get(id) ?? [];
  const paths = [row.planNodePath, ...(row.leadNodePath ? [row.leadNodePath] : []), ...partners.map((p) => p.path)];
  if (paths.some((p) => scopeCovers(scope, p))) return row;
  if (isIssuedGuidance(row.plan) && readsBelow(scope, row.planNodePath)) return row;
  throw forbidden();
}
