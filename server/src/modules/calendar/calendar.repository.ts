import { and, asc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { type CalendarException, type WorkingCalendar } from '@mofan/shared';
import type { DbOrTx } from '../../db/client';
import { calendarDays, calendarYears, users } from '../../db/schema/index';

export type CalendarYearRow = typeof calendarYears.$inferSelect;
export type CalendarDayRow = typeof calendarDays.$inferSelect;

export interface CalendarYearSummaryRow {
  year: CalendarYearRow;
  updatedByName: string | null;
  holidayCount: number;
  workdayCount: number;
  manualDayCount: number;
}

export interface NewCalendarDay {
  day: string;
  kind: CalendarException;
  name: string | null;
}

function isException(kind: string): kind is CalendarException {
  return kind === 'holiday' || kind === 'workday';
}

/** The days of one year, as a condition the primary key's index answers. */
function inYear(year: number): SQL {
  return and(gte(calendarDays.day, `${year}-01-01`), lt(calendarDays.day, `${year + 1}-01-01`))!;
}

/**
 * The whole calendar as the deadline arithmetic reads it. A few hundred rows (about 30 a year):
 * read on every call rather than cached, so an administrator's edit counts at once.
 */
export async function loadWorkingCalendar(db: DbOrTx): Promise<WorkingCalendar> {
  const [years, days] = await Promise.all([
    db.select({ year: calendarYears.year }).from(calendarYears),
    db.select({ day: calendarDays.day, kind: calendarDays.kind }).from(calendarDays),
  ]);
  const exceptions = new Map<string, CalendarException>();
  for (const d of days) if (isException(d.kind)) exceptions.set(d.day, d.kind);
  return { years: new Set(years.map((y) => y.year)), exceptions };
}

/** Covered years with how many days of each kind they hold, oldest first. */
export async function findYearSummaries(db: DbOrTx, year?: number): Promise<CalendarYearSummaryRow[]> {
  const dayOfYear = sql`${calendarDays.day} >= make_date(${calendarYears.year}, 1, 1) and ${calendarDays.day} < make_date(${calendarYears.year} + 1, 1, 1)`;
  return db
    .select({
      year: calendarYears,
      updatedByName: users.displayName,
      holidayCount: sql<number>`count(${calendarDays.day}) filter (where ${calendarDays.kind} = 'holiday')::int`,
      workdayCount: sql<number>`count(${calendarDays.day}) filter (where ${calendarDays.kind} = 'workday')::int`,
      manualDayCount: sql<number>`count(${calendarDays.day}) filter (where ${calendarDays.source} = 'manual')::int`,
    })
    .from(calendarYears)
    .leftJoin(calendarDays, dayOfYear)
    .leftJoin(users, eq(users.id, calendarYears.updatedByUserId))
    .where(year === undefined ? undefined : eq(calendarYears.year, year))
    .groupBy(calendarYears.year, users.displayName)
    .orderBy(asc(calendarYears.year));
}

export async function findDaysOfYear(db: DbOrTx, year: number): Promise<CalendarDayRow[]> {
  return db.select().from(calendarDays).where(inYear(year)).orderBy(asc(calendarDays.day));
}

/** The year's row, locked until the transaction ends: edits of one year happen one after another. */
export async function lockYear(db: DbOrTx, year: number): Promise<CalendarYearRow | null> {
  const rows = await db.select().from(calendarYears).where(eq(calendarYears.year, year)).for('update');
  return rows[0] ?? null;
}

export async function findDay(db: DbOrTx, day: string): Promise<CalendarDayRow | null> {
  const rows = await db.select().from(calendarDays).where(eq(calendarDays.day, day));
  return rows[0] ?? null;
}

/** Creates the year or replaces its schedule: the row is kept, every day of the year is written anew. */
export async function replaceYear(
  db: DbOrTx,
  year: number,
  fields: { source: string; note: string | null; updatedByUserId: string | null; updatedAt: Date },
  days: readonly NewCalendarDay[],
): Promise<void> {
  await db
    .insert(calendarYears)
    .values({ year, ...fields })
    .onConflictDoUpdate({ target: calendarYears.year, set: fields });
  await deleteDaysOfYear(db, year);
  await insertDays(db, days, { source: fields.source, updatedByUserId: fields.updatedByUserId, updatedAt: fields.updatedAt });
}

export async function insertDays(db: DbOrTx, days: readonly NewCalendarDay[], fields: { source: string; updatedByUserId: string | null; updatedAt?: Date }): Promise<void> {
  if (days.length === 0) return;
  await db.insert(calendarDays).values(days.map((d) => ({ ...d, ...fields })));
}

/**
 * Years added unless already there, in one statement: of two starts seeding at once, the second
 * waits on the first's rows and gets back only the years it really added.
 */
export async function insertMissingYears(db: DbOrTx, years: readonly number[], fields: { source: string; note: string | null }): Promise<number[]> {
  if (years.length === 0) return [];
  const rows = await db
    .insert(calendarYears)
    .values(years.map((year) => ({ year, ...fields })))
    .onConflictDoNothing()
    .returning({ year: calendarYears.year });
  return rows.map((r) => r.year);
}

/** Every holiday and 调休 day of one year. */
export async function deleteDaysOfYear(db: DbOrTx, year: number): Promise<void> {
  await db.delete(calendarDays).where(inYear(year));
}

export async function upsertDay(db: DbOrTx, day: NewCalendarDay & { source: string; updatedByUserId: string | null; updatedAt: Date }): Promise<CalendarDayRow> {
  const { day: date, ...set } = day;
  const rows = await db
    .insert(calendarDays)
    .values({ day: date, ...set })
    .onConflictDoUpdate({ target: calendarDays.day, set })
    .returning();
  return rows[0]!;
}

export async function deleteDay(db: DbOrTx, day: string): Promise<void> {
  await db.delete(calendarDays).where(eq(calendarDays.day, day));
}

/** Who changed the year last, and when: a day edit is a change of its year. */
export async function touchYear(db: DbOrTx, year: number, updatedByUserId: string, updatedAt: Date): Promise<void> {
  await db.update(calendarYears).set({ updatedByUserId, updatedAt }).where(eq(calendarYears.year, year));
}

export async function deleteYear(db: DbOrTx, year: number): Promise<void> {
  await deleteDaysOfYear(db, year);
  await db.delete(calendarYears).where(eq(calendarYears.year, year));
}
