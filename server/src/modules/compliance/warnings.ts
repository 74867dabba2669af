import { type ComplianceWarning, type ComplianceWarnings, addDays } from '@mofan/shared';
import type { AppContext } from '../../context';
import { scopeOf } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { findNodeById } from '../org/org.repository';
import { findPersonJoined } from '../people/people.repository';
import { todayOf } from '../people/people.service';
import { findUnitsInReach } from './compliance.repository';
import { computeOnRequest, myDuties, rowsFromCells, rowsFromStore } from './compliance.service';
import { requirementsInForce } from './store';

/** More units than this (a 工委, a system administrator): their reminders are the city overview's job. */
const MAX_UNITS = 10;
/** A red reminder is news for a month after its due date; older gaps stay visible in the overviews. */
const RED_FOR_DAYS = 30;
const MAX_ITEMS = 200;

const byUrgency = (a: ComplianceWarning, b: ComplianceWarning) =>
  a.level !== b.level ? (a.level === 'red' ? -1 : 1) : a.level === 'red' ? b.dueDate.localeCompare(a.dueDate) : a.dueDate.localeCompare(b.dueDate);

function recent(level: 'none' | 'yellow' | 'red', dueDate: string, today: string): level is 'yellow' | 'red' {
  return level === 'yellow' || (level === 'red' && dueDate >= addDays(today, -RED_FOR_DAYS));
}

/** The signed-in person's own duties that are due soon or overdue. */
async function mine(ctx: AppContext, actor: Actor, today: string): Promise<ComplianceWarning[]> {
  if (!actor.personId) return [];
  const person = await findPersonJoined(ctx.db, actor.personId);
  if (!person) return [];
  const unit = await findNodeById(ctx.db, person.person.unitId);
  const duties = await myDuties(ctx, actor);
  return duties.duties.flatMap((d) =>
    recent(d.warning, d.dueDate, today)
      ? [{ level: d.warning, scope: 'mine' as const, unitId: person.person.unitId, unitName: unit?.name ?? '', requirementId: d.requirementId, title: d.title, periodKey: d.periodKey, dueDate: d.dueDate, summary: `已完成 ${d.done}/${d.needed}` }]
      : [],
  );
}

/**
 * 提醒 (issue 3 §4): what is due within the warning days and not met (黄), and what went overdue
 * in the last month (红) — the reader's own duties, and for the units, 科室 and 支部 they look after,
 * each requirement period with targets short. Nothing to tick off: a reminder goes away when the
 * record that meets it is entered.
 */
export async function complianceWarnings(ctx: AppContext, actor: Actor): Promise<ComplianceWarnings> {
  const today = todayOf(ctx);
  const year = Number(today.slice(0, 4));
  const items = await mine(ctx, actor, today);
  const scope = scopeOf(actor, 'records.read');
  const units = await findUnitsInReach(ctx.db, scope, MAX_UNITS);
  const tooManyUnits = units.length > MAX_UNITS;
  if (!tooManyUnits) {
    for (const unit of units) {
      const node = await findNodeById(ctx.db, unit.id);
      if (!node) continue;
      const whole = scope.all || scope.paths.some((p) => unit.path.startsWith(p));
      const requirements = await requirementsInForce(ctx.db, unit.id);
      const rows = whole
        ? await rowsFromStore(ctx, unit.id, requirements, year, today)
        : rowsFromCells(requirements, (await computeOnRequest(ctx, { unit: node, scope, whole: false }, requirements, year, today, false)).cells, today);
      for (const row of rows) {
        for (const p of row.periods) {
          const dueDate = p.dueDate;
          if (!recent(p.warning, dueDate, today)) continue;
          const short = p.counts.total - p.counts.met - p.counts.exempt;
          items.push({ level: p.warning, scope: 'unit', unitId: unit.id, unitName: unit.name, requirementId: row.id, title: row.title, periodKey: p.key, dueDate, summary: `${row.targetLabel}：${short} 个对象未完成（共 ${p.counts.total - p.counts.exempt} 个）` });
        }
      }
    }
  }
  items.sort(byUrgency);
  return {
    today,
    red: items.filter((i) => i.level === 'red').length,
    yellow: items.filter((i) => i.level === 'yellow').length,
    items: items.slice(0, MAX_ITEMS),
    truncated: items.length > MAX_ITEMS,
    tooManyUnits,
  };
}
