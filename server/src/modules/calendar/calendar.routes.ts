import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  calendarDateParamsSchema,
  calendarDaySchema,
  calendarYearDetailSchema,
  calendarYearListSchema,
  calendarYearParamsSchema,
  deadlineQuerySchema,
  deadlineResponseSchema,
  errorResponseSchema,
  okResponseSchema,
  putCalendarDayRequestSchema,
  putCalendarYearRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { clearDay, deadline, getYear, listYears, putDay, putYear, removeYear } from './calendar.service';

/** The official working-day calendar: read by anyone signed in, changed only with system-wide calendar.write. */
export function calendarRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['calendar'];
    app.get('/api/calendar/years', { schema: { tags, summary: '工作日历已包含的年度', response: { 200: calendarYearListSchema } } }, async () => listYears(ctx));
    app.get(
      '/api/calendar/years/:year',
      { schema: { tags, summary: '某年的节假日与调休上班日', params: calendarYearParamsSchema, response: { 200: calendarYearDetailSchema } } },
      async (request) => getYear(ctx, request.params.year),
    );
    app.put(
      '/api/calendar/years/:year',
      {
        schema: {
          tags,
          summary: '录入或整体替换某年的节假日安排（国务院办公厅每年 11 月前后发布次年安排）',
          params: calendarYearParamsSchema,
          body: putCalendarYearRequestSchema,
          response: { 200: calendarYearDetailSchema },
        },
      },
      async (request) => putYear(ctx, actorOf(request), request.params.year, request.body),
    );
    app.delete(
      '/api/calendar/years/:year',
      { schema: { tags, summary: '删除误录的未来年度（已开始的年度和随程序提供的年度不能删除）', params: calendarYearParamsSchema, response: { 200: okResponseSchema, 409: errorResponseSchema } } },
      async (request) => {
        await removeYear(ctx, actorOf(request), request.params.year);
        return { ok: true as const };
      },
    );
    app.put(
      '/api/calendar/days/:date',
      { schema: { tags, summary: '把某日设为放假日（休）或调休上班日（班）', params: calendarDateParamsSchema, body: putCalendarDayRequestSchema, response: { 200: calendarDaySchema } } },
      async (request) => putDay(ctx, actorOf(request), request.params.date, request.body),
    );
    app.delete(
      '/api/calendar/days/:date',
      { schema: { tags, summary: '把某日恢复为普通日子（周一至周五上班、周末休息）', params: calendarDateParamsSchema, response: { 200: okResponseSchema } } },
      async (request) => {
        await clearDay(ctx, actorOf(request), request.params.date);
        return { ok: true as const };
      },
    );
    app.get(
      '/api/calendar/deadline',
      {
        schema: {
          tags,
          summary: '按工作日历计算期限：起算日加若干工作日、日或月（未包含的年度答 422）',
          querystring: deadlineQuerySchema,
          response: { 200: deadlineResponseSchema, 422: errorResponseSchema },
        },
      },
      async (request) => deadline(ctx, request.query),
    );
  };
}
