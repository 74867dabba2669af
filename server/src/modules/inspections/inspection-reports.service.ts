import type { InspectionExportQuery, InspectionReportQuery, InspectionSummary, ProblemExportQuery, RectificationExportQuery } from '@mofan/shared';
import type { AppContext } from '../../context';
import { buildOfficialDocument } from '../../documents/gbt9704';
import { AppError, forbidden, invalidField, notFound } from '../../errors';
import { scopeCovers } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { todayOf } from '../people/people.service';
import { reachOf, requireSomeReach } from './inspection-access';
import { type BulletinIssuer, inspectionBulletin } from './inspection-bulletin';
import { findInspections } from './inspections.repository';
import { inspectionFilterOf, loadInspection, summariesOf as inspectionSummariesOf } from './inspections.service';
import { type LedgerProblem, buildProblemLedger } from './problem-ledger-workbook';
import { type ProblemFilter, type ProblemJoinedRow, findAccountabilities, findProblems } from './problems.repository';
import { problemFilterOf, repeatsOf } from './problems.service';
import { presentRectificationSummary } from './rectifications.presenter';
import { findRectifications, findVerificationSummaries } from './rectifications.repository';
import { rectificationFilterOf } from './rectifications.service';
import { lightDayOf } from './supervision-day';
import { buildInspectionList, buildRectificationList } from './supervision-workbooks';

export interface ExportFile {
  buffer: Buffer;
  fileName: string;
}

/** What the 台账 and the 通报 say about each problem: its repeats, 问责 and verification. */
async function ledgerEntries(ctx: AppContext, rows: ProblemJoinedRow[]): Promise<LedgerProblem[]> {
  const rectificationIds = rows.flatMap((r) => (r.rectification ? [r.rectification.id] : []));
  const [repeats, accountabilities, verifications] = await Promise.all([
    repeatsOf(ctx.db, rows),
    findAccountabilities(ctx.db, rows.map((r) => r.problem.id)),
    findVerificationSummaries(ctx.db, rectificationIds),
  ]);
  return rows.map((row) => ({
    row,
    repeats: repeats.get(row.problem.id)!,
    accountabilities: accountabilities.filter((a) => a.accountability.problemId === row.problem.id),
    verification: row.rectification ? (verifications.get(row.rectification.id) ?? null) : null,
  }));
}

/**
 * Who issues the 通报 of a node: a city's or 县区's 直属机关工委 for its units; a unit for its own
 * 科室; a 科室 under its unit's name, to that 科室.
 */
async function issuerOf(ctx: AppContext, node: OrgNodeRow): Promise<BulletinIssuer> {
  if (node.kind === 'city' || node.kind === 'district') {
    return { issuer: `${node.name}直属机关工委`, scopeName: node.kind === 'city' ? '全市直属机关' : '本县区直属机关', addressee: '各有关单位' };
  }
  if (node.kind === 'unit') return { issuer: node.name, scopeName: '本单位', addressee: '机关各科室' };
  const unit = node.unitId ? await findNodeById(ctx.db, node.unitId) : null;
  if (!unit) return { issuer: node.name, scopeName: node.name, addressee: '各有关单位' };
  return { issuer: unit.name, scopeName: node.name, addressee: node.name };
}

interface LoadedReport {
  node: OrgNodeRow;
  inspection: InspectionSummary | null;
  from: string;
  to: string;
  inspections: InspectionSummary[];
  problems: ProblemJoinedRow[];
  /** How the file is named: the check's title, or the node and the period. */
  label: string;
}

/**
 * One check's problems (a check the reader sees), or those of a node's subtree found in a period
 * (inspections.read over the node); `published` keeps to what the units concerned see already.
 */
async function loadReport(ctx: AppContext, actor: Actor, query: InspectionReportQuery, published: boolean): Promise<LoadedReport> {
  if (!query.inspectionId && !query.nodeId) throw invalidField('nodeId', '请指定一次检查（inspectionId）或一个组织（nodeId）');
  if (query.inspectionId && query.nodeId) throw invalidField('inspectionId', '检查与组织只能指定一项');
  const reach = reachOf(actor);
  if (query.inspectionId) {
    const loaded = await loadInspection(ctx.db, actor, query.inspectionId);
    if (published && loaded.head.inspection.status !== 'done') throw new AppError('CONFLICT', '该检查尚未完成，完成后才能通报');
    const node = await findNodeById(ctx.db, loaded.head.inspection.organizerNodeId);
    if (!node) throw notFound('组织检查的单位');
    const [summary] = await inspectionSummariesOf(ctx.db, reach, [loaded.head]);
    const { rows } = await findProblems(ctx.db, reach, { inspectionId: query.inspectionId, published }, 1, null, 'oldest');
    const i = loaded.head.inspection;
    return { node, inspection: summary!, from: i.plannedOn, to: i.doneOn ?? todayOf(ctx), inspections: [summary!], problems: rows, label: i.title };
  }
  const node = await findNodeById(ctx.db, query.nodeId!);
  if (!node) throw notFound('组织');
  if (!scopeCovers(requireSomeReach(actor).read, node.path)) throw forbidden();
  const to = query.to ?? todayOf(ctx);
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw invalidField('to', '截止日期不能早于起始日期');
  const filter: ProblemFilter = { nodePath: node.path, foundFrom: from, foundTo: to, published };
  const [{ rows }, checks] = await Promise.all([
    findProblems(ctx.db, reach, filter, 1, null, 'oldest'),
    findInspections(ctx.db, reach, { nodePath: node.path, status: 'done', doneFrom: from, doneTo: to }, 1, null),
  ]);
  const inspections = (await inspectionSummariesOf(ctx.db, reach, checks.rows)).sort((a, b) => (a.doneOn ?? '').localeCompare(b.doneOn ?? ''));
  return { node, inspection: null, from, to, inspections, problems: rows, label: `${node.name}（${from}至${to}）` };
}

export async function inspectionBulletinDocx(ctx: AppContext, actor: Actor, query: InspectionReportQuery): Promise<ExportFile> {
  const loaded = await loadReport(ctx, actor, query, true);
  const [problems, day, issuer] = await Promise.all([ledgerEntries(ctx, loaded.problems), lightDayOf(ctx), issuerOf(ctx, loaded.node)]);
  const document = inspectionBulletin({ issuer, inspection: loaded.inspection, period: { from: loaded.from, to: loaded.to }, inspections: loaded.inspections, problems, day });
  return { buffer: await buildOfficialDocument(document), fileName: `${loaded.label}督查通报.docx` };
}

export async function problemLedgerXlsx(ctx: AppContext, actor: Actor, query: InspectionReportQuery): Promise<ExportFile> {
  const loaded = await loadReport(ctx, actor, query, false);
  const [problems, day] = await Promise.all([ledgerEntries(ctx, loaded.problems), lightDayOf(ctx)]);
  return { buffer: await buildProblemLedger(problems, day), fileName: `${loaded.label}问题整改台账.xlsx` };
}

// ── List exports: what each list shows, every row ────────────────────────────

export async function exportInspections(ctx: AppContext, actor: Actor, query: InspectionExportQuery): Promise<ExportFile> {
  const reach = requireSomeReach(actor);
  const { rows } = await findInspections(ctx.db, reach, await inspectionFilterOf(ctx.db, query), 1, null);
  return { buffer: await buildInspectionList(await inspectionSummariesOf(ctx.db, reach, rows)), fileName: `督查检查（${todayOf(ctx)}）.xlsx` };
}

export async function exportProblems(ctx: AppContext, actor: Actor, query: ProblemExportQuery): Promise<ExportFile> {
  const reach = requireSomeReach(actor);
  const { rows } = await findProblems(ctx.db, reach, await problemFilterOf(ctx.db, query), 1, null);
  const [problems, day] = await Promise.all([ledgerEntries(ctx, rows), lightDayOf(ctx)]);
  return { buffer: await buildProblemLedger(problems, day), fileName: `问题清单（${todayOf(ctx)}）.xlsx` };
}

export async function exportRectifications(ctx: AppContext, actor: Actor, query: RectificationExportQuery): Promise<ExportFile> {
  const reach = requireSomeReach(actor);
  const day = await lightDayOf(ctx);
  const { rows } = await findRectifications(ctx.db, reach, await rectificationFilterOf(ctx.db, query), day, 1, null);
  return { buffer: await buildRectificationList(rows.map((r) => presentRectificationSummary(r, day))), fileName: `整改清单（${todayOf(ctx)}）.xlsx` };
}
