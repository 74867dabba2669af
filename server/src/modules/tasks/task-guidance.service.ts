/**
 * The 工委's 《重点任务指引》: issued at a city, 县区 or 系统 to the units below, each of which turns
 * it into its own 重点任务清单 ("结合实际、因地制宜"): items copied, then adjusted, added to or
 * dropped with a reason; the 工委 sees per unit what was adopted, changed or dropped.
 */
import type { GuidanceForUnit, GuidanceLocalisations, LocaliseGuidanceRequest, TaskItemStatus, TaskPlanDetail, TaskPlanStatus } from '@mofan/shared';
import type { AppContext } from '../../context';
import { invalidField, notFound } from '../../errors';
import { requirePermissionAt } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { findNodeById } from '../org/org.repository';
import { todayOf } from '../people/people.service';
import { localisationOutcome } from './localisation-outcome';
import { conflict } from './task-errors';
import { type TaskItemJoinedRow, findItemsOfPlan, findItemsOfPlans, findLatestEvents, findPartners, insertItem, replacePartners } from './task-items.repository';
import { recordStep } from './task-items.service';
import { presentPlanSummary } from './task-plans.presenter';
import { findIssuedGuidanceAt, findLocalisedPlans, findPlanJoined, findUnitsUnder, insertPlan } from './task-plans.repository';
import { getPlan } from './task-plans.service';

function ancestorIds(path: string, self: string): string[] {
  return path.split('/').filter((s) => s.length > 0 && s !== self);
}

/** The guidance issued to a unit by the 工委s above it, each with the unit's own list made from it. */
export async function listGuidanceForUnit(ctx: AppContext, actor: Actor, unitId: string): Promise<GuidanceForUnit[]> {
  const unit = await findNodeById(ctx.db, unitId);
  if (!unit) throw invalidField('unitId', '单位不存在');
  requirePermissionAt(actor, 'tasks.read', unit.path);
  if (unit.kind !== 'unit') throw invalidField('unitId', '请选择单位');
  const guidance = await findIssuedGuidanceAt(ctx.db, ancestorIds(unit.path, unit.id), todayOf(ctx));
  const localised = await findLocalisedPlans(
    ctx.db,
    guidance.map((g) => g.plan.id),
    [unit.id],
  );
  return guidance.map((g) => {
    const own = localised.find((p) => p.sourcePlanId === g.plan.id);
    return { guidance: presentPlanSummary(g), localisedPlan: own ? { id: own.id, title: own.title, status: own.status as TaskPlanStatus } : null };
  });
}

/** Parents before their children, so a copy's parent is always copied first. */
function parentsFirst(items: TaskItemJoinedRow[]): TaskItemJoinedRow[] {
  const ids = new Set(items.map((i) => i.item.id));
  const byParent = new Map<string | null, TaskItemJoinedRow[]>();
  for (const i of items) {
    const key = i.item.parentItemId && ids.has(i.item.parentItemId) ? i.item.parentItemId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), i]);
  }
  const out: TaskItemJoinedRow[] = [];
  const visit = (parent: string | null) => {
    for (const i of byParent.get(parent) ?? []) {
      out.push(i);
      visit(i.item.id);
    }
  };
  visit(null);
  return out;
}

/**
 * The unit's own 重点任务清单 from a guidance: every item copied with its deadline and 工作标准;
 * 牵头 and 配合 kept where they name the unit's own nodes, left for the unit to fill in otherwise.
 */
export async function localiseGuidance(ctx: AppContext, actor: Actor, guidanceId: string, input: LocaliseGuidanceRequest): Promise<TaskPlanDetail> {
  const today = todayOf(ctx);
  const planId = await ctx.db.transaction(async (tx) => {
    const guidance = await findPlanJoined(tx, guidanceId, today);
    if (!guidance) throw notFound('重点任务指引');
    const unit = await findNodeById(tx, input.unitId);
    if (!unit) throw invalidField('unitId', '单位不存在');
    requirePermissionAt(actor, 'tasks.write', unit.path);
    if (guidance.plan.kind !== 'guidance') throw conflict('只有重点任务指引可以转化');
    if (unit.kind !== 'unit') throw invalidField('unitId', '只有单位可以转化指引');
    if (!unit.path.startsWith(guidance.nodePath)) throw invalidField('unitId', '该指引不是下发给本单位的');
    if (guidance.plan.status !== 'issued') throw conflict('该指引尚未下发');
    if ((await findLocalisedPlans(tx, [guidanceId], [unit.id])).length > 0) throw conflict('本单位已转化该指引');

    const plan = await insertPlan(tx, {
      nodeId: unit.id,
      kind: 'key_tasks',
      title: input.title ?? guidance.plan.title,
      year: guidance.plan.year,
      sourcePlanId: guidanceId,
      createdByUserId: actor.userId,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    });
    const items = parentsFirst(await findItemsOfPlan(tx, guidanceId));
    const partners = await findPartners(
      tx,
      items.map((i) => i.item.id),
    );
    const copyOf = new Map<string, string>();
    const origin = `转化自${guidance.nodeName}《${guidance.plan.title}》`;
    for (const source of items) {
      const s = source.item;
      const keepLead = source.leadNodePath !== null && source.leadNodePath.startsWith(unit.path);
      const copy = await insertItem(tx, {
        planId: plan.id,
        parentItemId: s.parentItemId ? (copyOf.get(s.parentItemId) ?? null) : null,
        sourceItemId: s.id,
        title: s.title,
        leadNodeId: keepLead ? s.leadNodeId : null,
        responsiblePersonId: keepLead && source.leadUnitId === unit.id ? s.responsiblePersonId : null,
        dueOn: s.dueOn,
        standard: s.standard,
        sortOrder: s.sortOrder,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      });
      copyOf.set(s.id, copy.id);
      const ownPartners = (partners.get(s.id) ?? []).filter((p) => p.path.startsWith(unit.path) && p.nodeId !== copy.leadNodeId).map((p) => p.nodeId);
      await replacePartners(tx, copy.id, ownPartners);
      await recordStep(tx, ctx, actor, copy.id, 'localised', origin);
    }
    await auditAction(tx, actor, {
      action: 'task_plan.localise',
      objectType: 'task_plan',
      objectId: plan.id,
      objectLabel: `${unit.name}：${plan.title}`,
      scopePath: unit.path,
      result: 'success',
      details: { guidanceId, items: items.length },
    });
    return plan.id;
  });
  return getPlan(ctx, actor, planId);
}

/** Per unit below the 工委: whether it has localised the guidance, and what became of each item. */
export async function guidanceLocalisations(ctx: AppContext, actor: Actor, guidanceId: string): Promise<GuidanceLocalisations> {
  const guidance = await findPlanJoined(ctx.db, guidanceId, todayOf(ctx));
  if (!guidance) throw notFound('重点任务指引');
  requirePermissionAt(actor, 'tasks.read', guidance.nodePath);
  if (guidance.plan.kind !== 'guidance') throw conflict('只有重点任务指引有各单位转化情况');
  const units = await findUnitsUnder(ctx.db, guidance.nodePath);
  const plans = await findLocalisedPlans(
    ctx.db,
    [guidanceId],
    units.map((u) => u.id),
  );
  const [sourceItems, copies] = await Promise.all([findItemsOfPlans(ctx.db, [guidanceId]), findItemsOfPlans(ctx.db, plans.map((p) => p.id))]);
  const reasons = await findLatestEvents(
    ctx.db,
    copies.filter((c) => c.status === 'dropped').map((c) => c.id),
    'dropped',
  );
  return {
    guidanceId,
    items: sourceItems.map((i) => ({ id: i.id, title: i.title, parentItemId: i.parentItemId })),
    units: units.map((unit) => {
      const plan = plans.find((p) => p.nodeId === unit.id) ?? null;
      const own = plan ? copies.filter((c) => c.planId === plan.id) : [];
      const outcomes = plan
        ? sourceItems.map((source) => {
            const copy = own.find((c) => c.sourceItemId === source.id) ?? null;
            const result = localisationOutcome(source, copy && { ...copy, status: copy.status as TaskItemStatus });
            return {
              sourceItemId: source.id,
              itemId: copy?.id ?? null,
              outcome: result.outcome,
              changedFields: result.changedFields,
              reason: copy && copy.status === 'dropped' ? (reasons.get(copy.id)?.note ?? null) : null,
              status: (copy?.status as TaskItemStatus | undefined) ?? null,
            };
          })
        : [];
      const countOf = (o: string) => outcomes.filter((x) => x.outcome === o).length;
      return {
        unitId: unit.id,
        unitName: unit.name,
        plan: plan && { id: plan.id, title: plan.title, status: plan.status as TaskPlanStatus, createdAt: plan.createdAt.toISOString() },
        outcomes,
        adoptedCount: countOf('adopted'),
        changedCount: countOf('changed'),
        droppedCount: countOf('dropped'),
        addedCount: own.filter((c) => c.sourceItemId === null).length,
      };
    }),
  };
}
