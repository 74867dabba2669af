/**
 * The State Council's holiday schedules for 2024–2026, typed from the notices themselves
 * (国办发明电〔2023〕7号, 〔2024〕12号, 〔2025〕7号), independent of the chinese-days package: the
 * deadline tests run on it, and the server's seed is checked against it.
 */
import { addDays } from '../compliance/calendar';
import type { CalendarException, WorkingCalendar } from './calendar';

interface Holiday {
  name: string;
  /** 放假 from … to, both included (weekends inside the run included). */
  from: string;
  to: string;
  /** 调休上班 days, on weekends. */
  workdays: string[];
}

export const OFFICIAL_HOLIDAYS: Record<number, Holiday[]> = {
  2024: [
    { name: '元旦', from: '2024-01-01', to: '2024-01-01', workdays: [] },
    { name: '春节', from: '2024-02-10', to: '2024-02-17', workdays: ['2024-02-04', '2024-02-18'] },
    { name: '清明节', from: '2024-04-04', to: '2024-04-06', workdays: ['2024-04-07'] },
    { name: '劳动节', from: '2024-05-01', to: '2024-05-05', workdays: ['2024-04-28', '2024-05-11'] },
    { name: '端午节', from: '2024-06-10', to: '2024-06-10', workdays: [] },
    { name: '中秋节', from: '2024-09-15', to: '2024-09-17', workdays: ['2024-09-14'] },
    { name: '国庆节', from: '2024-10-01', to: '2024-10-07', workdays: ['2024-09-29', '2024-10-12'] },
  ],
  2025: [
    { name: '元旦', from: '2025-01-01', to: '2025-01-01', workdays: [] },
    { name: '春节', from: '2025-01-28', to: '2025-02-04', workdays: ['2025-01-26', '2025-02-08'] },
    { name: '清明节', from: '2025-04-04', to: '2025-04-06', workdays: [] },
    { name: '劳动节', from: '2025-05-01', to: '2025-05-05', workdays: ['2025-04-27'] },
    { name: '端午节', from: '2025-05-31', to: '2025-06-02', workdays: [] },
    { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08', workdays: ['2025-09-28', '2025-10-11'] },
  ],
  2026: [
    { name: '元旦', from: '2026-01-01', to: '2026-01-03', workdays: ['2026-01-04'] },
    { name: '春节', from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-14', '2026-02-28'] },
    { name: '清明节', from: '2026-04-04', to: '2026-04-06', workdays: [] },
    { name: '劳动节', from: '2026-05-01', to: '2026-05-05', workdays: ['2026-05-09'] },
    { name: '端午节', from: '2026-06-19', to: '2026-06-21', workdays: [] },
    { name: '中秋节', from: '2026-09-25', to: '2026-09-27', workdays: [] },
    { name: '国庆节', from: '2026-10-01', to: '2026-10-07', workdays: ['2026-09-20', '2026-10-10'] },
  ],
};

/** Every holiday date of the schedules, with its name. */
export function officialHolidayDates(): Map<string, string> {
  const dates = new Map<string, string>();
  for (const holidays of Object.values(OFFICIAL_HOLIDAYS)) {
    for (const h of holidays) for (let d = h.from; d <= h.to; d = addDays(d, 1)) dates.set(d, h.name);
  }
  return dates;
}

export function officialWorkdays(): string[] {
  return Object.values(OFFICIAL_HOLIDAYS).flatMap((hs) => hs.flatMap((h) => h.workdays));
}

/** 2024–2026 as the deadline arithmetic reads it. */
export function officialCalendar2024To2026(): WorkingCalendar {
  const exceptions = new Map<string, CalendarException>();
  for (const d of officialHolidayDates().keys()) exceptions.set(d, 'holiday');
  for (const d of officialWorkdays()) exceptions.set(d, 'workday');
  return { years: new Set([2024, 2025, 2026]), exceptions };
}
