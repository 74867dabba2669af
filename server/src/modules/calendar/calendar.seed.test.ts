import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { officialHolidayDates, officialWorkdays } from '../../../../shared/src/rules/working-days/official-2024-2026.fixture';
import { calendarDays, calendarYears } from '../../db/schema/index';
import { useTestApp } from '../../../test/test-app';
import { findDaysOfYear, loadWorkingCalendar, upsertDay } from './calendar.repository';
import { seedCalendar } from './calendar.seed';

const t = useTestApp();

async function daysOf(years: number[]) {
  return (await Promise.all(years.map((y) => findDaysOfYear(t.ctx.db, y)))).flat();
}

describe('the shipped calendar, as every test database and every start has it', () => {
  it('covers 2004–2026 from chinese-days', async () => {
    const years = await t.ctx.db.select().from(calendarYears);
    expect(years.map((y) => y.year).sort()).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    for (const y of years) expect(y).toMatchObject({ source: 'chinese-days', note: 'chinese-days 1.5.7' });
  });

  it('holds for 2024–2026 exactly the holidays and 调休 days typed from the State Council notices', async () => {
    const days = await daysOf([2024, 2025, 2026]);
    const fixtureHolidays = officialHolidayDates();
    const holidays = days.filter((d) => d.kind === 'holiday');
    expect(holidays.map((d) => d.day).sort()).toEqual([...fixtureHolidays.keys()].sort());
    expect(days.filter((d) => d.kind === 'workday').map((d) => d.day).sort()).toEqual([...officialWorkdays()].sort());
    // chinese-days says 清明 where the notice says 清明节, and names 6 October 2025 中秋 inside 国庆节、中秋节.
    for (const h of holidays) expect(fixtureHolidays.get(h.day), h.day).toContain(h.name);
    for (const d of days) expect(d.source).toBe('chinese-days');
  });

  it('is what loadWorkingCalendar reads', async () => {
    const calendar = await loadWorkingCalendar(t.ctx.db);
    expect(calendar.years.has(2004) && calendar.years.has(2026) && !calendar.years.has(2027)).toBe(true);
    expect(calendar.exceptions.get('2025-10-01')).toBe('holiday');
    expect(calendar.exceptions.get('2025-09-28')).toBe('workday');
    expect(calendar.exceptions.has('2025-09-26')).toBe(false);
  });
});

describe('seedCalendar', () => {
  it('adds nothing when every shipped year is there', async () => {
    expect(await seedCalendar(t.ctx.db)).toEqual([]);
  });

  it('adds a missing year with its days, replacing days left without their year, and never touches an edited year', async () => {
    await upsertDay(t.ctx.db, { day: '2025-10-09', kind: 'holiday', name: '本地调整', source: 'manual', updatedByUserId: null, updatedAt: new Date() });
    await t.ctx.db.update(calendarYears).set({ source: 'manual', note: '管理员录入' }).where(eq(calendarYears.year, 2025));
    await t.ctx.db.delete(calendarYears).where(eq(calendarYears.year, 2010));
    await t.ctx.db.delete(calendarDays).where(eq(calendarDays.day, '2010-10-01'));
    await upsertDay(t.ctx.db, { day: '2010-03-03', kind: 'holiday', name: '残留', source: 'manual', updatedByUserId: null, updatedAt: new Date() });
    const before2025 = await daysOf([2025]);

    expect(await seedCalendar(t.ctx.db)).toEqual([2010]);

    const days2010 = await daysOf([2010]);
    expect(days2010.find((d) => d.day === '2010-10-01')).toMatchObject({ kind: 'holiday', name: '国庆节', source: 'chinese-days' });
    expect(days2010.some((d) => d.day === '2010-03-03')).toBe(false);
    expect(await daysOf([2025])).toEqual(before2025);
    expect((await t.ctx.db.select().from(calendarYears).where(eq(calendarYears.year, 2025)))[0]).toMatchObject({ source: 'manual', note: '管理员录入' });
  });
});
