import {
  type CreateAccountabilityRequest,
  type CreateProblemRequest,
  type ProblemAction,
  type ProblemDetail,
  type ProblemExportQuery,
  type ProblemListQuery,
  type ProblemPage,
  type ProblemRepeats,
  type ProblemSummary,
  type UpdateProblemRequest,
  problemRepeats,
  problemTagLabel,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, type FieldError, invalidField, notFound, versionConflict } from '../../errors';
import { requirePermissionAt } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { todayOf } from '../people/people.service';
import { type ProblemPlace, type SupervisionReach, isPublished, maySupervise, mayWriteInspection, requireSeeProblem, requireSomeReach, requireSupervise, supervisingPath } from './inspection-access';
import { findUserName } from './inspections.repository';
import { TARGET_KINDS, filterNodePath, loadInspection } from './inspections.service';
import { presentProblemDetail, presentProblemSummary, problemPlaceOf } from './problems.presenter';
import {
  type ProblemFilter,
  type ProblemJoinedRow,
  deleteAccountabilityRow,
  deleteProblemRow,
  findAccountabilities,
  findAccountability,
  findInspectorIds,
  findPersonInUnit,
  findProblemJoined,
  findProblems,
  findRepeatCandidates,
  insertAccountability,
  insertProblem,
  updateProblemRow,
} from './problems.repository';
import { rectificationActions } from './rectification-rules';
import { presentRectificationDetail, rectificationStatusOf } from './rectifications.presenter';
import { findRectificationEvents, hasRectification } from './rectifications.repository';
import { lightDayOf } from './supervision-day';

export interface LoadedProblem {
  row: ProblemJoinedRow;
  place: ProblemPlace;
}

/** Where a problem sits for access, its check's inspectors loaded. */
export async function placeOf(db: DbOrTx, row: ProblemJoinedRow): Promise<ProblemPlace> {
  const inspectorIds = row.problem.inspectionId ? await findInspectorIds(db, row.problem.inspectionId) : [];
  return problemPlaceOf(row, inspectorIds);
}

/** 404 when missing or found by a check hidden from the actor, 403 when out of reach; `lock` for writes. */
export async function loadProblem(db: DbOrTx, actor: Actor, id: string, lock = false): Promise<LoadedProblem> {
  const row = await findProblemJoined(db, id, lock);
  if (!row) throw notFound('问题');
  const place = await placeOf(db, row);
  requireSeeProblem(actor, place);
  return { row, place };
}

export function problemLabel(p: { foundOn: string; facts: string }): string {
  const facts = p.facts.length > 40 ? `${p.facts.slice(0, 40)}…` : p.facts;
  return `${p.foundOn} ${facts}`;
}

/** The repeat flags of each row, from one query for all of them. */
export async function repeatsOf(db: DbOrTx, rows: readonly ProblemJoinedRow[]): Promise<Map<string, ProblemRepeats>> {
  const candidates = await findRepeatCandidates(db, rows.map((r) => r.problem));
  return new Map(rows.map((r) => [r.problem.id, problemRepeats({ ...r.problem, createdAt: r.problem.createdAt.toISOString() }, candidates)]));
}

function actionsOf(actor: Actor, loaded: LoadedProblem): ProblemAction[] {
  if (!maySupervise(actor, loaded.place)) return [];
  const { problem, rectification } = loaded.row;
  const actions: ProblemAction[] = [];
  if (problem.status !== 'closed') actions.push('edit');
  if (!rectification) actions.push('delete');
  if (!rectification && isPublished(loaded.place)) actions.push('rectify');
  actions.push('hold_accountable');
  return actions;
}

export async function getProblem(ctx: AppContext, actor: Actor, id: string): Promise<ProblemDetail> {
  const loaded = await loadProblem(ctx.db, actor, id);
  const { row } = loaded;
  const [repeats, accountabilities, createdByName, day] = await Promise.all([
    repeatsOf(ctx.db, [row]),
    findAccountabilities(ctx.db, [id]),
    findUserName(ctx.db, row.problem.createdByUserId),
    lightDayOf(ctx),
  ]);
  let rectification = null;
  if (hasRectification(row)) {
    const r = row.rectification;
    const events = await findRectificationEvents(ctx.db, r.id);
    const actions = rectificationActions(actor, loaded.place, { status: rectificationStatusOf(r.status), dueOn: r.dueOn, escalatedDirectiveId: r.escalatedDirectiveId }, day.today);
    rectification = presentRectificationDetail(row, events, actions, day);
  }
  return presentProblemDetail(row, { repeats: repeats.get(id)!, rectification, accountabilities, createdByName, actions: actionsOf(actor, loaded) }, day);
}

export async function problemFilterOf(db: DbOrTx, query: ProblemExportQuery): Promise<ProblemFilter> {
  if (query.foundFrom && query.foundTo && query.foundFrom > query.foundTo) throw invalidField('foundTo', '截止日期不能早于起始日期');
  return {
    inspectionId: query.inspectionId,
    nodePath: await filterNodePath(db, query.nodeId),
    tag: query.tag,
    tagGroup: query.tagGroup,
    severity: query.severity,
    status: query.status,
    repeat: query.repeat,
    foundFrom: query.foundFrom,
    foundTo: query.foundTo,
    q: query.q,
  };
}

export async function summariesOf(ctx: AppContext, rows: ProblemJoinedRow[]): Promise<ProblemSummary[]> {
  const [repeats, day] = await Promise.all([repeatsOf(ctx.db, rows), lightDayOf(ctx)]);
  return rows.map((r) => presentProblemSummary(r, repeats.get(r.problem.id)!, day));
}

export async function listProblems(ctx: AppContext, actor: Actor, query: ProblemListQuery): Promise<ProblemPage> {
  const reach: SupervisionReach = requireSomeReach(actor);
  const { rows, total } = await findProblems(ctx.db, reach, await problemFilterOf(ctx.db, query), query.page, query.pageSize);
  return { items: await summariesOf(ctx, rows), total, page: query.page, pageSize: query.pageSize };
}

function validationError(errors: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', errors.map((e) => `${e.field}：${e.message}`).join('；'), errors);
}

/** Problems are found at a unit or a 科室; its unit is the node's. */
async function problemNodeOf(db: DbOrTx, nodeId: string): Promise<OrgNodeRow & { unitId: string }> {
  const node = await findNodeById(db, nodeId);
  if (!node) throw invalidField('nodeId', '组织不存在');
  if (!TARGET_KINDS.has(node.kind) || !node.unitId) throw invalidField('nodeId', '问题所在须为单位或内设科室');
  return { ...node, unitId: node.unitId };
}

/** A person named must belong to the unit concerned. */
async function checkPerson(db: DbOrTx, personId: string | null | undefined, unitId: string, field = 'personId'): Promise<void> {
  if (!personId) return;
  const person = await findPersonInUnit(db, personId);
  if (!person) throw invalidField(field, '人员不存在');
  if (person.unitId !== unitId) throw invalidField(field, '须为问题所在单位的人员');
}

function checkFoundOn(foundOn: string, today: string): void {
  if (foundOn > today) throw invalidField('foundOn', '发现日期不能晚于今天');
}

export async function createProblem(ctx: AppContext, actor: Actor, input: CreateProblemRequest): Promise<ProblemDetail> {
  const id = await ctx.db.transaction(async (tx) => {
    let scopePath: string;
    const node = await problemNodeOf(tx, input.nodeId);
    if (input.inspectionId) {
      const inspection = await loadInspection(tx, actor, input.inspectionId);
      if (!mayWriteInspection(actor, inspection.place)) throw new AppError('FORBIDDEN', '只有组织检查的单位可以登记检查发现的问题');
      if (!inspection.targets.some((t) => node.path.startsWith(t.nodePath))) throw invalidField('nodeId', '须为该检查的被检查单位或其科室');
      scopePath = inspection.head.organizerPath;
    } else {
      requirePermissionAt(actor, 'inspections.write', node.path);
      scopePath = node.path;
    }
    await checkPerson(tx, input.personId, node.unitId);
    const foundOn = input.foundOn ?? todayOf(ctx);
    checkFoundOn(foundOn, todayOf(ctx));
    const at = ctx.now();
    const row = await insertProblem(tx, {
      inspectionId: input.inspectionId ?? null,
      nodeId: node.id,
      unitId: node.unitId,
      personId: input.personId ?? null,
      foundOn,
      facts: input.facts,
      tags: input.tags,
      severity: input.severity,
      status: 'open',
      createdByUserId: actor.userId,
      createdAt: at,
      updatedAt: at,
    });
    await auditAction(tx, actor, {
      action: 'problem.create',
      objectType: 'problem',
      objectId: row.id,
      objectLabel: problemLabel(row),
      scopePath,
      result: 'success',
      details: { tags: row.tags.map(problemTagLabel), severity: row.severity, inspectionId: row.inspectionId },
    });
    return row.id;
  });
  return getProblem(ctx, actor, id);
}

export async function updateProblem(ctx: AppContext, actor: Actor, id: string, input: UpdateProblemRequest): Promise<ProblemDetail> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadProblem(tx, actor, id, true);
    requireSupervise(actor, loaded.place);
    const p = loaded.row.problem;
    if (p.version !== input.version) throw versionConflict();
    if (p.status === 'closed') throw new AppError('CONFLICT', '该问题已整改销号，不能修改');
    let node = await problemNodeOf(tx, p.nodeId);
    if (input.nodeId && input.nodeId !== p.nodeId) {
      node = await problemNodeOf(tx, input.nodeId);
      if (loaded.row.rectification && node.unitId !== p.unitId) throw invalidField('nodeId', '已交付整改的问题不能改到其他单位');
      if (p.inspectionId) {
        const inspection = await loadInspection(tx, actor, p.inspectionId);
        if (!inspection.targets.some((t) => node.path.startsWith(t.nodePath))) throw invalidField('nodeId', '须为该检查的被检查单位或其科室');
      } else requirePermissionAt(actor, 'inspections.write', node.path);
    }
    const personId = input.personId === undefined ? p.personId : input.personId;
    const errors: FieldError[] = [];
    if (personId) {
      const person = await findPersonInUnit(tx, personId);
      if (!person) errors.push({ field: 'personId', message: '人员不存在' });
      else if (person.unitId !== node.unitId) errors.push({ field: 'personId', message: '须为问题所在单位的人员' });
    }
    if (input.foundOn && input.foundOn > todayOf(ctx)) errors.push({ field: 'foundOn', message: '发现日期不能晚于今天' });
    if (errors.length > 0) throw validationError(errors);
    const updated = await updateProblemRow(
      tx,
      id,
      input.version,
      {
        nodeId: node.id,
        unitId: node.unitId,
        personId,
        ...(input.foundOn === undefined ? {} : { foundOn: input.foundOn }),
        ...(input.facts === undefined ? {} : { facts: input.facts }),
        ...(input.tags === undefined ? {} : { tags: input.tags }),
        ...(input.severity === undefined ? {} : { severity: input.severity }),
      },
      ctx.now(),
    );
    if (!updated) throw versionConflict();
    await auditAction(tx, actor, {
      action: 'problem.update',
      objectType: 'problem',
      objectId: id,
      objectLabel: problemLabel(updated),
      scopePath: supervisingPath(loaded.place),
      result: 'success',
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
  });
  return getProblem(ctx, actor, id);
}

/** A problem registered by mistake, before any 整改 was handed over. */
export async function deleteProblem(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadProblem(tx, actor, id, true);
    requireSupervise(actor, loaded.place);
    if (loaded.row.rectification) throw new AppError('CONFLICT', '该问题已交付整改，不能删除');
    await deleteProblemRow(tx, id);
    await auditAction(tx, actor, {
      action: 'problem.delete',
      objectType: 'problem',
      objectId: id,
      objectLabel: problemLabel(loaded.row.problem),
      scopePath: supervisingPath(loaded.place),
      result: 'success',
      details: { tags: loaded.row.problem.tags.map(problemTagLabel) },
    });
  });
}

// ── 问责 ────────────────────────────────────────────────────────────────────

export async function createAccountability(ctx: AppContext, actor: Actor, problemId: string, input: CreateAccountabilityRequest): Promise<ProblemDetail> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadProblem(tx, actor, problemId, true);
    requireSupervise(actor, loaded.place);
    const unitId = loaded.row.problem.unitId;
    if (!input.personId && !input.nodeId) throw invalidField('personId', '请填写被问责的人员或单位（科室）');
    await checkPerson(tx, input.personId, unitId);
    if (input.nodeId) {
      const node = await findNodeById(tx, input.nodeId);
      if (!node) throw invalidField('nodeId', '组织不存在');
      if (node.unitId !== unitId) throw invalidField('nodeId', '须为问题所在单位或其科室、党组织');
    }
    if (input.decidedOn > todayOf(ctx)) throw invalidField('decidedOn', '问责日期不能晚于今天');
    const row = await insertAccountability(tx, {
      problemId,
      kind: input.kind,
      personId: input.personId ?? null,
      nodeId: input.nodeId ?? null,
      basis: input.basis,
      decidedOn: input.decidedOn,
      createdByUserId: actor.userId,
      createdAt: ctx.now(),
    });
    await auditAction(tx, actor, {
      action: 'problem.accountability.create',
      objectType: 'problem',
      objectId: problemId,
      objectLabel: problemLabel(loaded.row.problem),
      scopePath: supervisingPath(loaded.place),
      result: 'success',
      details: { accountabilityId: row.id, kind: row.kind, personId: row.personId, nodeId: row.nodeId },
    });
  });
  return getProblem(ctx, actor, problemId);
}

export async function deleteAccountability(ctx: AppContext, actor: Actor, problemId: string, accountabilityId: string): Promise<ProblemDetail> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadProblem(tx, actor, problemId, true);
    requireSupervise(actor, loaded.place);
    const row = await findAccountability(tx, accountabilityId);
    if (!row || row.problemId !== problemId) throw notFound('问责记录');
    await deleteAccountabilityRow(tx, accountabilityId);
    await auditAction(tx, actor, {
      action: 'problem.accountability.delete',
      objectType: 'problem',
      objectId: problemId,
      objectLabel: problemLabel(loaded.row.problem),
      scopePath: supervisingPath(loaded.place),
      result: 'success',
      details: { accountabilityId, kind: row.kind },
    });
  });
  return getProblem(ctx, actor, problemId);
}
