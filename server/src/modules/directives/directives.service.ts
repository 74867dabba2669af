import {
  DIRECTIVE_SOURCES,
  DIRECTIVE_STATUSES,
  type CreateDirectiveRequest,
  type DirectiveBoard,
  type DirectiveBoardQuery,
  type DirectiveBoardRow,
  type DirectiveDetail,
  type DirectiveLight,
  type DirectiveLimits,
  type DirectiveListQuery,
  type DirectivePage,
  type DirectiveSource,
  type DirectiveStatus,
  type UpdateDirectiveRequest,
  type WorkingCalendar,
  DirectiveRuleError,
  directiveLight,
  directiveLimits,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, type FieldError, forbidden, invalidField, notFound } from '../../errors';
import { requirePermission, requirePermissionAt, scopeCovers } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { loadWorkingCalendar } from '../calendar/calendar.repository';
import { findNodeById, findNodesByIds, type OrgNodeRow } from '../org/org.repository';
import { todayOf } from '../people/people.service';
import { directiveLabel, leadOf, loadDirective, readingDay, requireVersion, writeStep } from './directive-step';
import { presentDetail, presentSummary, statusOf } from './directives.presenter';
import {
  countBoard,
  findDirectiveSummary,
  findDirectives,
  findEvents,
  findExtensions,
  findUserName,
  insertDirective,
  insertEvent,
  replaceAssignees,
} from './directives.repository';
import { availableActions, hasAnyReach, reachOf, requireStep, requireSupervise } from './directives.rules';

/** 承办 and 协办 are units or their 科室. */
const ASSIGNABLE_KINDS = new Set(['unit', 'department']);

/** The 承办 and 协办 nodes exist, are units or 科室 under the registering node, and none twice. */
async function checkAssignees(db: DbOrTx, supervisorNode: OrgNodeRow, leadNodeId: string, assistNodeIds: readonly string[]): Promise<void> {
  const nodes = new Map((await findNodesByIds(db, [leadNodeId, ...assistNodeIds])).map((n) => [n.id, n]));
  const errors: FieldError[] = [];
  const check = (field: string, id: string, what: string) => {
    const node = nodes.get(id);
    if (!node) errors.push({ field, message: '组织不存在' });
    else if (!ASSIGNABLE_KINDS.has(node.kind)) errors.push({ field, message: `${what}须为单位或内设科室` });
    else if (!node.path.startsWith(supervisorNode.path)) errors.push({ field, message: `${what}须在立项组织“${supervisorNode.name}”的范围内` });
  };
  check('leadNodeId', leadNodeId, '承办单位');
  const seen = new Set<string>();
  assistNodeIds.forEach((id, i) => {
    const field = `assistNodeIds.${i}`;
    if (id === leadNodeId) errors.push({ field, message: '承办单位不能同时是协办单位' });
    else if (seen.has(id)) errors.push({ field, message: '协办单位重复' });
    else check(field, id, '协办单位');
    seen.add(id);
  });
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors.map((e) => `${e.field}：${e.message}`).join('；'), errors);
}

/** The rules' verdict, a broken rule as a 400 naming its field (an uncovered year goes up as a 422). */
function computeLimits(calendar: WorkingCalendar, input: Parameters<typeof directiveLimits>[1]): DirectiveLimits {
  try {
    return directiveLimits(calendar, input);
  } catch (error) {
    if (error instanceof DirectiveRuleError) throw invalidField(error.field, error.message);
    throw error;
  }
}

export async function getDirective(ctx: AppContext, actor: Actor, id: string): Promise<DirectiveDetail> {
  const loaded = await loadDirective(ctx.db, actor, id);
  const [row, events, extensions, createdByName, day] = await Promise.all([
    findDirectiveSummary(ctx.db, id),
    findEvents(ctx.db, id),
    findExtensions(ctx.db, id),
    findUserName(ctx.db, loaded.directive.createdByUserId),
    readingDay(ctx),
  ]);
  if (!row) throw notFound('督办件');
  const hasPendingExtension = extensions.some((x) => x.extension.status === 'pending');
  const actions = availableActions(actor, { supervisorPath: loaded.supervisorPath, assignees: loaded.assignees, status: loaded.status, hasPendingExtension });
  return presentDetail(row, { assignees: loaded.assignees, events, extensions, createdByName, actions }, day);
}

export async function registerDirective(ctx: AppContext, actor: Actor, input: CreateDirectiveRequest): Promise<DirectiveDetail> {
  const id = await ctx.db.transaction(async (tx) => {
    const supervisorNode = await findNodeById(tx, input.supervisorNodeId);
    if (!supervisorNode) throw invalidField('supervisorNodeId', '组织不存在');
    requirePermissionAt(actor, 'directives.supervise', supervisorNode.path);
    if (supervisorNode.tree !== 'admin') throw invalidField('supervisorNodeId', '督办件须在行政组织（工委所在地、单位）立项');
    await checkAssignees(tx, supervisorNode, input.leadNodeId, input.assistNodeIds);
    const registeredOn = todayOf(ctx);
    const limits = computeLimits(await loadWorkingCalendar(tx), { registeredOn, source: input.source, urgency: input.urgency, ownDueOn: input.dueOn ?? null });
    const at = ctx.now();
    const row = await insertDirective(tx, {
      supervisorNodeId: supervisorNode.id,
      code: input.code ?? null,
      title: input.title,
      source: input.source,
      content: input.content,
      instruction: input.instruction ?? null,
      instructedBy: input.instructedBy ?? null,
      urgency: input.urgency,
      registeredOn,
      ...limits,
      reportEveryWorkingDays: input.reportEveryWorkingDays ?? null,
      status: 'registered',
      createdByUserId: actor.userId,
      createdAt: at,
      updatedAt: at,
    });
    await replaceAssignees(tx, row.id, input.leadNodeId, input.assistNodeIds);
    const details = { limitKind: limits.limitKind, dueOn: limits.dueOn, planDueOn: limits.planDueOn, measuresDueOn: limits.measuresDueOn };
    await insertEvent(tx, { directiveId: row.id, action: 'registered', fromStatus: null, toStatus: 'registered', actorUserId: actor.userId, actorName: actor.displayName, nodeId: supervisorNode.id, details, at });
    await auditAction(tx, actor, { action: 'directive.create', objectType: 'directive', objectId: row.id, objectLabel: directiveLabel(row), scopePath: supervisorNode.path, result: 'success', details });
    return row.id;
  });
  return getDirective(ctx, actor, id);
}

export async function updateDirective(ctx: AppContext, actor: Actor, id: string, input: UpdateDirectiveRequest): Promise<DirectiveDetail> {
  await ctx.db.transaction(async (tx) => {
    const d = await loadDirective(tx, actor, id, true);
    requireSupervise(actor, d);
    requireVersion(d, input.version);
    requireStep(d.status, 'edit');
    const r = d.directive;
    const supervisorNode = await findNodeById(tx, r.supervisorNodeId);
    if (!supervisorNode) throw notFound('立项组织');
    const leadNodeId = input.leadNodeId ?? leadOf(d).nodeId;
    const assistNodeIds = input.assistNodeIds ?? d.assignees.filter((a) => a.role === 'assist').map((a) => a.nodeId);
    await checkAssignees(tx, supervisorNode, leadNodeId, assistNodeIds);
    const source = input.source ?? oneSource(r.source);
    const urgency = input.urgency ?? (r.urgency === 'urgent' ? 'urgent' : 'normal');
    const ownDueOn = input.dueOn === undefined ? (r.limitKind === 'own' ? r.dueOn : null) : input.dueOn;
    const limits = computeLimits(await loadWorkingCalendar(tx), { registeredOn: r.registeredOn, source, urgency, ownDueOn });
    if (input.leadNodeId !== undefined || input.assistNodeIds !== undefined) await replaceAssignees(tx, id, leadNodeId, assistNodeIds);
    await writeStep(ctx, tx, actor, d, {
      action: 'updated',
      audit: 'directive.update',
      nodeId: r.supervisorNodeId,
      fields: {
        ...(input.code === undefined ? {} : { code: input.code }),
        ...(input.title === undefined ? {} : { title: input.title }),
        ...(input.content === undefined ? {} : { content: input.content }),
        ...(input.instruction === undefined ? {} : { instruction: input.instruction }),
        ...(input.instructedBy === undefined ? {} : { instructedBy: input.instructedBy }),
        ...(input.reportEveryWorkingDays === undefined ? {} : { reportEveryWorkingDays: input.reportEveryWorkingDays }),
        source,
        urgency,
        ...limits,
      },
      details: { fields: Object.keys(input).filter((k) => k !== 'version'), dueOn: limits.dueOn },
    });
  });
  return getDirective(ctx, actor, id);
}

function oneSource(value: string): DirectiveSource {
  const source = DIRECTIVE_SOURCES.find((s) => s === value);
  if (!source) throw new Error(`directive with an unknown source: ${value}`);
  return source;
}

/** A node filter the actor reaches (through supervising or handling); 400 when it does not exist. */
async function filterNodePath(db: DbOrTx, nodeId: string | undefined, covers: (path: string) => boolean): Promise<string | undefined> {
  if (!nodeId) return undefined;
  const node = await findNodeById(db, nodeId);
  if (!node) throw invalidField('nodeId', '组织不存在');
  if (!covers(node.path)) throw forbidden();
  return node.path;
}

export async function listDirectives(ctx: AppContext, actor: Actor, query: DirectiveListQuery): Promise<DirectivePage> {
  const reach = reachOf(actor);
  if (!hasAnyReach(reach)) throw forbidden('没有该操作的权限');
  const nodePath = await filterNodePath(ctx.db, query.nodeId, (p) => scopeCovers(reach.supervise, p) || scopeCovers(reach.handle, p));
  const day = await readingDay(ctx);
  const { rows, total } = await findDirectives(
    ctx.db,
    reach,
    { view: query.view, status: query.status, light: query.light, nodePath, source: query.source, registeredFrom: query.registeredFrom, registeredTo: query.registeredTo, q: query.q },
    day.light,
    query.page,
    query.pageSize,
  );
  return { items: rows.map((r) => presentSummary(r, day)), total, page: query.page, pageSize: query.pageSize };
}

function emptyCounts() {
  return {
    total: 0,
    lights: { green: 0, yellow: 0, red: 0 } satisfies Record<DirectiveLight, number>,
    statuses: Object.fromEntries(DIRECTIVE_STATUSES.map((s) => [s, 0])) as Record<DirectiveStatus, number>,
  };
}

/** The supervisor's board: per 承办 unit or 科室, how many directives of each light and step. */
export async function getBoard(ctx: AppContext, actor: Actor, query: DirectiveBoardQuery): Promise<DirectiveBoard> {
  const scope = requirePermission(actor, 'directives.supervise');
  const nodePath = await filterNodePath(ctx.db, query.nodeId, (p) => scopeCovers(scope, p));
  const day = await readingDay(ctx);
  const groups = await countBoard(ctx.db, scope, { nodePath, source: query.source, registeredFrom: query.registeredFrom, registeredTo: query.registeredTo });
  const rows = new Map<string, DirectiveBoardRow>();
  const totals = emptyCounts();
  for (const g of groups) {
    const row = rows.get(g.nodeId) ?? { nodeId: g.nodeId, nodeName: g.nodeName, nodeKind: g.nodeKind, unitId: g.unitId, unitName: g.unitName, ...emptyCounts() };
    const status = statusOf(g.status);
    const light = directiveLight(day.light, { status, dueOn: g.dueOn, extendedDueOn: g.extendedDueOn });
    for (const counts of [row, totals]) {
      counts.total += g.n;
      counts.lights[light] += g.n;
      counts.statuses[status] += g.n;
    }
    rows.set(g.nodeId, row);
  }
  const sorted = [...rows.values()].sort((a, b) => b.lights.red - a.lights.red || b.lights.yellow - a.lights.yellow || b.total - a.total || a.nodeName.localeCompare(b.nodeName, 'zh-CN'));
  return { today: day.light.today, rows: sorted, totals };
}
