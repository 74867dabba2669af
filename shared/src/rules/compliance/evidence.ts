/** Which records count, and how many days a multi-day record is worth inside a range. */
import { daysBetweenInclusive, maxDate, minDate } from './calendar';
import { coversDate, overlapDays, type DateRange } from './intervals';
import type { EvidenceRecord } from './types';

function byDateThenId(a: EvidenceRecord, b: EvidenceRecord): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Records dated inside `ranges` and not after `today`, one per id, in date order. */
export function recordsDatedIn(records: readonly EvidenceRecord[], ranges: readonly DateRange[], today: string): EvidenceRecord[] {
  return uniqueById(records.filter((r) => r.date <= today && coversDate(ranges, r.date)));
}

/** One record per id (a meeting passed once per participant), in date order. */
export function uniqueById(records: readonly EvidenceRecord[]): EvidenceRecord[] {
  const seen = new Map<string, EvidenceRecord>();
  for (const r of records) if (!seen.has(r.id)) seen.set(r.id, r);
  return [...seen.values()].sort(byDateThenId);
}

/**
 * The days a record is worth inside `ranges`, up to `today`. A record that spans a period
 * boundary is split in proportion to its calendar days on each side, so a 5-day trip across
 * New Year worth 3 days gives 1.8 + 1.2 and never counts twice.
 */
export function recordDaysIn(record: EvidenceRecord, ranges: readonly DateRange[], today: string): number {
  // An end before the start is a typing slip; treat the record as one day rather than drop it.
  const end = maxDate(record.date, record.endDate ?? record.date);
  const span = daysBetweenInclusive(record.date, end);
  const inside = overlapDays(ranges, record.date, minDate(end, today));
  return ((record.days ?? span) * inside) / span;
}

/** Rounds to hundredths so that sums of fractional days compare without float noise. */
export function roundDays(days: number): number {
  return Math.round(days * 100) / 100;
}

/** ceil that ignores float noise: 0.28 × 25 is 7.000000000000001 and must need 7, not 8. */
export function ceilNeeded(value: number): number {
  return Math.ceil(value - 1e-9);
}
