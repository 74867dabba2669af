/** Date helpers of the calendar pages: month grids, Chinese date labels and holiday runs. */
import { type CalendarDay, addDays, isoDate, isoWeekday, lastDayOfMonth } from '@mofan/shared';

export const WEEKDAY_LABELS = ['一', '二', '三', '四', '五', '六', '日'];

/** The weeks of a month, Monday first; days outside the month are null. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const cells: (string | null)[] = Array.from({ length: isoWeekday(isoDate(year, month, 1)) - 1 }, () => null);
  for (let day = 1; day <= lastDayOfMonth(year, month); day++) cells.push(isoDate(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}

/** 2025年10月13日（周一） */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日（周${WEEKDAY_LABELS[isoWeekday(date) - 1]}）`;
}

/** 10月1日 */
function shortDate(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日`;
}

export interface HolidayRun {
  name: string;
  from: string;
  to: string;
  days: number;
  /** The 调休 working days that carry the same name. */
  workdays: string[];
}

/** 10月1日—8日, or 1月28日—2月4日 */
export function runLabel(run: { from: string; to: string }): string {
  if (run.from === run.to) return shortDate(run.from);
  const sameMonth = run.from.slice(0, 7) === run.to.slice(0, 7);
  return `${shortDate(run.from)}—${sameMonth ? `${Number(run.to.slice(8))}日` : shortDate(run.to)}`;
}

export function shortDateLabel(date: string): string {
  return `${shortDate(date)}（周${WEEKDAY_LABELS[isoWeekday(date) - 1]}）`;
}

/**
 * A year's days as the notice lists them: consecutive holidays as a run named after all their
 * holidays, with the 调休 working days of those names; working days whose name no run has come
 * last on their own.
 */
export function holidayRuns(days: readonly CalendarDay[]): { runs: HolidayRun[]; looseWorkdays: CalendarDay[] } {
  const runs: (HolidayRun & { names: string[] })[] = [];
  for (const d of days.filter((x) => x.kind === 'holiday').sort((a, b) => a.date.localeCompare(b.date))) {
    const last = runs.at(-1);
    const name = d.name ?? '';
    // Consecutive days off are one run, as the notice has them (国庆节、中秋节 share one).
    if (last && addDays(last.to, 1) === d.date) {
      last.to = d.date;
      last.days += 1;
      if (name && !last.names.includes(name)) last.names.push(name);
    } else {
      runs.push({ name: '', names: name ? [name] : [], from: d.date, to: d.date, days: 1, workdays: [] });
    }
  }
  for (const run of runs) run.name = run.names.join('、');
  const looseWorkdays: CalendarDay[] = [];
  for (const w of days.filter((x) => x.kind === 'workday').sort((a, b) => a.date.localeCompare(b.date))) {
    // The run of that name nearest in time: 春节 makes up its days just before or after 春节.
    const candidates = runs.filter((r) => w.name !== null && r.names.includes(w.name));
    const nearest = candidates.sort((a, b) => distance(a, w.date) - distance(b, w.date))[0];
    if (nearest) nearest.workdays.push(w.date);
    else looseWorkdays.push(w);
  }
  return { runs: runs.map(({ names: _names, ...run }) => run), looseWorkdays };
}

function distance(run: HolidayRun, date: string): number {
  const gap = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b));
  return Math.min(gap(run.from, date), gap(run.to, date));
}
