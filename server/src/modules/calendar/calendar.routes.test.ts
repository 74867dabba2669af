import type { CalendarDay, CalendarYearDetail, CalendarYearSummary } from '@mofan/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUnit, createUser } from '../../../test/factories';
import { auditEntriesOf } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';
import { seedCalendar } from './calendar.seed';

const t = useTestApp();

/** System-wide calendar.write; the same role over one unit only; a unit admin; someone with no role. */
let admin: Session;
let scopedAdmin: Session;
let unitAdmin: Session;
let reader: Session;

beforeAll(async () => {
  const a = await createUnit(t);
  const signIn = async (grants: Parameters<typeof createUser>[1]) => {
    const u = await createUser(t, grants);
    return login(t, u.username, u.password);
  };
  admin = await signIn([{ role: 'system_admin', scope: null }]);
  scopedAdmin = await signIn([{ role: 'system_admin', scope: a.unit }]);
  unitAdmin = await signIn([{ role: 'unit_admin', scope: a.unit }]);
  reader = await signIn([]);
});

/** 2027 as a plausible administrator would enter it (not the real schedule, which is not out yet). */
const schedule2027 = {
  note: '国办发明电〔2026〕X号（测试）',
  days: [
    { date: '2027-01-01', kind: 'holiday', name: '元旦' },
    { date: '2027-01-02', kind: 'holiday', name: '元旦' },
    { date: '2027-01-03', kind: 'holiday', name: '元旦' },
    { date: '2027-02-06', kind: 'holiday', name: '春节' },
    { date: '2027-02-07', kind: 'holiday', name: '春节' },
    { date: '2027-02-08', kind: 'holiday', name: '春节' },
    { date: '2027-01-30', kind: 'workday', name: '春节' },
  ],
};

describe('GET /api/calendar/years', () => {
  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'GET', '/api/calendar/years')).statusCode).toBe(401);
  });

  it('lists the covered years with their source and counts, to anyone signed in', async () => {
    const res = await call(t, reader, 'GET', '/api/calendar/years');
    expect(res.statusCode).toBe(200);
    const years = res.json<CalendarYearSummary[]>();
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(years.find((y) => y.year === 2025)).toMatchObject({ source: 'chinese-days', holidayCount: 28, workdayCount: 5, manualDayCount: 0, updatedByName: null });
  });
});

describe('GET /api/calendar/years/:year', () => {
  it('gives the year’s holidays and 调休 days with their names', async () => {
    const res = await call(t, reader, 'GET', '/api/calendar/years/2025');
    expect(res.statusCode).toBe(200);
    const body = res.json<CalendarYearDetail>();
    expect(body).toMatchObject({ year: 2025, source: 'chinese-days' });
    expect(body.days.find((d) => d.date === '2025-10-01')).toEqual({ date: '2025-10-01', kind: 'holiday', name: '国庆节', source: 'chinese-days' });
    expect(body.days.find((d) => d.date === '2025-09-28')).toMatchObject({ kind: 'workday', name: '国庆节' });
  });

  it('answers 404 for a year without a schedule, 400 naming the year for a bad one, 401 without a session', async () => {
    const missing = await call(t, reader, 'GET', '/api/calendar/years/2030');
    expect(missing.statusCode).toBe(404);
    expect(missing.json<{ error: { message: string } }>().error.message).toContain('2030');
    const bad = await call(t, reader, 'GET', '/api/calendar/years/abc');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['year']);
    expect((await call(t, null, 'GET', '/api/calendar/years/2025')).statusCode).toBe(401);
  });
});

describe('PUT /api/calendar/years/:year', () => {
  it('enters next year’s schedule as manual, audited, and deadlines use it at once', async () => {
    const before = await call(t, reader, 'GET', '/api/calendar/deadline?from=2026-12-28&workingDays=7');
    expect(before.statusCode).toBe(422);

    const res = await call(t, admin, 'PUT', '/api/calendar/years/2027', schedule2027);
    expect(res.statusCode).toBe(200);
    const body = res.json<CalendarYearDetail>();
    expect(body).toMatchObject({ year: 2027, source: 'manual', note: schedule2027.note, holidayCount: 6, workdayCount: 1, manualDayCount: 7 });
    expect(body.days.map((d) => d.date)).toEqual([...schedule2027.days.map((d) => d.date)].sort());
    expect(body.updatedByName).toBeTruthy();
    const [entry] = await auditEntriesOf(t, 'calendar.year_save', '2027');
    expect(entry).toMatchObject({ result: 'success', details: { replaced: null, holidays: 6, workdays: 1 } });

    // 29–31 December 2026, then 1–3 January 2027 off, then 4–7 January.
    const after = await call(t, reader, 'GET', '/api/calendar/deadline?from=2026-12-28&workingDays=7');
    expect(after.json()).toMatchObject({ due: '2027-01-07' });
  });

  it('replaces a year as a whole, and a later seed leaves the administrator’s year alone', async () => {
    const res = await call(t, admin, 'PUT', '/api/calendar/years/2025', {
      note: '本地重新录入',
      days: [
        { date: '2025-01-01', kind: 'holiday', name: '元旦' },
        { date: '2025-10-01', kind: 'holiday', name: '国庆节' },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<CalendarYearDetail>().days.map((d) => d.date)).toEqual(['2025-01-01', '2025-10-01']);
    expect((await auditEntriesOf(t, 'calendar.year_save', '2025'))[0]).toMatchObject({ details: { replaced: { source: 'chinese-days' } } });

    expect(await seedCalendar(t.ctx.db)).toEqual([]);
    const reread = (await call(t, reader, 'GET', '/api/calendar/years/2025')).json<CalendarYearDetail>();
    expect(reread).toMatchObject({ source: 'manual', note: '本地重新录入' });
    expect(reread.days.map((d) => d.date)).toEqual(['2025-01-01', '2025-10-01']);
  });

  it.each([
    ['a date of another year', { date: '2027-12-31', kind: 'holiday', name: '元旦' }, 'days.3.date'],
    ['a 调休 working day on a weekday', { date: '2028-02-07', kind: 'workday', name: null }, 'days.3.date'],
    ['a holiday without its name', { date: '2028-02-10', kind: 'holiday', name: ' ' }, 'days.3.name'],
    ['a date twice', { date: '2028-01-01', kind: 'holiday', name: '元旦' }, 'days.3.date'],
    ['a kind that does not exist', { date: '2028-03-01', kind: 'half_day', name: 'x' }, 'days.3.kind'],
    ['a date that does not exist', { date: '2028-02-30', kind: 'holiday', name: 'x' }, 'days.3.date'],
  ])('answers 400 naming the entry for %s', async (_name, fourth, field) => {
    const days = [
      { date: '2028-01-01', kind: 'holiday', name: '元旦' },
      { date: '2028-01-29', kind: 'holiday', name: '春节' },
      { date: '2028-02-05', kind: 'workday', name: '春节' },
      fourth,
    ];
    const res = await call(t, admin, 'PUT', '/api/calendar/years/2028', { days });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(field);
    expect((await call(t, reader, 'GET', '/api/calendar/years/2028')).statusCode).toBe(404);
  });

  it('answers 400 for a year without any holiday, or a year out of range', async () => {
    const empty = await call(t, admin, 'PUT', '/api/calendar/years/2028', { days: [] });
    expect(empty.statusCode).toBe(400);
    expect(fieldsOf(empty)).toEqual(['days']);
    const far = await call(t, admin, 'PUT', '/api/calendar/years/2999', schedule2027);
    expect(far.statusCode).toBe(400);
    expect(fieldsOf(far)).toEqual(['year']);
  });

  it('answers 401 without a session, 403 to a unit admin and to a system admin of one unit only', async () => {
    expect((await call(t, null, 'PUT', '/api/calendar/years/2027', schedule2027)).statusCode).toBe(401);
    expect((await call(t, unitAdmin, 'PUT', '/api/calendar/years/2027', schedule2027)).statusCode).toBe(403);
    const scoped = await call(t, scopedAdmin, 'PUT', '/api/calendar/years/2027', schedule2027);
    expect(scoped.statusCode).toBe(403);
    expect(scoped.json<{ error: { message: string } }>().error.message).toContain('全局');
  });
});

describe('PUT /api/calendar/days/:date', () => {
  it('makes a Saturday a 调休 working day, marks it manual, audits it', async () => {
    const res = await call(t, admin, 'PUT', '/api/calendar/days/2026-03-07', { kind: 'workday', name: '测试调休' });
    expect(res.statusCode).toBe(200);
    expect(res.json<CalendarDay>()).toEqual({ date: '2026-03-07', kind: 'workday', name: '测试调休', source: 'manual' });
    const year = (await call(t, reader, 'GET', '/api/calendar/years')).json<CalendarYearSummary[]>().find((y) => y.year === 2026);
    expect(year).toMatchObject({ source: 'chinese-days', manualDayCount: 1 });
    expect((await auditEntriesOf(t, 'calendar.day_set', '2026-03-07'))[0]).toMatchObject({ details: { before: null, kind: 'workday' } });
    // Friday 6 March + 1 working day is now that Saturday.
    expect((await call(t, reader, 'GET', '/api/calendar/deadline?from=2026-03-06&workingDays=1')).json()).toMatchObject({ due: '2026-03-07' });
  });

  it('turns a shipped holiday into another one, keeping what it was in the audit', async () => {
    const res = await call(t, admin, 'PUT', '/api/calendar/days/2026-10-07', { kind: 'holiday', name: '国庆节（调整）' });
    expect(res.statusCode).toBe(200);
    expect((await auditEntriesOf(t, 'calendar.day_set', '2026-10-07'))[0]).toMatchObject({ details: { before: { kind: 'holiday', name: '国庆节' } } });
  });

  it('answers 400 naming the field, 404 for a year without a schedule, 401 and 403', async () => {
    const weekday = await call(t, admin, 'PUT', '/api/calendar/days/2026-03-09', { kind: 'workday', name: null });
    expect(weekday.statusCode).toBe(400);
    expect(fieldsOf(weekday)).toEqual(['date']);
    const nameless = await call(t, admin, 'PUT', '/api/calendar/days/2026-03-09', { kind: 'holiday' });
    expect(fieldsOf(nameless)).toEqual(['name']);
    const badDate = await call(t, admin, 'PUT', '/api/calendar/days/2026-02-30', { kind: 'holiday', name: 'x' });
    expect(badDate.statusCode).toBe(400);
    expect(fieldsOf(badDate)).toEqual(['date']);
    const badKind = await call(t, admin, 'PUT', '/api/calendar/days/2026-03-09', { kind: 'normal', name: 'x' });
    expect(fieldsOf(badKind)).toEqual(['kind']);
    expect((await call(t, admin, 'PUT', '/api/calendar/days/2030-01-01', { kind: 'holiday', name: '元旦' })).statusCode).toBe(404);
    expect((await call(t, null, 'PUT', '/api/calendar/days/2026-03-14', { kind: 'workday' })).statusCode).toBe(401);
    expect((await call(t, unitAdmin, 'PUT', '/api/calendar/days/2026-03-14', { kind: 'workday' })).statusCode).toBe(403);
    expect((await call(t, scopedAdmin, 'PUT', '/api/calendar/days/2026-03-14', { kind: 'workday' })).statusCode).toBe(403);
  });
});

describe('DELETE /api/calendar/days/:date', () => {
  it('makes a day ordinary again, audited', async () => {
    const res = await call(t, admin, 'DELETE', '/api/calendar/days/2026-03-07');
    expect(res.statusCode).toBe(200);
    expect((await call(t, reader, 'GET', '/api/calendar/deadline?from=2026-03-06&workingDays=1')).json()).toMatchObject({ due: '2026-03-09' });
    expect((await auditEntriesOf(t, 'calendar.day_clear', '2026-03-07'))[0]).toMatchObject({ details: { before: { kind: 'workday', name: '测试调休' } } });
  });

  it('answers 404 for an ordinary day and for a year without a schedule, 400 for a bad date, 401 and 403', async () => {
    expect((await call(t, admin, 'DELETE', '/api/calendar/days/2026-03-07')).statusCode).toBe(404);
    expect((await call(t, admin, 'DELETE', '/api/calendar/days/2030-01-01')).statusCode).toBe(404);
    const bad = await call(t, admin, 'DELETE', '/api/calendar/days/2026-13-01');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['date']);
    expect((await call(t, null, 'DELETE', '/api/calendar/days/2026-10-01')).statusCode).toBe(401);
    expect((await call(t, unitAdmin, 'DELETE', '/api/calendar/days/2026-10-01')).statusCode).toBe(403);
    expect((await call(t, scopedAdmin, 'DELETE', '/api/calendar/days/2026-10-01')).statusCode).toBe(403);
  });
});

describe('DELETE /api/calendar/years/:year', () => {
  it('refuses a year that has begun and a shipped year, with 409', async () => {
    const current = await call(t, admin, 'DELETE', '/api/calendar/years/2026');
    expect(current.statusCode).toBe(409);
    expect(current.json<{ error: { message: string } }>().error.message).toContain('已经开始');
    t.clock.set('2025-06-01T09:00:00+08:00');
    try {
      const shipped = await call(t, admin, 'DELETE', '/api/calendar/years/2026');
      expect(shipped.statusCode).toBe(409);
      expect(shipped.json<{ error: { message: string } }>().error.message).toContain('随程序提供');
    } finally {
      t.clock.set('2026-03-02T09:00:00+08:00');
    }
  });

  it('removes a future year entered by hand, keeping its days in the audit', async () => {
    expect((await call(t, null, 'DELETE', '/api/calendar/years/2027')).statusCode).toBe(401);
    expect((await call(t, unitAdmin, 'DELETE', '/api/calendar/years/2027')).statusCode).toBe(403);
    expect((await call(t, scopedAdmin, 'DELETE', '/api/calendar/years/2027')).statusCode).toBe(403);
    const res = await call(t, admin, 'DELETE', '/api/calendar/years/2027');
    expect(res.statusCode).toBe(200);
    expect((await call(t, reader, 'GET', '/api/calendar/years/2027')).statusCode).toBe(404);
    const [entry] = await auditEntriesOf(t, 'calendar.year_delete', '2027');
    expect(entry?.details).toMatchObject({ source: 'manual', days: expect.arrayContaining([{ date: '2027-01-01', kind: 'holiday', name: '元旦' }]) });
    expect((await call(t, admin, 'DELETE', '/api/calendar/years/2027')).statusCode).toBe(404);
    expect(fieldsOf(await call(t, admin, 'DELETE', '/api/calendar/years/20x7'))).toEqual(['year']);
  });
});
