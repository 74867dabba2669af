import type { DirectiveReportQuery, DirectiveStatistics } from '@mofan/shared';
import type { AppContext } from '../../context';
import { buildOfficialDocument } from '../../documents/gbt9704';
import { invalidField, notFound } from '../../errors';
import { requirePermissionAt, scopeOf } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { loadWorkingCalendar } from '../calendar/calendar.repository';
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { todayOf } from '../people/people.service';
import { type BulletinIssuer, directiveBulletin } from './directive-bulletin';
import { buildDirectiveLedger } from './directive-ledger-workbook';
import { findReportDirectives } from './directive-reports.repository';
import { type DirectiveFacts, directiveFacts, directiveReport } from './directive-statistics';

interface LoadedReport {
  node: OrgNodeRow;
  from: string;
  to: string;
  today: string;
  facts: DirectiveFacts[];
}

/**
 * The directives of a node's subtree in the period, for a reader with directives.read over the
 * node: a supervising office reads what it supervises, a unit or 科室 what it handles.
 */
async function loadReport(ctx: AppContext, actor: Actor, query: DirectiveReportQuery): Promise<LoadedReport> {
  const node = await findNodeById(ctx.db, query.nodeId);
  if (!node) throw notFound('组织');
  requirePermissionAt(actor, 'directives.read', node.path);
  const today = todayOf(ctx);
  const to = query.to ?? today;
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw invalidField('to', '截止日期不能早于起始日期');
  const [rows, calendar] = await Promise.all([findReportDirectives(ctx.db, scopeOf(actor, 'directives.read'), node.path, from, to), loadWorkingCalendar(ctx.db)]);
  return { node, from, to, today, facts: directiveFacts(calendar, today, rows) };
}

function statisticsOf(loaded: LoadedReport): DirectiveStatistics {
  return { nodeId: loaded.node.id, nodeName: loaded.node.name, from: loaded.from, to: loaded.to, today: loaded.today, ...directiveReport(loaded.facts) };
}

export async function getDirectiveStatistics(ctx: AppContext, actor: Actor, query: DirectiveReportQuery): Promise<DirectiveStatistics> {
  return statisticsOf(await loadReport(ctx, actor, query));
}

/**
 * Who issues the 通报 of a subtree: a city's or 县区's 直属机关工委 for its units; a unit for its
 * own 科室; a 科室 or a party body inside a unit under its unit's name, to that body.
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

function fileName(what: string, loaded: LoadedReport, extension: string): string {
  return `${loaded.node.name}${what}（${loaded.from}至${loaded.to}）.${extension}`;
}

export async function directiveBulletinDocx(ctx: AppContext, actor: Actor, query: DirectiveReportQuery): Promise<{ buffer: Buffer; fileName: string }> {
  const loaded = await loadReport(ctx, actor, query);
  const document = directiveBulletin(statisticsOf(loaded), await issuerOf(ctx, loaded.node));
  return { buffer: await buildOfficialDocument(document), fileName: fileName('督办情况通报', loaded, 'docx') };
}

export async function directiveLedgerXlsx(ctx: AppContext, actor: Actor, query: DirectiveReportQuery): Promise<{ buffer: Buffer; fileName: string }> {
  const loaded = await loadReport(ctx, actor, query);
  return { buffer: await buildDirectiveLedger(loaded.facts), fileName: fileName('督办台账', loaded, 'xlsx') };
}
