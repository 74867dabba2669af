import {
  type BranchGrid,
  type CityOverview,
  type ProgrammeCode,
  type RequirementDefinition,
  programmeByCode,
  type MyDuties,
  REQUIREMENT_CATALOGUE,
  type RequirementDetail,
  type UnitOverview,
  periodOf,
  warningLevel,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { AppError, forbidden, notFound } from '../../errors';
import { requirePermission, requirePermissionAt, scopeCovers, scopeOf } from '../access/access.rules';
import type { Scope } from '../access/access.types';
import type { Actor } from '../access/access.types';
import { effectiveRequirementsAt } from '../catalogue/catalogue.service';
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { findPersonJoined } from '../people/people.repository';
import { todayOf } from '../people/people.service';
import { type UnitFacts, findUnitsInScope, loadUnitFacts } from './compliance.repository';
import { WARN_DAYS, countStatuses, presentTargetResult, summaryStatus, targetLabelOf } from './compliance.presenter';
import { dimensionRow } from './city-overview';
import { type ComplianceCell, computeUnitCompliance } from './compute';

/** The 三会一课 and 主题党日 columns of the 组织生活大排查 grid. */
const GRID_REQUIREMENTS = ['org.members_meeting', 'org.committee_meeting', 'org.party_lecture', 'org.theme_day'];

interface UnitYear {
  facts: UnitFacts;
  /** The requirements in force for the unit after the 工委's and its own localisation. */
  requirements: RequirementDefinition[];
  cells: ComplianceCell[];
  year: number;
  today: string;
}

/** Whether a cell's target lies in the reader's reach: the node, the person's 科室 or 党支部, the pair's 科室. */
function cellWithin(cell: ComplianceCell, facts: UnitFacts, scope: Scope): boolean {
  const target = cell.target;
  if (target.type === 'org') return scopeCovers(scope, target.path);
  if (target.type === 'pair') return scopeCovers(scope, target.departmentPath);
  const person = facts.people.find((p) => p.id === target.personId);
  const paths = facts.nodes.filter((n) => n.id === person?.departmentId || n.id === person?.branchId).map((n) => n.path);
  return paths.some((p) => scopeCovers(scope, p));
}

/** The requirements binding a unit: switched-off items left out, stricter rules applied. */
async function requirementsOf(ctx: AppContext, unit: OrgNodeRow): Promise<RequirementDefinition[]> {
  return (await effectiveRequirementsAt(ctx.db, unit)).filter((e) => e.enabled).map((e) => e.requirement);
}

/**
 * A unit's compliance for a year, computed from the ledger on request. The window starts a year
 * early so that trigger windows crossing New Year see their records.
 */
async function computeUnitYear(ctx: AppContext, actor: Actor, unitId: string, year: number | undefined): Promise<UnitYear> {
  const unit = await findNodeById(ctx.db, unitId);
  if (!unit || unit.kind !== 'unit') throw notFound('单位');
  // A reader of part of the unit (a 支部书记 of one branch) sees the unit's views limited to that part.
  const scope = scopeOf(actor, 'records.read');
  const whole = scopeCovers(scope, unit.path);
  if (!whole && !(scope.all || scope.paths.some((p) => p.startsWith(unit.path)))) throw forbidden();
  const today = todayOf(ctx);
  const y = year ?? Number(today.slice(0, 4));
  const facts = await loadUnitFacts(ctx.db, unitId, `${y - 1}-01-01`, `${y}-12-31`);
  if (!facts) throw notFound('单位');
  const requirements = await requirementsOf(ctx, unit);
  const cells = computeUnitCompliance(facts, requirements, y, today);
  return { facts, requirements, cells: whole ? cells : cells.filter((c) => cellWithin(c, facts, scope)), year: y, today };
}

export async function unitOverview(ctx: AppContext, actor: Actor, unitId: string, year?: number): Promise<UnitOverview> {
  const { facts, requirements: inForce, cells, year: y, today } = await computeUnitYear(ctx, actor, unitId, year);
  const requirements = inForce.flatMap((req) => {
    const own = cells.filter((c) => c.requirementId === req.id);
    if (own.length === 0) return [];
    const byPeriod = new Map<string, ComplianceCell[]>();
    for (const c of own) {
      const group = byPeriod.get(c.period.key);
      if (group) group.push(c);
      else byPeriod.set(c.period.key, [c]);
    }
    const periods = [...byPeriod.values()].map((group) => {
      const counts = countStatuses(group);
      const first = group[0]!;
      const worst = group.map((c) => warningLevel(c.result, today, WARN_DAYS)).sort((a, b) => ['none', 'yellow', 'red'].indexOf(b) - ['none', 'yellow', 'red'].indexOf(a))[0] ?? 'none';
      return { key: first.period.key, start: first.period.start, end: first.period.end, status: summaryStatus(counts), counts, warning: worst };
    });
    periods.sort((a, b) => a.start.localeCompare(b.start));
    return [{ id: req.id, title: req.title, targetLabel: targetLabelOf(req), periods }];
  });
  return { unitId: facts.unit.id, unitName: facts.unit.name, year: y, today, requirements };
}

export async function requirementDetail(ctx: AppContext, actor: Actor, unitId: string, requirementId: string, year?: number, periodKey?: string): Promise<RequirementDetail> {
  if (!REQUIREMENT_CATALOGUE.some((r) => r.id === requirementId)) throw notFound('要求');
  const { facts, requirements: inForce, cells, year: y, today } = await computeUnitYear(ctx, actor, unitId, year);
  const requirement = inForce.find((r) => r.id === requirementId);
  if (!requirement) throw new AppError('NOT_FOUND', '该要求已结合实际停用，本单位不再考核');
  const results = cells
    .filter((c) => c.requirementId === requirementId && (!periodKey || c.period.key === periodKey))
    .map((c) => presentTargetResult(c, facts, today));
  return { requirementId, title: requirement.title, unitId, year: y, results };
}

/** 组织生活大排查: each 党支部 × 三会一课 / 主题党日 × month — how many records and the status of the period. */
export async function branchGrid(ctx: AppContext, actor: Actor, unitId: string, year?: number): Promise<BranchGrid> {
  const { facts, requirements: inForce, cells, year: y, today } = await computeUnitYear(ctx, actor, unitId, year);
  const months = Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`);
  const requirements = GRID_REQUIREMENTS.flatMap((id) => {
    const r = inForce.find((x) => x.id === id);
    return r ? [r] : [];
  });
  const visible = new Set(cells.filter((c) => c.target.type === 'org').map((c) => c.targetKey));
  const branches = facts.nodes
    .filter((n) => n.kind === 'branch' && visible.has(`org:${n.id}`))
    .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN'))
    .map((branch) => ({
      id: branch.id,
      name: branch.name,
      cells: requirements.flatMap((req) =>
        months.map((month) => {
          const cell = cells.find((c) => c.requirementId === req.id && c.target.type === 'org' && c.target.nodeId === branch.id && c.period.start <= `${month}-01` && c.period.end >= `${month}-01`);
          const count = facts.records.filter((r) => r.ownerPath.startsWith(branch.path) && r.occurredOn.startsWith(month) && r.kinds.some((k) => req.evidence.includes(k))).length;
          return {
            requirementId: req.id,
            month,
            count,
            status: cell?.result.status ?? 'exempt',
            warning: cell ? warningLevel(cell.result, today, WARN_DAYS) : ('none' as const),
          };
        }),
      ),
    }));
  return { unitId, unitName: facts.unit.name, year: y, months, requirements: requirements.map((r) => ({ id: r.id, title: r.title })), branches };
}

/** 我的任务: the signed-in person's duties whose period holds today (this week, month, quarter …). */
export async function myDuties(ctx: AppContext, actor: Actor): Promise<MyDuties> {
  if (!actor.personId) throw new AppError('NOT_FOUND', '该账号未关联人员，没有个人任务');
  const person = await findPersonJoined(ctx.db, actor.personId);
  if (!person) throw notFound('人员');
  const today = todayOf(ctx);
  const year = Number(today.slice(0, 4));
  const facts = await loadUnitFacts(ctx.db, person.person.unitId, `${year - 1}-01-01`, `${year}-12-31`);
  const unit = await findNodeById(ctx.db, person.person.unitId);
  if (!facts || !unit) throw notFound('单位');
  const cells = computeUnitCompliance(facts, await requirementsOf(ctx, unit), year, today).filter(
    (c) => c.target.type !== 'org' && c.target.personId === actor.personId && c.period.start <= today && (c.period.end >= today || c.result.status !== 'met'),
  );
  const titles = new Map(REQUIREMENT_CATALOGUE.map((r) => [r.id, r.title]));
  const current = cells.filter((c) => c.period.end >= today || periodOf('year', today).key === c.period.key);
  return {
    personId: person.person.id,
    personName: person.person.name,
    today,
    duties: current.map((c) => ({ ...presentTargetResult(c, facts, today), requirementId: c.requirementId, title: titles.get(c.requirementId) ?? c.requirementId })),
  };
}

/**
 * The 工委's overview: every unit in reach × the dimensions of a programme, each cell the share of
 * due requirement cells that are met. Computed unit by unit from the ledger on request.
 */
export async function cityOverview(ctx: AppContext, actor: Actor, query: { year?: number | undefined; programme: ProgrammeCode; nodeId?: string | undefined }): Promise<CityOverview> {
  const scope = requirePermission(actor, 'records.read');
  let under: string | null = null;
  if (query.nodeId) {
    const node = await findNodeById(ctx.db, query.nodeId);
    if (!node) throw new AppError('VALIDATION_FAILED', 'nodeId：组织不存在', [{ field: 'nodeId', message: '组织不存在' }]);
    requirePermissionAt(actor, 'records.read', node.path);
    under = node.path;
  }
  const today = todayOf(ctx);
  const year = query.year ?? Number(today.slice(0, 4));
  const units = await findUnitsInScope(ctx.db, scope, under);
  const rows: CityOverview['units'] = [];
  for (const unit of units) {
    const [facts, node] = await Promise.all([loadUnitFacts(ctx.db, unit.id, `${year - 1}-01-01`, `${year}-12-31`), findNodeById(ctx.db, unit.id)]);
    if (!facts || !node) continue;
    rows.push({ unitId: unit.id, unitName: unit.name, cells: dimensionRow(computeUnitCompliance(facts, await requirementsOf(ctx, node), year, today), query.programme) });
  }
  const programme = programmeByCode(query.programme);
  return { year, today, programme: programme.code, dimensions: programme.dimensions.map((d) => ({ code: d.code, name: d.name, group: d.group })), units: rows };
}
