import {
  type BranchGrid,
  type CityOverview,
  type ProgrammeCode,
  type RequirementDefinition,
  programmeByCode,
  type MyDuties,
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
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { findPersonJoined } from '../people/people.repository';
import { adoptionsOfProgramme } from '../programmes/programmes.repository';
import { todayOf } from '../people/people.service';
import { type UnitFacts, dimensionTags, factsWindow, findUnitsInScope, loadUnitFacts } from './compliance.repository';
import { WARN_DAYS, countStatuses, presentTargetResults, summaryStatus, targetLabelOf } from './compliance.presenter';
import { type RequirementTotal, dimensionRow } from './city-overview';
import { type ComplianceCell, computeUnitCompliance } from './compute';
import { ensureStored, requirementsInForce } from './store';
import { dueAndMetByUnit, findSummaries } from './store.repository';
import { countsAsOf, warningAsOf } from './summaries';

/** The 三会一课 and 主题党日 columns of the 组织生活大排查 grid. */
const GRID_REQUIREMENTS = ['org.members_meeting', 'org.committee_meeting', 'org.party_lecture', 'org.theme_day'];

/** A unit as a reader may see it: whole, or only the part their scope covers (a 支部书记's branch). */
export interface UnitAccess {
  unit: OrgNodeRow;
  scope: Scope;
  whole: boolean;
}

export async function accessUnit(ctx: AppContext, actor: Actor, unitId: string): Promise<UnitAccess> {
  const unit = await findNodeById(ctx.db, unitId);
  if (!unit || unit.kind !== 'unit') throw notFound('单位');
  const scope = scopeOf(actor, 'records.read');
  const whole = scopeCovers(scope, unit.path);
  if (!whole && !(scope.all || scope.paths.some((p) => p.startsWith(unit.path)))) throw forbidden();
  return { unit, scope, whole };
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

interface Computed {
  facts: UnitFacts;
  cells: ComplianceCell[];
}

/**
 * Some requirements of a unit computed from the ledger on request (drill-down, grid, my duties,
 * a partial reader's overview), reading only the records of their kinds; cells outside the
 * reader's reach left out.
 */
export async function computeOnRequest(ctx: AppContext, access: UnitAccess, requirements: readonly RequirementDefinition[], year: number, today: string, narrow: boolean): Promise<Computed> {
  const facts = await loadUnitFacts(ctx.db, access.unit.id, factsWindow(requirements, year, narrow), { parallel: true });
  if (!facts) throw notFound('单位');
  const cells = computeUnitCompliance(facts, requirements, year, today);
  return { facts, cells: access.whole ? cells : cells.filter((c) => cellWithin(c, facts, access.scope)) };
}

function yearOf(ctx: AppContext, year: number | undefined): { today: string; year: number } {
  const today = todayOf(ctx);
  return { today, year: year ?? Number(today.slice(0, 4)) };
}

type OverviewRow = UnitOverview['requirements'][number];

/** A partial reader's overview rows, from the cells they may see. */
export function rowsFromCells(requirements: readonly RequirementDefinition[], cells: readonly ComplianceCell[], today: string): OverviewRow[] {
  return requirements.flatMap((req) => {
    const byPeriod = new Map<string, ComplianceCell[]>();
    for (const c of cells) {
      if (c.requirementId !== req.id) continue;
      const group = byPeriod.get(c.period.key);
      if (group) group.push(c);
      else byPeriod.set(c.period.key, [c]);
    }
    if (byPeriod.size === 0) return [];
    const order = ['none', 'yellow', 'red'];
    const periods = [...byPeriod.values()].map((group) => {
      const counts = countStatuses(group);
      const first = group[0]!;
      const warning = group.map((c) => warningLevel(c.result, today, WARN_DAYS)).reduce((a, b) => (order.indexOf(b) > order.indexOf(a) ? b : a), 'none' as const);
      return { key: first.period.key, start: first.period.start, end: first.period.end, dueDate: first.result.dueDate, status: summaryStatus(counts), counts, warning };
    });
    periods.sort((a, b) => a.start.localeCompare(b.start));
    return [{ id: req.id, title: req.title, targetLabel: targetLabelOf(req), periods }];
  });
}

/** A whole-unit reader's overview rows, from the stored summaries with today's status. */
export async function rowsFromStore(ctx: AppContext, unitId: string, requirements: readonly RequirementDefinition[], year: number, today: string): Promise<OverviewRow[]> {
  await ensureStored(ctx.db, [unitId], year);
  const summaries = await findSummaries(ctx.db, unitId, year);
  return requirements.flatMap((req) => {
    const own = summaries.filter((s) => s.requirementId === req.id);
    if (own.length === 0) return [];
    const periods = own
      .map((s) => {
        const counts = countsAsOf(s, today);
        return { key: s.periodKey, start: s.periodStart, end: s.periodEnd, dueDate: s.dueDate, status: summaryStatus(counts), counts, warning: warningAsOf(s, today, WARN_DAYS) };
      })
      .sort((a, b) => a.start.localeCompare(b.start));
    return [{ id: req.id, title: req.title, targetLabel: targetLabelOf(req), periods }];
  });
}

export async function unitOverview(ctx: AppContext, actor: Actor, unitId: string, year?: number): Promise<UnitOverview> {
  const access = await accessUnit(ctx, actor, unitId);
  const { today, year: y } = yearOf(ctx, year);
  const requirements = await requirementsInForce(ctx.db, unitId);
  const rows = access.whole ? await rowsFromStore(ctx, unitId, requirements, y, today) : rowsFromCells(requirements, (await computeOnRequest(ctx, access, requirements, y, today, false)).cells, today);
  return { unitId, unitName: access.unit.name, year: y, today, requirements: rows };
}

export async function requirementDetail(ctx: AppContext, actor: Actor, unitId: string, requirementId: string, year?: number, periodKey?: string): Promise<RequirementDetail> {
  const access = await accessUnit(ctx, actor, unitId);
  const { today, year: y } = yearOf(ctx, year);
  const requirement = (await requirementsInForce(ctx.db, unitId)).find((r) => r.id === requirementId);
  if (!requirement) throw new AppError('NOT_FOUND', '本单位没有该要求，或已结合实际停用');
  const { facts, cells } = await computeOnRequest(ctx, access, [requirement], y, today, true);
  const results = presentTargetResults(
    cells.filter((c) => !periodKey || c.period.key === periodKey),
    facts,
    today,
  );
  return { requirementId, title: requirement.title, unitId, year: y, results };
}

/** 组织生活大排查: each 党支部 × 三会一课 / 主题党日 × month — how many records and the status of the period. */
export async function branchGrid(ctx: AppContext, actor: Actor, unitId: string, year?: number): Promise<BranchGrid> {
  const access = await accessUnit(ctx, actor, unitId);
  const { today, year: y } = yearOf(ctx, year);
  const inForce = await requirementsInForce(ctx.db, unitId);
  const requirements = GRID_REQUIREMENTS.flatMap((id) => inForce.filter((r) => r.id === id));
  const { facts, cells } = await computeOnRequest(ctx, access, requirements, y, today, true);
  const months = Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`);
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
  return { unitId, unitName: access.unit.name, year: y, months, requirements: requirements.map((r) => ({ id: r.id, title: r.title })), branches };
}

/** 我的任务: the signed-in person's duties whose period holds today (this week, month, quarter …). */
export async function myDuties(ctx: AppContext, actor: Actor): Promise<MyDuties> {
  if (!actor.personId) throw new AppError('NOT_FOUND', '该账号未关联人员，没有个人任务');
  const person = await findPersonJoined(ctx.db, actor.personId);
  if (!person) throw notFound('人员');
  const unit = await findNodeById(ctx.db, person.person.unitId);
  if (!unit) throw notFound('单位');
  const { today, year } = yearOf(ctx, undefined);
  const personal = (await requirementsInForce(ctx.db, unit.id)).filter((r) => (r.target.kind === 'person' || r.target.kind === 'leader_department_pair') && r.rule.kind !== 'coverage');
  // The person's own duties are theirs to see whatever their roles: computed for the whole unit, kept to them.
  const { facts, cells } = await computeOnRequest(ctx, { unit, scope: { all: true }, whole: true }, personal, year, today, true);
  const mine = cells.filter((c) => c.target.type !== 'org' && c.target.personId === actor.personId && c.period.start <= today && (c.period.end >= today || c.result.status !== 'met'));
  const current = mine.filter((c) => c.period.end >= today || periodOf('year', today).key === c.period.key);
  const titles = new Map(personal.map((r) => [r.id, r.title]));
  const results = presentTargetResults(current, facts, today);
  return {
    personId: person.person.id,
    personName: person.person.name,
    today,
    duties: current.map((c, i) => ({ ...results[i]!, requirementId: c.requirementId, title: titles.get(c.requirementId) ?? c.requirementId })),
  };
}

/**
 * The 工委's overview: every unit in reach × the dimensions of a programme, each cell the share of
 * due requirement cells that are met — one aggregate over the stored summaries (units not stored
 * yet are computed first).
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
  const { today, year } = yearOf(ctx, query.year);
  const units = await findUnitsInScope(ctx.db, scope, under);
  const unitIds = units.map((u) => u.id);
  await ensureStored(ctx.db, unitIds, year);
  const totals = await dueAndMetByUnit(ctx.db, unitIds, year, today);
  const programme = programmeByCode(query.programme);
  const tags = await dimensionTags(ctx.db, [...new Set(totals.map((t) => t.requirementId))]);
  const adoptions = await adoptionsOfProgramme(ctx.db, query.programme);
  const byUnit = new Map<string, RequirementTotal[]>();
  for (const t of totals) {
    const list = byUnit.get(t.unitId);
    if (list) list.push(t);
    else byUnit.set(t.unitId, [t]);
  }
  return {
    year,
    today,
    programme: programme.code,
    dimensions: programme.dimensions.map((d) => ({ code: d.code, name: d.name, group: d.group })),
    units: units.map((unit) => ({ unitId: unit.id, unitName: unit.name, adoptedAt: adoptions.get(unit.id) ?? null, cells: dimensionRow(byUnit.get(unit.id) ?? [], tags, query.programme) })),
  };
}
