/**
 * The figures of 督办统计, from directive rows and the working-day calendar: per 承办 unit and
 * 科室, how many, how many closed, closed on time, overdue now, the average handling time.
 */
import {
  DIRECTIVE_STATUSES,
  type DirectiveFigures,
  type DirectiveFiguresRow,
  type DirectiveLight,
  type DirectiveStatus,
  type OverdueDirective,
  type WorkingCalendar,
  countWorkingDays,
  directiveEffectiveDueOn,
  directiveLight,
  directiveLightDay,
  isDirectiveDone,
  shanghaiDate,
} from '@mofan/shared';
import type { ReportDirectiveRow } from './directive-reports.repository';

/** One directive with what the reports derive from it. */
export interface DirectiveFacts {
  row: ReportDirectiveRow;
  status: DirectiveStatus;
  effectiveDueOn: string;
  /** 销号: reviewed and closed. */
  closed: boolean;
  /** The date of the 办结 (the completion the supervisor accepted, or awaits to review). */
  doneOn: string | null;
  /** Working days from 立项 to 办结. */
  workingDays: number | null;
  onTime: boolean | null;
  light: DirectiveLight;
  /** Working days past the limit, for a directive not done and past it. */
  overdueWorkingDays: number | null;
}

function statusOf(value: string): DirectiveStatus {
  const status = DIRECTIVE_STATUSES.find((s) => s === value);
  if (!status) throw new Error(`directive with an unknown status: ${value}`);
  return status;
}

export function directiveFacts(calendar: WorkingCalendar, today: string, rows: ReportDirectiveRow[]): DirectiveFacts[] {
  const lightDay = directiveLightDay(calendar, today);
  return rows.map((row) => {
    const status = statusOf(row.status);
    const effectiveDueOn = directiveEffectiveDueOn(row);
    const doneAt = isDirectiveDone(status) ? (row.completedAt ?? row.closedAt) : null;
    const doneOn = doneAt ? shanghaiDate(doneAt) : null;
    const light = directiveLight(lightDay, { status, dueOn: row.dueOn, extendedDueOn: row.extendedDueOn });
    return {
      row,
      status,
      effectiveDueOn,
      closed: status === 'closed',
      doneOn,
      workingDays: doneOn ? countWorkingDays(calendar, row.registeredOn, doneOn) : null,
      onTime: doneOn ? doneOn <= effectiveDueOn : null,
      light,
      overdueWorkingDays: light === 'red' ? countWorkingDays(calendar, effectiveDueOn, today) : null,
    };
  });
}

/**
 * 按期办结率 counts what can already be judged: every closed directive (on time or late) and
 * every one still open past its limit (late whatever happens); open ones within their limit are
 * left out until they are settled.
 */
export function figuresOf(facts: DirectiveFacts[]): DirectiveFigures {
  const closed = facts.filter((f) => f.closed);
  const closedOnTime = closed.filter((f) => f.onTime).length;
  const overdue = facts.filter((f) => f.light === 'red').length;
  const judged = closed.length + overdue;
  const days = closed.map((f) => f.workingDays ?? 0);
  return {
    total: facts.length,
    closed: closed.length,
    closedOnTime,
    overdue,
    onTimeRate: judged === 0 ? null : Math.round((closedOnTime / judged) * 10000) / 10000,
    averageWorkingDays: days.length === 0 ? null : Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10,
    extensionsApproved: facts.reduce((n, f) => n + f.row.extensionsApproved, 0),
  };
}

interface Group {
  nodeId: string;
  nodeName: string;
  unitName: string | null;
  order: [number, string, number, string];
  facts: DirectiveFacts[];
}

function groupRows(facts: DirectiveFacts[], keyOf: (f: DirectiveFacts) => Omit<Group, 'facts'> | null): DirectiveFiguresRow[] {
  const groups = new Map<string, Group>();
  for (const f of facts) {
    const key = keyOf(f);
    if (!key) continue;
    const group = groups.get(key.nodeId) ?? { ...key, facts: [] };
    group.facts.push(f);
    groups.set(key.nodeId, group);
  }
  const collator = new Intl.Collator('zh-Hans-CN');
  return [...groups.values()]
    .sort((a, b) => a.order[0] - b.order[0] || collator.compare(a.order[1], b.order[1]) || a.order[2] - b.order[2] || collator.compare(a.order[3], b.order[3]))
    .map((g) => ({ nodeId: g.nodeId, nodeName: g.nodeName, unitName: g.unitName, ...figuresOf(g.facts) }));
}

/** The 承办's unit; a 承办 above the units (a 县区) stands for itself. */
function byUnit(f: DirectiveFacts): Omit<Group, 'facts'> {
  const r = f.row;
  const name = r.leadUnitName ?? r.leadNodeName;
  return { nodeId: r.leadUnitId ?? r.leadNodeId, nodeName: name, unitName: null, order: [r.leadUnitSortOrder ?? r.leadSortOrder, name, 0, ''] };
}

/** The 承办 itself when it is a 科室 (or another body) inside a unit. */
function byDepartment(f: DirectiveFacts): Omit<Group, 'facts'> | null {
  const r = f.row;
  if (r.leadNodeKind === 'unit' || !r.leadUnitId) return null;
  return { nodeId: r.leadNodeId, nodeName: r.leadNodeName, unitName: r.leadUnitName, order: [r.leadUnitSortOrder ?? 0, r.leadUnitName ?? '', r.leadSortOrder, r.leadNodeName] };
}

export interface DirectiveReport {
  totals: DirectiveFigures;
  byUnit: DirectiveFiguresRow[];
  byDepartment: DirectiveFiguresRow[];
  departmentTotals: DirectiveFigures;
  overdue: OverdueDirective[];
}

export function directiveReport(facts: DirectiveFacts[]): DirectiveReport {
  const overdue = facts
    .filter((f) => f.light === 'red')
    .sort((a, b) => (b.overdueWorkingDays ?? 0) - (a.overdueWorkingDays ?? 0) || a.effectiveDueOn.localeCompare(b.effectiveDueOn))
    .map((f) => ({
      id: f.row.id,
      code: f.row.code,
      title: f.row.title,
      leadNodeName: f.row.leadNodeName,
      leadUnitName: f.row.leadUnitName,
      registeredOn: f.row.registeredOn,
      effectiveDueOn: f.effectiveDueOn,
      overdueWorkingDays: f.overdueWorkingDays ?? 0,
    }));
  return {
    totals: figuresOf(facts),
    byUnit: groupRows(facts, byUnit),
    byDepartment: groupRows(facts, byDepartment),
    departmentTotals: figuresOf(facts.filter((f) => byDepartment(f) !== null)),
    overdue,
  };
}
