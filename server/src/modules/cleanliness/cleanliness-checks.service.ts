import {
  type CleanlinessCheck,
  type CleanlinessCheckListQuery,
  type CleanlinessCheckSummary,
  type CleanlinessHistory,
  type CleanlinessHistoryQuery,
  type DrawCleanlinessCheckRequest,
  type PublishCleanlinessCheckRequest,
  type SaveCleanlinessScoresRequest,
  type CleanlinessCheckStatus,
  shanghaiDate,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { buildOfficialDocument } from '../../documents/gbt9704';
import { AppError, type FieldError, invalidField, notFound, versionConflict } from '../../errors';
import { requirePermissionAt } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { todayOf } from '../people/people.service';
import { cleanlinessBulletin, monthText } from './cleanliness-bulletin';
import { drawAtRandom } from './cleanliness-draw';
import { buildRankingWorkbook } from './cleanliness-ranking-workbook';
import { type SheetItem, maxOfScored, maxTotalOf, rankDepartments } from './cleanliness-results';
import { effectiveItems, mayWriteAt, presentItem } from './cleanliness-sheet.service';
import {
  type CleanlinessCheckJoinedRow,
  type ScoreJoinedRow,
  findCheckJoined,
  findCheckOfMonth,
  findChecksOfUnit,
  findDepartmentsOfUnit,
  findItemsByIds,
  findPublishedChecksOfDepartment,
  findScoresOfChecks,
  insertCheck,
  insertScoreRows,
  updateCheckRow,
  updateScoreRow,
} from './cleanliness.repository';

function presentSummary(row: CleanlinessCheckJoinedRow): CleanlinessCheckSummary {
  const c = row.check;
  return {
    id: c.id,
    unitId: c.unitId,
    unitName: row.unitName,
    month: c.month,
    status: c.status as CleanlinessCheckStatus,
    drawnAt: c.drawnAt.toISOString(),
    drawnByName: row.drawnByName,
    publishedAt: c.publishedAt?.toISOString() ?? null,
    departmentCount: row.departmentCount,
    scoredCount: row.scoredCount,
    version: c.version,
  };
}

async function loadCheck(db: DbOrTx, actor: Actor, id: string, permission: 'inspections.read' | 'inspections.write'): Promise<CleanlinessCheckJoinedRow> {
  const row = await findCheckJoined(db, id);
  if (!row) throw notFound('清洁机关检查');
  requirePermissionAt(actor, permission, row.unitPath);
  return row;
}

async function unitOf(db: DbOrTx, row: CleanlinessCheckJoinedRow): Promise<OrgNodeRow> {
  const unit = await findNodeById(db, row.check.unitId);
  if (!unit) throw notFound('单位');
  return unit;
}

interface CheckFacts {
  row: CleanlinessCheckJoinedRow;
  /** The unit's sheet today, and items since switched off that this month's scores still name. */
  items: ReturnType<typeof presentItem>[];
  /** Of the sheet today: what a 科室 scored now is scored on. */
  activeItems: SheetItem[];
  scores: ScoreJoinedRow[];
}

async function factsOf(db: DbOrTx, row: CleanlinessCheckJoinedRow): Promise<CheckFacts> {
  const unit = await unitOf(db, row);
  const [sheet, scores] = await Promise.all([effectiveItems(db, unit), findScoresOfChecks(db, [row.check.id])]);
  const known = new Set(sheet.map((r) => r.item.id));
  const named = [...new Set(scores.flatMap((s) => Object.keys(s.scores)))].filter((id) => !known.has(id));
  const former = await findItemsByIds(db, named);
  const items = [...sheet, ...former].map((r) => presentItem(r, unit.id));
  return { row, items, activeItems: sheet.map((r) => r.item), scores };
}

function presentCheck(actor: Actor, facts: CheckFacts): CleanlinessCheck {
  return {
    ...presentSummary(facts.row),
    items: facts.items,
    maxTotal: maxTotalOf(facts.activeItems),
    departments: rankDepartments(facts.items, facts.scores),
    canWrite: mayWriteAt(actor, facts.row.unitPath),
  };
}

export async function getCleanlinessCheck(ctx: AppContext, actor: Actor, id: string): Promise<CleanlinessCheck> {
  const row = await loadCheck(ctx.db, actor, id, 'inspections.read');
  return presentCheck(actor, await factsOf(ctx.db, row));
}

export async function listCleanlinessChecks(ctx: AppContext, actor: Actor, query: CleanlinessCheckListQuery): Promise<CleanlinessCheckSummary[]> {
  const unit = await findNodeById(ctx.db, query.unitId);
  if (!unit) throw notFound('单位');
  requirePermissionAt(actor, 'inspections.read', unit.path);
  return (await findChecksOfUnit(ctx.db, unit.id, query.year)).map(presentSummary);
}

function label(row: Pick<CleanlinessCheckJoinedRow, 'unitName'>, month: string): string {
  return `${row.unitName} ${monthText(month)}清洁机关检查`;
}

/**
 * 一抽查: N of the unit's 科室 drawn at random for the month, once per unit and month. The audit
 * entry keeps the pool, the result and the method, so the draw can be checked afterwards.
 */
export async function drawCleanlinessCheck(ctx: AppContext, actor: Actor, input: DrawCleanlinessCheckRequest): Promise<CleanlinessCheck> {
  const today = todayOf(ctx);
  const id = await ctx.db.transaction(async (tx) => {
    const unit = await findNodeById(tx, input.unitId);
    if (!unit) throw invalidField('unitId', '单位不存在');
    if (unit.kind !== 'unit') throw invalidField('unitId', '清洁机关检查按单位抽查科室，请选择单位');
    requirePermissionAt(actor, 'inspections.write', unit.path);
    if (input.month > today.slice(0, 7)) throw invalidField('month', '不能抽查以后的月份');
    const pool = await findDepartmentsOfUnit(tx, unit.id);
    if (pool.length === 0) throw invalidField('unitId', '该单位没有内设科室');
    if (input.count > pool.length) throw invalidField('count', `该单位只有${pool.length}个科室`);
    if ((await effectiveItems(tx, unit)).length === 0) throw new AppError('CONFLICT', '该单位还没有清洁机关检查表，请先设置检查项目');
    if (await findCheckOfMonth(tx, unit.id, input.month)) throw new AppError('CONFLICT', `${monthText(input.month)}已抽查，每月抽查一次`);
    const drawn = drawAtRandom(pool, input.count);
    const check = await insertCheck(tx, { unitId: unit.id, month: input.month, drawnAt: ctx.now(), drawnByUserId: actor.userId });
    if (!check) throw new AppError('CONFLICT', `${monthText(input.month)}已抽查，每月抽查一次`);
    await insertScoreRows(
      tx,
      check.id,
      drawn.map((d) => d.id),
    );
    await auditAction(tx, actor, {
      action: 'cleanliness_check.draw',
      objectType: 'cleanliness_check',
      objectId: check.id,
      objectLabel: label({ unitName: unit.name }, input.month),
      scopePath: unit.path,
      result: 'success',
      details: { month: input.month, count: input.count, method: 'crypto.randomInt', drawnAt: check.drawnAt.toISOString(), pool, drawn },
    });
    return check.id;
  });
  return getCleanlinessCheck(ctx, actor, id);
}

/** Every item of the sheet scored, each from 0 to its maximum, and nothing else. */
function checkScores(items: readonly SheetItem[], scores: Record<string, number>): void {
  const errors: FieldError[] = [];
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const key of Object.keys(scores)) if (!byId.has(key)) errors.push({ field: `scores.${key}`, message: '不是本单位检查表中的项目' });
  for (const item of items) {
    const points = scores[item.id];
    if (points === undefined) errors.push({ field: `scores.${item.id}`, message: `请为“${item.title}”打分` });
    else if (points > item.maxScore) errors.push({ field: `scores.${item.id}`, message: `“${item.title}”满分${item.maxScore}分` });
  }
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors.map((e) => `${e.field}：${e.message}`).join('；'), errors);
}

/** 一评比: one drawn 科室's scores on the unit's current sheet, until the month is published. */
export async function saveCleanlinessScores(ctx: AppContext, actor: Actor, id: string, departmentId: string, input: SaveCleanlinessScoresRequest): Promise<CleanlinessCheck> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadCheck(tx, actor, id, 'inspections.write');
    const drawn = (await findScoresOfChecks(tx, [id])).find((s) => s.departmentId === departmentId);
    if (!drawn) throw notFound('本月抽查的科室');
    if (row.check.version !== input.version) throw versionConflict();
    if (row.check.status !== 'drawn') throw new AppError('CONFLICT', '本月检查已通报，评分不能再修改');
    const items = (await effectiveItems(tx, await unitOf(tx, row))).map((r) => r.item);
    checkScores(items, input.scores);
    const total = Object.values(input.scores).reduce((sum, p) => sum + p, 0);
    const note = input.note || null;
    await updateScoreRow(tx, id, departmentId, { scores: input.scores, total, note, scoredByUserId: actor.userId, scoredAt: ctx.now() });
    if (!(await updateCheckRow(tx, id, input.version, {}))) throw versionConflict();
    await auditAction(tx, actor, {
      action: 'cleanliness_check.score',
      objectType: 'cleanliness_check',
      objectId: id,
      objectLabel: `${label(row, row.check.month)} ${drawn.departmentName}`,
      scopePath: row.unitPath,
      result: 'success',
      details: { departmentId, departmentName: drawn.departmentName, total, scores: input.scores, before: drawn.total === null ? null : { total: drawn.total, scores: drawn.scores } },
    });
  });
  return getCleanlinessCheck(ctx, actor, id);
}

function requireAllScored(row: CleanlinessCheckJoinedRow): void {
  const missing = row.departmentCount - row.scoredCount;
  if (missing > 0) throw new AppError('CONFLICT', `尚有${missing}个抽查科室未评分`);
}

/** 一通报: the month is closed; its ranking enters each 科室's history for the 平时考核. */
export async function publishCleanlinessCheck(ctx: AppContext, actor: Actor, id: string, input: PublishCleanlinessCheckRequest): Promise<CleanlinessCheck> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadCheck(tx, actor, id, 'inspections.write');
    if (row.check.version !== input.version) throw versionConflict();
    if (row.check.status !== 'drawn') throw new AppError('CONFLICT', '本月检查已通报');
    requireAllScored(row);
    if (!(await updateCheckRow(tx, id, input.version, { status: 'published', publishedAt: ctx.now() }))) throw versionConflict();
    const facts = await factsOf(tx, row);
    await auditAction(tx, actor, {
      action: 'cleanliness_check.publish',
      objectType: 'cleanliness_check',
      objectId: id,
      objectLabel: label(row, row.check.month),
      scopePath: row.unitPath,
      result: 'success',
      details: { ranking: rankDepartments(facts.items, facts.scores).map((r) => ({ departmentId: r.departmentId, departmentName: r.departmentName, total: r.total, rank: r.rank })) },
    });
  });
  return getCleanlinessCheck(ctx, actor, id);
}

function fileName(row: CleanlinessCheckJoinedRow, what: string, extension: string): string {
  return `${row.unitName}${monthText(row.check.month)}清洁机关${what}.${extension}`;
}

export async function cleanlinessBulletinDocx(ctx: AppContext, actor: Actor, id: string): Promise<{ buffer: Buffer; fileName: string }> {
  const row = await loadCheck(ctx.db, actor, id, 'inspections.read');
  requireAllScored(row);
  const facts = await factsOf(ctx.db, row);
  const document = cleanlinessBulletin({
    unitName: row.unitName,
    month: row.check.month,
    drawnOn: shanghaiDate(row.check.drawnAt),
    date: row.check.publishedAt ? shanghaiDate(row.check.publishedAt) : todayOf(ctx),
    items: facts.items,
    maxTotal: maxTotalOf(facts.activeItems),
    results: rankDepartments(facts.items, facts.scores),
  });
  return { buffer: await buildOfficialDocument(document), fileName: fileName(row, '检查通报', 'docx') };
}

export async function cleanlinessRankingXlsx(ctx: AppContext, actor: Actor, id: string): Promise<{ buffer: Buffer; fileName: string }> {
  const row = await loadCheck(ctx.db, actor, id, 'inspections.read');
  const facts = await factsOf(ctx.db, row);
  const buffer = await buildRankingWorkbook(row.check.month, facts.items, maxTotalOf(facts.activeItems), rankDepartments(facts.items, facts.scores));
  return { buffer, fileName: fileName(row, '评比排名', 'xlsx') };
}

/** A 科室's published results month by month: its total, the most it could score, and its place. */
export async function cleanlinessHistory(ctx: AppContext, actor: Actor, departmentId: string, query: CleanlinessHistoryQuery): Promise<CleanlinessHistory> {
  const department = await findNodeById(ctx.db, departmentId);
  if (!department || department.kind !== 'department') throw notFound('科室');
  requirePermissionAt(actor, 'inspections.read', department.path);
  const unit = department.unitId ? await findNodeById(ctx.db, department.unitId) : null;
  const checks = await findPublishedChecksOfDepartment(ctx.db, department.id, query.year);
  const scores = await findScoresOfChecks(
    ctx.db,
    checks.map((c) => c.id),
  );
  const items = (await findItemsByIds(ctx.db, [...new Set(scores.flatMap((s) => Object.keys(s.scores)))])).map((r) => r.item);
  const entries = checks.flatMap((check) => {
    const results = rankDepartments(
      items,
      scores.filter((s) => s.checkId === check.id),
    );
    const own = results.find((r) => r.departmentId === department.id);
    if (!own || own.total === null || own.rank === null) return [];
    return [
      {
        checkId: check.id,
        month: check.month,
        total: own.total,
        maxTotal: maxOfScored(items, own.scores),
        rank: own.rank,
        rankedCount: results.filter((r) => r.rank !== null).length,
        note: own.note,
        publishedAt: (check.publishedAt ?? check.drawnAt).toISOString(),
      },
    ];
  });
  return { departmentId: department.id, departmentName: department.name, unitName: unit?.name ?? '', entries };
}
