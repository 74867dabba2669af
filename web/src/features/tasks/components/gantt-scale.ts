import { ROADMAP_YEARS, isoDate, lastDayOfMonth, toDayNumber, type TaskItem, type TaskPlanKind } from '@mofan/shared';

export interface GanttTick {
  label: string;
  from: string;
  to: string;
}

export interface GanttScale {
  from: string;
  to: string;
  ticks: GanttTick[];
}

/**
 * The time a plan spans, in the columns that suit it: the five years of a 路线图, the days of a
 * 月度施工图, the months of the year for every other list.
 */
export function ganttScale(plan: { kind: TaskPlanKind; year: number | null; month: number | null }, fallbackYear: number): GanttScale {
  const year = plan.year ?? fallbackYear;
  if (plan.kind === 'five_year_roadmap') {
    const ticks = Array.from({ length: ROADMAP_YEARS }, (_, i) => ({ label: `${year + i}年`, from: isoDate(year + i, 1, 1), to: isoDate(year + i, 12, 31) }));
    return { from: ticks[0]!.from, to: ticks.at(-1)!.to, ticks };
  }
  if (plan.kind === 'monthly_plan' && plan.month) {
    const last = lastDayOfMonth(year, plan.month);
    const ticks = Array.from({ length: last }, (_, i) => ({ label: String(i + 1), from: isoDate(year, plan.month!, i + 1), to: isoDate(year, plan.month!, i + 1) }));
    return { from: ticks[0]!.from, to: ticks.at(-1)!.to, ticks };
  }
  const ticks = Array.from({ length: 12 }, (_, i) => ({ label: `${i + 1}月`, from: isoDate(year, i + 1, 1), to: isoDate(year, i + 1, lastDayOfMonth(year, i + 1)) }));
  return { from: ticks[0]!.from, to: ticks.at(-1)!.to, ticks };
}

/** Where a date falls across the scale, in percent of its width (the end of the day), clamped to the scale. */
export function positionOf(scale: GanttScale, date: string, edge: 'start' | 'end' = 'start'): number {
  const total = toDayNumber(scale.to) - toDayNumber(scale.from) + 1;
  const offset = toDayNumber(date) - toDayNumber(scale.from) + (edge === 'end' ? 1 : 0);
  return Math.min(100, Math.max(0, (offset / total) * 100));
}

export interface GanttBar {
  start: string;
  end: string;
  /** Percent offsets of the bar across the scale. */
  left: number;
  width: number;
  /** The bar runs on before or after what the scale shows. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** From the item's creation (or its first milestone, when earlier) to its deadline; null without a deadline. */
export function barOf(scale: GanttScale, item: Pick<TaskItem, 'createdOn' | 'dueOn' | 'milestoneMarks'>): GanttBar | null {
  if (!item.dueOn) return null;
  const firstMark = item.milestoneMarks[0]?.dueOn;
  let start = firstMark && firstMark < item.createdOn ? firstMark : item.createdOn;
  if (start > item.dueOn) start = item.dueOn;
  const left = positionOf(scale, start);
  const right = positionOf(scale, item.dueOn, 'end');
  return { start, end: item.dueOn, left, width: Math.max(right - left, 0.6), clippedStart: start < scale.from, clippedEnd: item.dueOn > scale.to };
}
