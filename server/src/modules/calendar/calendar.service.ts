import {
  type CalendarDay,
  type CalendarYearDetail,
  type CalendarYearSummary,
  DEADLINE_UNITS,
  type DeadlineQuery,
  type DeadlineResponse,
  type PutCalendarDayRequest,
  type PutCalendarYearRequest,
  yearOf,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, type FieldError, invalidField, notFound } from '../../errors';
import { requireGlobalPermission } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { todayOf } from '../people/people.service';
import { presentDay, presentYearSummary } from './calendar.presenter';
import {
  type CalendarYearRow,
  deleteDay,
  deleteYear,
  findDay,
  findDaysOfYear,
  findYearSummaries,
  loadWorkingCalendar,
  lockYear,
  replaceYear,
  touchYear,
  upsertDay,
} from './calendar.repository';
import { dayProblems, yearScheduleProblems } from './calendar.rules';
import { computeDeadline } from './deadline';
import { shippedCalendar } from './shipped-calendar';

const MANUAL = 'manual';

function yearLabel(year: number): string {
  return `${year} 年工作日历`;
}

function invalidFields(problems: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', problems.map((p) => `${p.field}：${p.message}`).join('；'), problems);
}

/** Only a system-wide holder may change the calendar: every unit's deadlines rest on it. */
function requireCalendarWrite(actor: Actor): void {
  requireGlobalPermission(actor, 'calendar.write');
}

async function yearDetail(db: DbOrTx, year: number): Promise<CalendarYearDetail | null> {
  const [summary] = await findYearSummaries(db, year);
  if (!summary) return null;
  return { ...presentYearSummary(summary), days: (await findDaysOfYear(db, year)).map(presentDay) };
}

async function lockCoveredYear(db: DbOrTx, year: number): Promise<CalendarYearRow> {
  const row = await lockYear(db, year);
  if (!row) throw notFound(yearLabel(year));
  return row;
}

export async function listYears(ctx: AppContext): Promise<CalendarYearSummary[]> {
  return (await findYearSummaries(ctx.db)).map(presentYearSummary);
}

export async function getYear(ctx: AppContext, year: number): Promise<CalendarYearDetail> {
  const detail = await yearDetail(ctx.db, year);
  if (!detail) throw notFound(yearLabel(year));
  return detail;
}

/**
 * Enters a year's schedule (next year's, once the State Council publishes it each November) or
 * replaces one: the listed days become the year's only exceptions to Monday–Friday.
 */
export async function putYear(ctx: AppContext, actor: Actor, year: number, input: PutCalendarYearRequest): Promise<CalendarYearDetail> {
  requireCalendarWrite(actor);
  const problems = yearScheduleProblems(year, input.days);
  if (problems.length > 0) throw invalidFields(problems);
  return ctx.db.transaction(async (tx) => {
    const previous = await lockYear(tx, year);
    const days = input.days.map((d) => ({ day: d.date, kind: d.kind, name: d.name?.trim() || null }));
    await replaceYear(tx, year, { source: MANUAL, note: input.note?.trim() || null, updatedByUserId: actor.userId, updatedAt: ctx.now() }, days);
    await auditAction(tx, actor, {
      action: 'calendar.year_save',
      objectType: 'calendar_year',
      objectId: String(year),
      objectLabel: yearLabel(year),
      result: 'success',
      details: {
        replaced: previous ? { source: previous.source, note: previous.note } : null,
        holidays: days.filter((d) => d.kind === 'holiday').length,
        workdays: days.filter((d) => d.kind === 'workday').length,
        note: input.note ?? null,
      },
    });
    return (await yearDetail(tx, year))!;
  });
}

/** Makes one day of a covered year a holiday (休) or a 调休 working day (班). */
export async function putDay(ctx: AppContext, actor: Actor, date: string, input: PutCalendarDayRequest): Promise<CalendarDay> {
  requireCalendarWrite(actor);
  const problems = dayProblems({ date, kind: input.kind, name: input.name });
  if (problems.length > 0) throw invalidFields(problems);
  return ctx.db.transaction(async (tx) => {
    const year = yearOf(date);
    await lockCoveredYear(tx, year);
    const before = await findDay(tx, date);
    const at = ctx.now();
    const saved = await upsertDay(tx, { day: date, kind: input.kind, name: input.name?.trim() || null, source: MANUAL, updatedByUserId: actor.userId, updatedAt: at });
    await touchYear(tx, year, actor.userId, at);
    await auditAction(tx, actor, {
      action: 'calendar.day_set',
      objectType: 'calendar_day',
      objectId: date,
      objectLabel: `${date}（${yearLabel(year)}）`,
      result: 'success',
      details: { before: before ? { kind: before.kind, name: before.name } : null, kind: saved.kind, name: saved.name },
    });
    return presentDay(saved);
  });
}

/** Makes one day of a covered year an ordinary day again: a working day exactly when Monday to Friday. */
export async function clearDay(ctx: AppContext, actor: Actor, date: string): Promise<void> {
  requireCalendarWrite(actor);
  await ctx.db.transaction(async (tx) => {
    const year = yearOf(date);
    await lockCoveredYear(tx, year);
    const before = await findDay(tx, date);
    if (!before) throw notFound(`${date} 的节假日或调休安排`);
    await deleteDay(tx, date);
    await touchYear(tx, year, actor.userId, ctx.now());
    await auditAction(tx, actor, {
      action: 'calendar.day_clear',
      objectType: 'calendar_day',
      objectId: date,
      objectLabel: `${date}（${yearLabel(year)}）`,
      result: 'success',
      details: { before: { kind: before.kind, name: before.name } },
    });
  });
}

/**
 * Removes a year that was entered by mistake. Refused for a year that has begun (deadlines
 * already computed rest on it) and for a shipped year (the next start would bring it back):
 * those are corrected day by day or replaced as a whole.
 */
export async function removeYear(ctx: AppContext, actor: Actor, year: number): Promise<void> {
  requireCalendarWrite(actor);
  await ctx.db.transaction(async (tx) => {
    const row = await lockCoveredYear(tx, year);
    const currentYear = yearOf(todayOf(ctx));
    if (year <= currentYear) throw new AppError('CONFLICT', `${year} 年已经开始或已经过去，期限计算依赖该年的安排，不能删除；如有错误请逐日修改或整体重新录入`);
    if (shippedCalendar().years.has(year)) throw new AppError('CONFLICT', `${year} 年的安排随程序提供，删除后下次启动会重新写入；如有错误请逐日修改或整体重新录入`);
    const days = await findDaysOfYear(tx, year);
    await deleteYear(tx, year);
    await auditAction(tx, actor, {
      action: 'calendar.year_delete',
      objectType: 'calendar_year',
      objectId: String(year),
      objectLabel: yearLabel(year),
      result: 'success',
      details: { source: row.source, note: row.note, days: days.map((d) => ({ date: d.day, kind: d.kind, name: d.name })) },
    });
  });
}

/** A due date on the official calendar; a year without a schedule ends in a 422 naming it. */
export async function deadline(ctx: AppContext, query: DeadlineQuery): Promise<DeadlineResponse> {
  const given = DEADLINE_UNITS.filter((u) => query[u] !== undefined);
  const [unit, second] = given;
  if (!unit) throw invalidField('workingDays', '须给出 workingDays（工作日数）、days（日数）、months（月数）三者之一');
  if (second) throw invalidField(second, 'workingDays、days、months 只能给出一个');
  return computeDeadline(await loadWorkingCalendar(ctx.db), query.from, unit, query[unit]!);
}
