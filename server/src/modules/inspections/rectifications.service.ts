import {
  type CreateRectificationRequest,
  type RectificationDetail,
  type RectificationEscalateRequest,
  type RectificationEventAction,
  type RectificationExportQuery,
  type RectificationListQuery,
  type RectificationPage,
  type RectificationStatus,
  type UpdateRectificationRequest,
  addWorkingDays,
  escalationRefusal,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, invalidField, notFound, versionConflict } from '../../errors';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { loadWorkingCalendar } from '../calendar/calendar.repository';
import { registerDirective } from '../directives/directives.service';
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { todayOf } from '../people/people.service';
import { type ProblemPlace, requireSeeProblem, requireSomeReach, requireSupervise, supervisingPath } from './inspection-access';
import { TARGET_KINDS, filterNodePath } from './inspections.service';
import { type RectificationRow, findPersonInUnit, updateProblemRow } from './problems.repository';
import { loadProblem, placeOf, problemLabel } from './problems.service';
import { rectificationActions, requireRectificationStep } from './rectification-rules';
import { presentRectificationDetail, presentRectificationSummary, rectificationStatusOf } from './rectifications.presenter';
import {
  type RectificationFilter,
  type RectificationJoinedRow,
  findRectificationEvents,
  findRectificationJoined,
  findRectifications,
  insertRectification,
  insertRectificationEvent,
  updateRectificationRow,
} from './rectifications.repository';
import { lightDayOf } from './supervision-day';

export interface LoadedRectification {
  row: RectificationJoinedRow;
  place: ProblemPlace;
  status: RectificationStatus;
}

/** 404 when missing or its check is hidden from the actor, 403 when out of reach; `lock` for writes. */
export async function loadRectification(db: DbOrTx, actor: Actor, id: string, lock = false): Promise<LoadedRectification> {
  const row = await findRectificationJoined(db, id, lock);
  if (!row) throw notFound('整改');
  const place = await placeOf(db, row);
  requireSeeProblem(actor, place, '整改');
  return { row, place, status: rectificationStatusOf(row.rectification.status) };
}

export function requireRectificationVersion(r: LoadedRectification, version: number): void {
  if (r.row.rectification.version !== version) throw versionConflict();
}

export async function getRectification(ctx: AppContext, actor: Actor, id: string): Promise<RectificationDetail> {
  const loaded = await loadRectification(ctx.db, actor, id);
  const [events, day] = await Promise.all([findRectificationEvents(ctx.db, id), lightDayOf(ctx)]);
  const r = loaded.row.rectification;
  const actions = rectificationActions(actor, loaded.place, { status: loaded.status, dueOn: r.dueOn, escalatedDirectiveId: r.escalatedDirectiveId }, day.today);
  return presentRectificationDetail(loaded.row, events, actions, day);
}

export async function rectificationFilterOf(db: DbOrTx, query: RectificationExportQuery): Promise<RectificationFilter> {
  if (query.dueFrom && query.dueTo && query.dueFrom > query.dueTo) throw invalidField('dueTo', '截止日期不能早于起始日期');
  return {
    status: query.status,
    light: query.light,
    nodePath: await filterNodePath(db, query.nodeId),
    tag: query.tag,
    escalated: query.escalated === undefined ? undefined : query.escalated === 'true',
    dueFrom: query.dueFrom,
    dueTo: query.dueTo,
    q: query.q,
  };
}

export async function listRectifications(ctx: AppContext, actor: Actor, query: RectificationListQuery): Promise<RectificationPage> {
  const reach = requireSomeReach(actor);
  const day = await lightDayOf(ctx);
  const { rows, total } = await findRectifications(ctx.db, reach, await rectificationFilterOf(ctx.db, query), day, query.page, query.pageSize);
  return { items: rows.map((r) => presentRectificationSummary(r, day)), total, page: query.page, pageSize: query.pageSize };
}

/** The responsible node is the problem's unit or one of its 科室; the person, someone of that unit. */
async function checkResponsible(db: DbOrTx, unitId: string, nodeId: string, personId: string | null | undefined): Promise<OrgNodeRow> {
  const node = await findNodeById(db, nodeId);
  if (!node) throw invalidField('responsibleNodeId', '组织不存在');
  if (!TARGET_KINDS.has(node.kind) || node.unitId !== unitId) throw invalidField('responsibleNodeId', '整改责任单位须为问题所在单位或其内设科室');
  if (personId) {
    const person = await findPersonInUnit(db, personId);
    if (!person) throw invalidField('responsiblePersonId', '人员不存在');
    if (person.unitId !== unitId) throw invalidField('responsiblePersonId', '须为问题所在单位的人员');
  }
  return node;
}

/** The time limit: N working days after the start on the official calendar (an uncovered year is a 422). */
async function dueOnOf(db: DbOrTx, startedOn: string, workingDays: number): Promise<string> {
  return addWorkingDays(await loadWorkingCalendar(db), startedOn, workingDays);
}

export interface RectificationStep {
  action: RectificationEventAction;
  /** The audit action, e.g. rectification.accept. */
  audit: string;
  toStatus?: RectificationStatus;
  fields?: Partial<RectificationRow>;
  note?: string | null;
  details?: Record<string, unknown>;
}

/** Writes one step: the row (version + 1), its history event with actor and time, the audit entry. */
export async function writeRectificationStep(ctx: AppContext, tx: DbOrTx, actor: Actor, r: LoadedRectification, step: RectificationStep): Promise<RectificationRow> {
  const at = ctx.now();
  const toStatus = step.toStatus ?? r.status;
  const updated = await updateRectificationRow(tx, r.row.rectification.id, r.row.rectification.version, { ...step.fields, status: toStatus }, at);
  if (!updated) throw versionConflict();
  await insertRectificationEvent(tx, { rectificationId: updated.id, action: step.action, actorUserId: actor.userId, actorName: actor.displayName, note: step.note ?? null, at });
  await auditAction(tx, actor, {
    action: step.audit,
    objectType: 'rectification',
    objectId: updated.id,
    objectLabel: problemLabel(r.row.problem),
    scopePath: supervisingPath(r.place),
    result: 'success',
    details: { from: r.status, to: toStatus, ...step.details },
  });
  return updated;
}

/** 交付整改: the problem becomes its one 整改, with its measures and a working-day limit. */
export async function createRectification(ctx: AppContext, actor: Actor, problemId: string, input: CreateRectificationRequest): Promise<RectificationDetail> {
  const id = await ctx.db.transaction(async (tx) => {
    const loaded = await loadProblem(tx, actor, problemId, true);
    requireSupervise(actor, loaded.place);
    const p = loaded.row.problem;
    if (p.version !== input.version) throw versionConflict();
    if (loaded.row.rectification) throw new AppError('CONFLICT', '该问题已交付整改，一个问题只有一项整改');
    if (loaded.place.inspection && loaded.place.inspection.status !== 'done') throw new AppError('CONFLICT', '检查尚未完成，完成后被检查单位才看得到问题，届时再交付整改');
    const node = await checkResponsible(tx, p.unitId, input.responsibleNodeId, input.responsiblePersonId);
    const startedOn = input.startedOn ?? todayOf(ctx);
    const dueOn = await dueOnOf(tx, startedOn, input.workingDays);
    const at = ctx.now();
    const row = await insertRectification(tx, {
      problemId,
      measures: input.measures,
      focus: input.focus ?? null,
      responsibleNodeId: node.id,
      responsiblePersonId: input.responsiblePersonId ?? null,
      startedOn,
      workingDays: input.workingDays,
      dueOn,
      status: 'in_progress',
      createdAt: at,
      updatedAt: at,
    });
    const note = `整改时限${input.workingDays}个工作日（${startedOn}起算，${dueOn}前完成），责任单位：${node.name}`;
    await insertRectificationEvent(tx, { rectificationId: row.id, action: 'created', actorUserId: actor.userId, actorName: actor.displayName, note, at });
    if (!(await updateProblemRow(tx, problemId, p.version, { status: 'rectifying' }, at))) throw versionConflict();
    await auditAction(tx, actor, {
      action: 'rectification.create',
      objectType: 'rectification',
      objectId: row.id,
      objectLabel: problemLabel(p),
      scopePath: supervisingPath(loaded.place),
      result: 'success',
      details: { problemId, responsibleNodeId: node.id, workingDays: input.workingDays, dueOn },
    });
    return row.id;
  });
  return getRectification(ctx, actor, id);
}

export async function updateRectification(ctx: AppContext, actor: Actor, id: string, input: UpdateRectificationRequest): Promise<RectificationDetail> {
  await ctx.db.transaction(async (tx) => {
    const r = await loadRectification(tx, actor, id, true);
    requireSupervise(actor, r.place);
    requireRectificationVersion(r, input.version);
    requireRectificationStep(r.status, 'edit');
    const current = r.row.rectification;
    const responsibleNodeId = input.responsibleNodeId ?? current.responsibleNodeId;
    const responsiblePersonId = input.responsiblePersonId === undefined ? current.responsiblePersonId : input.responsiblePersonId;
    await checkResponsible(tx, r.row.problem.unitId, responsibleNodeId, input.responsiblePersonId);
    const startedOn = input.startedOn ?? current.startedOn;
    const workingDays = input.workingDays ?? current.workingDays;
    const dueOn = await dueOnOf(tx, startedOn, workingDays);
    const fields = Object.keys(input).filter((k) => k !== 'version');
    await writeRectificationStep(ctx, tx, actor, r, {
      action: 'updated',
      audit: 'rectification.update',
      fields: {
        ...(input.measures === undefined ? {} : { measures: input.measures }),
        ...(input.focus === undefined ? {} : { focus: input.focus }),
        responsibleNodeId,
        responsiblePersonId,
        startedOn,
        workingDays,
        dueOn,
      },
      note: dueOn === current.dueOn ? null : `整改时限调整为${workingDays}个工作日（${startedOn}起算，${dueOn}前完成）`,
      details: { fields, dueOn },
    });
  });
  return getRectification(ctx, actor, id);
}

/** Directive titles are at most 200 characters, contents 5000. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * 逾期转督办: an overdue 整改 becomes a 督办件 (领导交办) for its responsible node, registered by the
 * directives service at the supervising office; the 整改 keeps a link to it. The 整改's lock is
 * held while the directive is registered, so a second escalation waits and then finds it done.
 */
export async function escalateRectification(ctx: AppContext, actor: Actor, id: string, input: RectificationEscalateRequest): Promise<RectificationDetail> {
  await ctx.db.transaction(async (tx) => {
    const r = await loadRectification(tx, actor, id, true);
    requireSupervise(actor, r.place);
    requireRectificationVersion(r, input.version);
    requireRectificationStep(r.status, 'escalate');
    const rect = r.row.rectification;
    const refusal = escalationRefusal(todayOf(ctx), { status: r.status, dueOn: rect.dueOn, escalatedDirectiveId: rect.escalatedDirectiveId });
    if (refusal === 'already_escalated') throw new AppError('CONFLICT', '该整改已转为督办件，不能重复转督办');
    if (refusal === 'not_overdue') throw new AppError('CONFLICT', `该整改尚未逾期（整改时限${rect.dueOn}），逾期后才可转督办`);
    const supervisorNodeId = input.supervisorNodeId ?? r.row.organizerNodeId ?? r.row.problem.unitId;
    const supervisorNode = await findNodeById(tx, supervisorNodeId);
    if (!supervisorNode) throw invalidField('supervisorNodeId', '组织不存在');
    if (!r.row.responsiblePath?.startsWith(supervisorNode.path)) throw invalidField('supervisorNodeId', `整改责任单位须在立项组织“${supervisorNode.name}”的范围内`);
    const where = r.row.nodeKind === 'unit' ? r.row.unitName : `${r.row.unitName}${r.row.nodeName}`;
    const content = [
      `问题（${r.row.problem.foundOn}发现于${where}）：${r.row.problem.facts}`,
      `整改措施：${rect.measures}`,
      ...(rect.focus ? [`整改重点：${rect.focus}`] : []),
      `整改时限：${rect.dueOn}（${rect.workingDays}个工作日），已逾期未完成整改。`,
      ...(input.note ? [input.note] : []),
    ].join('\n');
    const directive = await registerDirective(ctx, actor, {
      supervisorNodeId: supervisorNode.id,
      title: clip(`整改逾期转督办：${where}${clip(r.row.problem.facts, 60)}`, 200),
      source: 'leader_assignment',
      content: clip(content, 5000),
      leadNodeId: rect.responsibleNodeId,
      assistNodeIds: [],
      urgency: 'normal',
    });
    await writeRectificationStep(ctx, tx, actor, r, {
      action: 'escalated',
      audit: 'rectification.escalate',
      fields: { escalatedDirectiveId: directive.id },
      note: `已转为督办件“${directive.title}”，办理时限${directive.dueOn}`,
      details: { directiveId: directive.id, supervisorNodeId: supervisorNode.id },
    });
  });
  return getRectification(ctx, actor, id);
}
