import {
  type ApproveLeaveRequest,
  type CancelLeaveRequest,
  type CreateLeaveRequest,
  LEAVE_MAX_DAYS,
  LEAVE_STATUS_LABELS,
  type LeaveApprovalLevel,
  type LeaveAway,
  type LeaveAwayQuery,
  type LeaveRequest,
  type LeaveRequestExportQuery,
  type LeaveRequestListQuery,
  type LeaveRequestPage,
  type LeaveStatus,
  type RejectLeaveRequest,
  type ReturnLeaveRequest,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, forbidden, invalidField, notFound, versionConflict } from '../../errors';
import { requirePermissionAt, scopeCovers, scopeOf } from '../access/access.rules';
import type { Actor, Scope } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { complianceAfterFactsChange } from '../compliance/refresh';
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { deleteExemptionRow, findExemption, findOverlappingExemption, insertExemption, lockPerson, updateExemptionRow } from '../people/exemptions.repository';
import { findPersonJoined } from '../people/people.repository';
import { personPaths, todayOf } from '../people/people.service';
import { type LeaveApprover, approvalLevelOf, mayApproveLeave } from './leave-approval';
import { absenceReasonOf, calendarDays, leaveKindLabel, periodText } from './leave-period';
import { type LeaveAbilities, presentLeave } from './leave.presenter';
import {
  type LeaveJoinedRow,
  type LeaveRow,
  findAway,
  findCurrentPostRoles,
  findLeaveJoined,
  findLeaveList,
  findLeavePage,
  findOverlappingLeave,
  findTopLeaderUnits,
  insertLeave,
  reachOf,
  updateLeaveRow,
} from './leave.repository';
import { buildLeaveWorkbook } from './leave-workbook';

/** What the reader may do, worked out once per request. */
interface Viewer {
  actor: Actor;
  today: string;
  approver: LeaveApprover;
  writeScope: Scope;
}

async function viewerOf(db: DbOrTx, actor: Actor, today: string): Promise<Viewer> {
  return {
    actor,
    today,
    approver: { personId: actor.personId, scope: scopeOf(actor, 'leave.approve'), topLeaderOf: await findTopLeaderUnits(db, actor.personId, today) },
    writeScope: scopeOf(actor, 'people.write'),
  };
}

function pathsOf(row: LeaveJoinedRow): string[] {
  return personPaths(row);
}

function mayApprove(viewer: Viewer, row: LeaveJoinedRow, level: LeaveApprovalLevel): boolean {
  return mayApproveLeave(viewer.approver, { personId: row.leave.personId, unitId: row.unitId, departmentPath: row.departmentPath, unitPath: row.unitPath, level });
}

function isSelf(viewer: Viewer, row: LeaveJoinedRow): boolean {
  return viewer.actor.personId !== null && viewer.actor.personId === row.leave.personId;
}

/** The person themself, or a clerk over them (people.write), may withdraw a request. */
function mayWithdraw(viewer: Viewer, row: LeaveJoinedRow): boolean {
  return isSelf(viewer, row) || pathsOf(row).some((p) => scopeCovers(viewer.writeScope, p));
}

/** Cancellable while pending, or once approved as long as the leave has not started (after that: 销假). */
function cancellable(row: LeaveRow, today: string): boolean {
  return row.status === 'pending' || (row.status === 'approved' && row.startsOn > today);
}

function abilitiesOf(viewer: Viewer, row: LeaveJoinedRow, level: LeaveApprovalLevel): LeaveAbilities {
  const l = row.leave;
  return {
    canApprove: l.status === 'pending' && mayApprove(viewer, row, level),
    canCancel: cancellable(l, viewer.today) && mayWithdraw(viewer, row),
    canReturn: l.status === 'approved' && l.startsOn <= viewer.today && (isSelf(viewer, row) || mayApprove(viewer, row, level)),
  };
}

async function levelsOf(db: DbOrTx, rows: LeaveJoinedRow[], today: string): Promise<Map<string, LeaveApprovalLevel>> {
  const roles = await findCurrentPostRoles(
    db,
    rows.map((r) => r.leave.personId),
    today,
  );
  return new Map(rows.map((r) => [r.leave.personId, approvalLevelOf(roles.get(r.leave.personId) ?? [])]));
}

async function presentAll(db: DbOrTx, viewer: Viewer, rows: LeaveJoinedRow[]): Promise<LeaveRequest[]> {
  const levels = await levelsOf(db, rows, viewer.today);
  return rows.map((r) => {
    const level = levels.get(r.leave.personId) ?? 'department';
    return presentLeave(r, level, abilitiesOf(viewer, r, level));
  });
}

/** The holder of leave.approve or people.write over the person reads their requests; the person reads their own. */
function mayRead(viewer: Viewer, row: LeaveJoinedRow): boolean {
  return isSelf(viewer, row) || pathsOf(row).some((p) => scopeCovers(viewer.approver.scope, p) || scopeCovers(viewer.writeScope, p));
}

interface Loaded {
  row: LeaveJoinedRow;
  level: LeaveApprovalLevel;
  viewer: Viewer;
}

async function loadLeave(db: DbOrTx, ctx: AppContext, actor: Actor, id: string): Promise<Loaded> {
  const row = await findLeaveJoined(db, id);
  if (!row) throw notFound('请假申请');
  const viewer = await viewerOf(db, actor, todayOf(ctx));
  if (!mayRead(viewer, row)) throw forbidden();
  const level = (await levelsOf(db, [row], viewer.today)).get(row.leave.personId) ?? 'department';
  return { row, level, viewer };
}

function labelOf(row: Pick<LeaveJoinedRow, 'personName'>, leave: Pick<LeaveRow, 'kind' | 'startsOn' | 'endsOn'>): string {
  return `${row.personName} ${leaveKindLabel(leave.kind)} ${leave.startsOn}至${leave.endsOn}`;
}

/** The version read must still be current; then the step must fit the status. */
function requireState(row: LeaveRow, version: number, allowed: (status: string) => boolean, message: string): void {
  if (row.version !== version) throw versionConflict();
  if (!allowed(row.status)) throw new AppError('CONFLICT', `${message}（当前状态：${LEAVE_STATUS_LABELS[row.status as LeaveStatus] ?? row.status}）`);
}

async function updated(tx: DbOrTx, ctx: AppContext, id: string, version: number, fields: Partial<LeaveRow>): Promise<LeaveRow> {
  const row = await updateLeaveRow(tx, id, version, fields, ctx.now());
  if (!row) throw versionConflict();
  return row;
}

async function getFresh(ctx: AppContext, actor: Actor, id: string): Promise<LeaveRequest> {
  const { row, level, viewer } = await loadLeave(ctx.db, ctx, actor, id);
  return presentLeave(row, level, abilitiesOf(viewer, row, level));
}

export async function getLeave(ctx: AppContext, actor: Actor, id: string): Promise<LeaveRequest> {
  return getFresh(ctx, actor, id);
}

export async function createLeave(ctx: AppContext, actor: Actor, input: CreateLeaveRequest): Promise<LeaveRequest> {
  const personId = input.personId ?? actor.personId;
  if (!personId) throw invalidField('personId', '该账号未关联人员，请选择请假人');
  const today = todayOf(ctx);
  const id = await ctx.db.transaction(async (tx) => {
    const person = await findPersonJoined(tx, personId);
    if (!person) throw invalidField('personId', '人员不存在');
    if (personId !== actor.personId) requirePermissionAt(actor, 'people.write', personPaths(person));
    if (person.person.status !== 'active') throw invalidField('personId', '该人员已调离，不能请假');
    if (input.endsOn < input.startsOn) throw invalidField('endsOn', '结束日期不能早于起始日期');
    if (calendarDays(input.startsOn, input.endsOn) > LEAVE_MAX_DAYS) throw invalidField('endsOn', `一次请假最长${LEAVE_MAX_DAYS}天`);
    const reason = input.reason || null;
    if (input.kind === 'other' && !reason) throw invalidField('reason', '类型为“其他”时须填写事由');
    // Held for the transaction, so two requests saved at once cannot both pass the overlap check.
    await lockPerson(tx, personId);
    const other = await findOverlappingLeave(tx, personId, input.startsOn, input.endsOn);
    if (other) {
      const status = LEAVE_STATUS_LABELS[other.status as LeaveStatus] ?? other.status;
      throw invalidField('startsOn', `与已有的请假（${leaveKindLabel(other.kind)}，${periodText(other.startsOn, other.returnedOn ?? other.endsOn)}，${status}）重叠`);
    }
    const row = await insertLeave(tx, { personId, kind: input.kind, startsOn: input.startsOn, endsOn: input.endsOn, reason, createdByUserId: actor.userId });
    await auditAction(tx, actor, {
      action: 'leave.request',
      objectType: 'leave_request',
      objectId: row.id,
      objectLabel: labelOf({ personName: person.person.name }, row),
      scopePath: person.departmentPath,
      result: 'success',
      details: { kind: row.kind, startsOn: row.startsOn, endsOn: row.endsOn, onBehalf: personId !== actor.personId, today },
    });
    return row.id;
  });
  return getFresh(ctx, actor, id);
}

function requireApprover(loaded: Loaded): void {
  if (isSelf(loaded.viewer, loaded.row)) throw forbidden('不能审批本人的请假');
  if (!mayApprove(loaded.viewer, loaded.row, loaded.level)) throw forbidden('无权审批该请假：须由有审批权限的上级领导审批');
}

/**
 * Approval writes the person's exemption (免考核期间, source 请销假) so compliance and meetings know
 * they are away; a period already exempt for another reason makes the approval wait (409).
 */
export async function approveLeave(ctx: AppContext, actor: Actor, id: string, input: ApproveLeaveRequest): Promise<LeaveRequest> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadLeave(tx, ctx, actor, id);
    const { row } = loaded;
    const l = row.leave;
    requireApprover(loaded);
    requireState(l, input.version, (s) => s === 'pending', '只有待审批的请假可以审批');
    await lockPerson(tx, l.personId);
    const clash = await findOverlappingExemption(tx, { personId: l.personId, startsOn: l.startsOn, endsOn: l.endsOn });
    if (clash) throw new AppError('CONFLICT', `该人员在${clash.startsOn}至${clash.endsOn}已有免考核期间，请先调整后再审批`);
    const exemption = await insertExemption(tx, {
      personId: l.personId,
      kind: 'leave',
      startsOn: l.startsOn,
      endsOn: l.endsOn,
      reason: leaveKindLabel(l.kind),
      source: 'leave_request',
      createdByUserId: actor.userId,
    });
    const note = input.note || null;
    await updated(tx, ctx, id, input.version, { status: 'approved', approverUserId: actor.userId, decidedAt: ctx.now(), decisionNote: note, exemptionId: exemption.id });
    await complianceAfterFactsChange(tx, { unitIds: [row.unitId] });
    await auditAction(tx, actor, {
      action: 'leave.approve',
      objectType: 'leave_request',
      objectId: id,
      objectLabel: labelOf(row, l),
      scopePath: row.departmentPath,
      result: 'success',
      details: { approvalLevel: loaded.level, exemptionId: exemption.id, startsOn: l.startsOn, endsOn: l.endsOn, note },
    });
  });
  return getFresh(ctx, actor, id);
}

export async function rejectLeave(ctx: AppContext, actor: Actor, id: string, input: RejectLeaveRequest): Promise<LeaveRequest> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadLeave(tx, ctx, actor, id);
    const { row } = loaded;
    requireApprover(loaded);
    requireState(row.leave, input.version, (s) => s === 'pending', '只有待审批的请假可以审批');
    await updated(tx, ctx, id, input.version, { status: 'rejected', approverUserId: actor.userId, decidedAt: ctx.now(), decisionNote: input.note });
    await auditAction(tx, actor, {
      action: 'leave.reject',
      objectType: 'leave_request',
      objectId: id,
      objectLabel: labelOf(row, row.leave),
      scopePath: row.departmentPath,
      result: 'success',
      details: { approvalLevel: loaded.level, note: input.note },
    });
  });
  return getFresh(ctx, actor, id);
}

/** Withdrawn by the person or a clerk: while pending, or approved but not yet begun (its exemption goes too). */
export async function cancelLeave(ctx: AppContext, actor: Actor, id: string, input: CancelLeaveRequest): Promise<LeaveRequest> {
  await ctx.db.transaction(async (tx) => {
    const { row, viewer } = await loadLeave(tx, ctx, actor, id);
    const l = row.leave;
    if (!mayWithdraw(viewer, row)) throw forbidden('只有请假人本人或人员管理员可以撤销');
    requireState(l, input.version, (s) => s === 'pending' || s === 'approved', '该请假已结束，不能撤销');
    if (!cancellable(l, viewer.today)) throw new AppError('CONFLICT', '假期已开始，不能撤销，请办理销假');
    const wasApproved = l.status === 'approved';
    if (wasApproved && l.exemptionId) {
      await lockPerson(tx, l.personId);
      await deleteExemptionRow(tx, l.exemptionId);
    }
    await updated(tx, ctx, id, input.version, { status: 'cancelled', exemptionId: null });
    if (wasApproved) await complianceAfterFactsChange(tx, { unitIds: [row.unitId] });
    await auditAction(tx, actor, {
      action: 'leave.cancel',
      objectType: 'leave_request',
      objectId: id,
      objectLabel: labelOf(row, l),
      scopePath: row.departmentPath,
      result: 'success',
      details: { wasApproved, exemptionId: wasApproved ? l.exemptionId : null },
    });
  });
  return getFresh(ctx, actor, id);
}

/**
 * 销假 by the person or an approver: the actual last day of leave, no later than planned and no
 * later than today. An early return shortens the leave and its exemption.
 */
export async function returnLeave(ctx: AppContext, actor: Actor, id: string, input: ReturnLeaveRequest): Promise<LeaveRequest> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadLeave(tx, ctx, actor, id);
    const { row, viewer } = loaded;
    const l = row.leave;
    if (!isSelf(viewer, row) && !mayApprove(viewer, row, loaded.level)) throw forbidden('只有请假人本人或审批领导可以销假');
    requireState(l, input.version, (s) => s === 'approved', '只有已批准的请假可以销假');
    if (l.startsOn > viewer.today) throw new AppError('CONFLICT', '假期尚未开始，如不再请假请撤销');
    if (input.returnedOn < l.startsOn) throw invalidField('returnedOn', `不能早于假期起始日期${l.startsOn}`);
    if (input.returnedOn > l.endsOn) throw invalidField('returnedOn', `不能晚于原定结束日期${l.endsOn}；需要延长请另行请假`);
    if (input.returnedOn > viewer.today) throw invalidField('returnedOn', '不能晚于今天');
    if (l.exemptionId && input.returnedOn !== l.endsOn) {
      await lockPerson(tx, l.personId);
      const exemption = await findExemption(tx, l.personId, l.exemptionId);
      // An exemption removed or changed by hand since approval is left as the administrator made it.
      if (exemption && exemption.source === 'leave_request' && exemption.endsOn > input.returnedOn && exemption.startsOn <= input.returnedOn) {
        await updateExemptionRow(tx, exemption.id, exemption.version, { endsOn: input.returnedOn }, ctx.now());
      }
    }
    await updated(tx, ctx, id, input.version, { status: 'returned', returnedOn: input.returnedOn });
    await complianceAfterFactsChange(tx, { unitIds: [row.unitId] });
    await auditAction(tx, actor, {
      action: 'leave.return',
      objectType: 'leave_request',
      objectId: id,
      objectLabel: labelOf(row, l),
      scopePath: row.departmentPath,
      result: 'success',
      details: { returnedOn: input.returnedOn, plannedEndsOn: l.endsOn, exemptionId: l.exemptionId },
    });
  });
  return getFresh(ctx, actor, id);
}

/** The signed-in person's own requests, newest first; an account without a person has none. */
export async function listMyLeave(ctx: AppContext, actor: Actor): Promise<LeaveRequest[]> {
  if (!actor.personId) return [];
  const viewer = await viewerOf(ctx.db, actor, todayOf(ctx));
  return presentAll(ctx.db, viewer, await findLeaveList(ctx.db, { personId: actor.personId }, 500));
}

/** Pending requests this approver may decide, oldest first so that none waits longest. */
export async function listAwaitingMe(ctx: AppContext, actor: Actor): Promise<LeaveRequest[]> {
  const viewer = await viewerOf(ctx.db, actor, todayOf(ctx));
  const scope = viewer.approver.scope;
  if (!scope.all && scope.paths.length === 0) throw forbidden('没有审批请假的权限');
  const candidates = await findLeaveList(ctx.db, { reach: reachOf(scope), status: 'pending' }, 1000);
  const items = (await presentAll(ctx.db, viewer, candidates)).filter((r) => r.canApprove);
  return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The reach of the lists: wherever the reader holds leave.approve or people.write. */
async function listReach(ctx: AppContext, actor: Actor, nodeId: string | undefined): Promise<{ viewer: Viewer; node: OrgNodeRow | null }> {
  const viewer = await viewerOf(ctx.db, actor, todayOf(ctx));
  const scopes = [viewer.approver.scope, viewer.writeScope];
  if (scopes.every((s) => !s.all && s.paths.length === 0)) throw forbidden('没有查看请假记录的权限');
  if (!nodeId) return { viewer, node: null };
  const node = await findNodeById(ctx.db, nodeId);
  if (!node) throw notFound('组织');
  if (!scopes.some((s) => scopeCovers(s, node.path))) throw forbidden();
  return { viewer, node };
}

function listFilter(viewer: Viewer, node: OrgNodeRow | null, query: LeaveRequestExportQuery) {
  if (query.from && query.to && query.from > query.to) throw invalidField('to', '截止日期不能早于起始日期');
  return {
    reach: reachOf(viewer.approver.scope, viewer.writeScope),
    nodePath: node?.path,
    status: query.status,
    from: query.from,
    to: query.to,
  };
}

export async function listLeave(ctx: AppContext, actor: Actor, query: LeaveRequestListQuery): Promise<LeaveRequestPage> {
  const { viewer, node } = await listReach(ctx, actor, query.nodeId);
  const { rows, total } = await findLeavePage(ctx.db, listFilter(viewer, node, query), query.page, query.pageSize);
  return { items: await presentAll(ctx.db, viewer, rows), total, page: query.page, pageSize: query.pageSize };
}

/** The rows an export may hold: a year of a large unit fits well under this. */
const EXPORT_MAX_ROWS = 20000;

export async function exportLeave(ctx: AppContext, actor: Actor, query: LeaveRequestExportQuery): Promise<{ buffer: Buffer; fileName: string }> {
  const { viewer, node } = await listReach(ctx, actor, query.nodeId);
  const rows = await findLeaveList(ctx.db, listFilter(viewer, node, query), EXPORT_MAX_ROWS);
  const items = await presentAll(ctx.db, viewer, rows);
  const period = query.from || query.to ? `（${query.from ?? ''}至${query.to ?? ''}）` : '';
  return { buffer: await buildLeaveWorkbook(items), fileName: `${node?.name ?? ''}请销假记录${period}.xlsx` };
}

/**
 * Who is away on a day under a node: for the 科室负责人 and administrators (leave.approve,
 * people.write) and for whoever records the node's meetings (records.write), who must mark them.
 */
export async function listAway(ctx: AppContext, actor: Actor, query: LeaveAwayQuery): Promise<LeaveAway> {
  const node = await findNodeById(ctx.db, query.nodeId);
  if (!node) throw notFound('组织');
  const allowed = (['leave.approve', 'people.write', 'records.write'] as const).some((p) => scopeCovers(scopeOf(actor, p), node.path));
  if (!allowed) throw forbidden();
  const date = query.date ?? todayOf(ctx);
  const rows = await findAway(ctx.db, node.path, date);
  return {
    nodeId: node.id,
    nodeName: node.name,
    date,
    people: rows.map((r) => ({
      personId: r.personId,
      personName: r.personName,
      departmentName: r.departmentName,
      requestId: r.requestId,
      kind: r.kind as LeaveAway['people'][number]['kind'],
      startsOn: r.startsOn,
      effectiveEndsOn: r.effectiveEndsOn,
      absenceReason: absenceReasonOf(r.kind, r.startsOn, r.effectiveEndsOn),
    })),
  };
}
