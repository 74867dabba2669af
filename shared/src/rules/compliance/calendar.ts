/**
 * Calendar arithmetic on business dates ('YYYY-MM-DD', Asia/Shanghai). Dates are turned into
 * day numbers through Date.UTC only, never through a Date in the local zone, so every machine
 * (and every TZ setting) gives the same answer — the same approach as ../business-date.ts.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The parts of an ISO date; throws on anything that is not a real calendar date. */
export function dateParts(iso: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`不是有效的日期：${iso}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) {
    throw new RangeError(`不是有效的日期：${iso}`);
  }
  return { year, month, day };
}

/**
 * A city-wide recompute converts the same few thousand dates millions of times: both directions
 * are remembered (pure functions, so a cache cannot change an answer), and forgotten wholesale
 * when they grow past what a few decades of dates need.
 */
const CACHE_LIMIT = 20_000;
const dayNumbers = new Map<string, number>();
const isoDates = new Map<number, string>();

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Days since 1970-01-01 (a Thursday); comparing and subtracting these is exact. */
export function toDayNumber(iso: string): number {
  const known = dayNumbers.get(iso);
  if (known !== undefined) return known;
  const { year, month, day } = dateParts(iso);
  return remember(dayNumbers, iso, Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The ISO date of a day number. */
export function fromDayNumber(dayNumber: number): string {
  const known = isoDates.get(dayNumber);
  if (known !== undefined) return known;
  const d = new Date(dayNumber * MS_PER_DAY);
  return remember(isoDates, dayNumber, isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
}

/** Formats year, month (1–12), day as 'YYYY-MM-DD'. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 28–31: day 0 of the next month in UTC is the last day of this one. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date `days` calendar days after `iso` (negative: before). */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Number of calendar days from `from` to `to`, both counted; 0 when `to` is before `from`. */
export function daysBetweenInclusive(from: string, to: string): number {
  return Math.max(0, toDayNumber(to) - toDayNumber(from) + 1);
}

/** The earlier of two ISO dates (ISO dates compare correctly as strings). */
export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/** The later of two ISO dates. */
export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}
