import { z } from 'zod';
import { NAME_MAX, TEXT_MAX } from '../limits';
import { isoDateSchema } from './common';

/** A day that differs from Monday–Friday: a holiday (休) or a 调休 working day on a weekend (班). */
export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export const CALENDAR_DAY_KIND_LABELS: Record<CalendarDayKind, string> = {
  holiday: '休',
  workday: '班',
};

/** Where a year's schedule or a day came from: the data shipped with the program, or an administrator. */
export const CALENDAR_SOURCES = ['chinese-days', 'manual'] as const;
export type CalendarSource = (typeof CALENDAR_SOURCES)[number];

export const CALENDAR_SOURCE_LABELS: Record<CalendarSource, string> = {
  'chinese-days': '随程序提供',
  manual: '管理员录入',
};

/** The years the calendar may hold: wide enough for any schedule, narrow enough to catch a typo. */
export const CALENDAR_YEAR_MIN = 2000;
export const CALENDAR_YEAR_MAX = 2100;

/** The longest limit the deadline calculator takes: ten years in any unit is already no deadline. */
export const DEADLINE_MAX_WORKING_DAYS = 2500;
export const DEADLINE_MAX_DAYS = 3660;
export const DEADLINE_MAX_MONTHS = 120;

export const calendarYearParamsSchema = z.object({
  year: z.coerce.number().int('年份须为整数').min(CALENDAR_YEAR_MIN, `年份须在 ${CALENDAR_YEAR_MIN}–${CALENDAR_YEAR_MAX} 之间`).max(CALENDAR_YEAR_MAX, `年份须在 ${CALENDAR_YEAR_MIN}–${CALENDAR_YEAR_MAX} 之间`),
});

export const calendarDateParamsSchema = z.object({ date: isoDateSchema });

export const calendarYearSummarySchema = z.object({
  year: z.number().int(),
  source: z.enum(CALENDAR_SOURCES),
  note: z.string().nullable(),
  holidayCount: z.number().int().describe('放假日数（含其中的周末）'),
  workdayCount: z.number().int().describe('调休上班日数'),
  manualDayCount: z.number().int().describe('管理员改过的日子数'),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type CalendarYearSummary = z.infer<typeof calendarYearSummarySchema>;

export const calendarYearListSchema = z.array(calendarYearSummarySchema);

export const calendarDaySchema = z.object({
  date: z.string(),
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: z.string().nullable(),
  source: z.enum(CALENDAR_SOURCES),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;

export const calendarYearDetailSchema = calendarYearSummarySchema.extend({ days: z.array(calendarDaySchema) });
export type CalendarYearDetail = z.infer<typeof calendarYearDetailSchema>;

const dayNameSchema = z.string().trim().max(NAME_MAX).nullable().optional().describe('节日名称，如“春节”；放假日必填');

export const calendarDayInputSchema = z.object({
  date: isoDateSchema,
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: dayNameSchema,
});
export type CalendarDayInput = z.infer<typeof calendarDayInputSchema>;

/** A year's whole schedule: every holiday date (weekends inside a run included) and every 调休 working day. */
export const putCalendarYearRequestSchema = z.object({
  days: z.array(calendarDayInputSchema).max(366),
  note: z.string().trim().max(TEXT_MAX).nullable().optional().describe('依据，如“国办发明电〔2025〕7号”'),
});
export type PutCalendarYearRequest = z.infer<typeof putCalendarYearRequestSchema>;

export const putCalendarDayRequestSchema = z.object({
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: dayNameSchema,
});
export type PutCalendarDayRequest = z.infer<typeof putCalendarDayRequestSchema>;

/** `from` and exactly one limit (the server names the field when there are none or several). */
export const deadlineQuerySchema = z.object({
  from: isoDateSchema.describe('起算日（当日不计）'),
  workingDays: z.coerce.number().int().min(0).max(DEADLINE_MAX_WORKING_DAYS).optional().describe('工作日数'),
  days: z.coerce.number().int().min(0).max(DEADLINE_MAX_DAYS).optional().describe('日数（自然日，届满日为节假日的顺延至节假日后第一个工作日）'),
  months: z.coerce.number().int().min(0).max(DEADLINE_MAX_MONTHS).optional().describe('月数（无对应日的以该月最后一日为届满日，遇节假日顺延）'),
});
export type DeadlineQuery = z.infer<typeof deadlineQuerySchema>;

export const DEADLINE_UNITS = ['workingDays', 'days', 'months'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

export const DEADLINE_UNIT_LABELS: Record<DeadlineUnit, string> = {
  workingDays: '个工作日',
  days: '日',
  months: '个月',
};

export const deadlineResponseSchema = z.object({
  from: z.string(),
  due: z.string(),
  unit: z.enum(DEADLINE_UNITS),
  count: z.number().int(),
  rule: z.string().describe('计算规则的说明'),
});
export type DeadlineResponse = z.infer<typeof deadlineResponseSchema>;
