/**
 * Date intervals: who belonged to a target set from when to when, who was on leave. Kept as
 * sorted, disjoint, closed ranges so that "how many days" and "was this day covered" are exact
 * however the raw intervals overlap (two posts held at once, a leave entered twice).
 */
import { addDays, daysBetweenInclusive, maxDate, minDate } from './calendar';

/** A closed date range as stored: `to` null while it is still open (a post still held). */
export interface DateInterval {
  from: string;
  to: string | null;
}

/** A closed date range with both ends known. */
export interface DateRange {
  from: string;
  to: string;
}

/** The parts of `intervals` inside [window.from, window.to], sorted and merged (adjacent days join). */
export function clipAndMerge(intervals: readonly DateInterval[], window: DateRange): DateRange[] {
  const clipped = intervals
    .map((i) => ({ from: maxDate(i.from, window.from), to: minDate(i.to ?? window.to, window.to) }))
    .filter((i) => i.from <= i.to)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: DateRange[] = [];
  for (const range of clipped) {
    const last = merged[merged.length - 1];
    if (last && range.from <= addDays(last.to, 1)) last.to = maxDate(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

/** `ranges` minus `holes`; both must be sorted and disjoint (as clipAndMerge returns them). */
export function subtractRanges(ranges: readonly DateRange[], holes: readonly DateRange[]): DateRange[] {
  const result: DateRange[] = [];
  for (const range of ranges) {
    let from = range.from;
    for (const hole of holes) {
      if (hole.to < from || hole.from > range.to) continue;
      if (hole.from > from) result.push({ from, to: addDays(hole.from, -1) });
      from = addDays(hole.to, 1);
      if (from > range.to) break;
    }
    if (from <= range.to) result.push({ from, to: range.to });
  }
  return result;
}

/** Days covered by disjoint ranges. */
export function totalDays(ranges: readonly DateRange[]): number {
  return ranges.reduce((sum, r) => sum + daysBetweenInclusive(r.from, r.to), 0);
}

/** Days of [from, to] that disjoint `ranges` cover. */
export function overlapDays(ranges: readonly DateRange[], from: string, to: string): number {
  return ranges.reduce((sum, r) => sum + daysBetweenInclusive(maxDate(r.from, from), minDate(r.to, to)), 0);
}

/** Whether `date` lies in one of `ranges`. */
export function coversDate(ranges: readonly DateRange[], date: string): boolean {
  return ranges.some((r) => r.from <= date && date <= r.to);
}
