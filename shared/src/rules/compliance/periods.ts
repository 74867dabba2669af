/**
 * The periods a requirement is judged in (domain.md §4): ISO weeks (Monday start), months,
 * quarters, half-years and years, plus the date-driven windows of deadline and trigger rules.
 * A period is a closed range of business dates with a stable key ('2026-W09', '2026-03',
 * '2026-Q1', '2026-H1', '2026') that the server can store and the web can put in a URL.
 */
import type { PeriodUnit, RuleSpec } from '../../catalogue/types';
import { addDays, dateParts, fromDayNumber, isoDate, lastDayOfMonth, toDayNumber } from './calendar';

/** A closed date range, `start` and `end` both included. */
export interface Period {
  /** 'trigger' for the window after an event, which has no calendar key of its own. */
  unit: PeriodUnit | 'trigger';
  key: string;
  start: string;
  end: string;
}

/** 0 = Monday … 6 = Sunday. Day 0 (1970-01-01) was a Thursday, hence the +3. */
function isoWeekday(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

function weekOf(date: string): Period {
  const monday = toDayNumber(date) - isoWeekday(toDayNumber(date));
  // ISO 8601: a week belongs to the year its Thursday falls in, so 2025-12-29 … 2026-01-04 is 2026-W01.
  const thursday = monday + 3;
  const isoYear = dateParts(fromDayNumber(thursday)).year;
  const week = Math.floor((thursday - toDayNumber(isoDate(isoYear, 1, 1))) / 7) + 1;
  return {
    unit: 'week',
    key: `${String(isoYear).padStart(4, '0')}-W${String(week).padStart(2, '0')}`,
    start: fromDayNumber(monday),
    end: fromDayNumber(monday + 6),
  };
}

/** A run of whole months: `first` is the first month (1–12), `length` how many. */
function months(unit: PeriodUnit, year: number, first: number, length: number, key: string): Period {
  const last = first + length - 1;
  return { unit, key, start: isoDate(year, first, 1), end: isoDate(year, last, lastDayOfMonth(year, last)) };
}

/** The period of the given unit that contains `date`. */
export function periodOf(unit: PeriodUnit, date: string): Period {
  const { year, month } = dateParts(date);
  const y = String(year).padStart(4, '0');
  switch (unit) {
    case 'week':
      return weekOf(date);
    case 'month':
      return months(unit, year, month, 1, `${y}-${String(month).padStart(2, '0')}`);
    case 'quarter': {
      const q = Math.ceil(month / 3);
      return months(unit, year, q * 3 - 2, 3, `${y}-Q${q}`);
    }
    case 'half_year': {
      const h = month <= 6 ? 1 : 2;
      return months(unit, year, h * 6 - 5, 6, `${y}-H${h}`);
    }
    case 'year':
      return months(unit, year, 1, 12, y);
  }
}

/** Every period of `unit` that overlaps [from, to], in order; empty when `to` is before `from`. */
export function periodsCovering(unit: PeriodUnit, from: string, to: string): Period[] {
  const result: Period[] = [];
  if (to < from) return result;
  for (let p = periodOf(unit, from); p.start <= to; p = periodOf(unit, addDays(p.end, 1))) result.push(p);
  return result;
}

/** The period a key names ('2026-W09', '2026-03', '2026-Q1', '2026-H1', '2026'), or null. */
export function periodFromKey(key: string): Period | null {
  let m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (m) {
    // Week 1 is the week holding 4 January; walk from its Monday and check the week exists.
    const jan4 = toDayNumber(`${m[1]}-01-04`);
    const monday = jan4 - isoWeekday(jan4) + (Number(m[2]) - 1) * 7;
    const week = weekOf(fromDayNumber(monday));
    return week.key === key ? week : null;
  }
  const candidates: [RegExp, PeriodUnit, (n: number) => string][] = [
    [/^(\d{4})-(\d{2})$/, 'month', (n) => String(n).padStart(2, '0')],
    [/^(\d{4})-Q([1-4])$/, 'quarter', (n) => String(n * 3).padStart(2, '0')],
    [/^(\d{4})-H([12])$/, 'half_year', (n) => String(n * 6).padStart(2, '0')],
  ];
  for (const [pattern, unit, monthOf] of candidates) {
    m = pattern.exec(key);
    if (!m) continue;
    const n = Number(m[2]);
    if (unit === 'month' && (n < 1 || n > 12)) return null;
    return periodOf(unit, `${m[1]}-${monthOf(n)}-01`);
  }
  return /^\d{4}$/.test(key) ? periodOf('year', `${key}-01-01`) : null;
}

type DeadlineRule = Extract<RuleSpec, { kind: 'deadline' }>;

/**
 * The deadline of a `deadline` rule in a year. A day past the month's end (a '2月29日' rule in a
 * common year, or a typo such as 4月31日) falls back to the month's last day rather than
 * spilling into the next month.
 */
export function deadlineDate(rule: Pick<DeadlineRule, 'month' | 'day'>, year: number): string {
  return isoDate(year, rule.month, Math.min(rule.day, lastDayOfMonth(year, rule.month)));
}

/** The window of a trigger rule: from the event day to `withinDays` days after it, both included. */
export function triggerPeriod(eventDate: string, withinDays: number): Period {
  return { unit: 'trigger', key: `${eventDate}+${withinDays}d`, start: eventDate, end: addDays(eventDate, withinDays) };
}

/**
 * The 入党 anniversary (政治生日) in `year`, or null in or before the year of joining (there is
 * nothing to celebrate yet). Someone who joined on 29 February celebrates on 28 February in
 * common years, so the date stays in February and in the same quarter.
 */
export function partyAnniversary(joinedPartyOn: string, year: number): string | null {
  const { year: joined, month, day } = dateParts(joinedPartyOn);
  if (year <= joined) return null;
  return isoDate(year, month, Math.min(day, lastDayOfMonth(year, month)));
}

/** The trigger window of a 'party_anniversary' rule in `year`, or null when there is none. */
export function anniversaryPeriod(joinedPartyOn: string, year: number, withinDays: number): Period | null {
  const anniversary = partyAnniversary(joinedPartyOn, year);
  return anniversary === null ? null : triggerPeriod(anniversary, withinDays);
}

/**
 * The calendar unit a rule is judged per: its own `per`, a year for deadlines and for 'once'
 * coverage (judged as "done by the end of each year"), null for triggers whose windows come
 * from events.
 */
export function ruleCalendarUnit(rule: RuleSpec): PeriodUnit | null {
  switch (rule.kind) {
    case 'count':
    case 'amount':
      return rule.per;
    case 'coverage':
      return rule.per === 'once' ? 'year' : rule.per;
    case 'deadline':
      return 'year';
    case 'trigger':
      return null;
  }
}
