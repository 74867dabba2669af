/**
 * The State Council's schedules as shipped with the program: the chinese-days package's data file
 * (years 2004 onwards). Read once; the seed copies the years the database does not hold yet.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import type { CalendarException } from '@mofan/shared';

export const SHIPPED_SOURCE = 'chinese-days';

export interface ShippedDay {
  day: string;
  kind: CalendarException;
  /** The Chinese name: 春节, 国庆节 … (on a 调休 working day, the holiday it makes up for). */
  name: string;
}

export interface ShippedCalendar {
  /** The package's version, so a year's note says which data it came from. */
  version: string;
  years: ReadonlyMap<number, readonly ShippedDay[]>;
}

// Each value is "English name,中文名,n": only the Chinese name is kept.
const dataSchema = z.object({
  holidays: z.record(z.string(), z.string()),
  workdays: z.record(z.string(), z.string()),
});
const packageSchema = z.object({ version: z.string() });

function chineseName(value: string, date: string): string {
  const name = value.split(',')[1]?.trim();
  if (!name) throw new Error(`chinese-days: ${date} has no Chinese name in "${value}"`);
  return name;
}

let cached: ShippedCalendar | null = null;

export function shippedCalendar(): ShippedCalendar {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const data = dataSchema.parse(JSON.parse(fs.readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8')));
  const { version } = packageSchema.parse(JSON.parse(fs.readFileSync(require.resolve('chinese-days/package.json'), 'utf8')));
  const years = new Map<number, ShippedDay[]>();
  const add = (entries: Record<string, string>, kind: CalendarException) => {
    for (const [day, value] of Object.entries(entries)) {
      const year = Number(day.slice(0, 4));
      const list = years.get(year) ?? [];
      list.push({ day, kind, name: chineseName(value, day) });
      years.set(year, list);
    }
  };
  add(data.holidays, 'holiday');
  add(data.workdays, 'workday');
  for (const list of years.values()) list.sort((a, b) => a.day.localeCompare(b.day));
  cached = { version, years };
  return cached;
}
