import type { CalendarDay, CalendarDayKind, CalendarSource, CalendarYearSummary } from '@mofan/shared';
import type { CalendarDayRow, CalendarYearSummaryRow } from './calendar.repository';

// The columns are plain text; only the seed and this module write them, with these values.
function asSource(source: string): CalendarSource {
  return source === 'chinese-days' ? 'chinese-days' : 'manual';
}

function asKind(kind: string): CalendarDayKind {
  return kind === 'workday' ? 'workday' : 'holiday';
}

export function presentYearSummary(row: CalendarYearSummaryRow): CalendarYearSummary {
  return {
    year: row.year.year,
    source: asSource(row.year.source),
    note: row.year.note,
    holidayCount: row.holidayCount,
    workdayCount: row.workdayCount,
    manualDayCount: row.manualDayCount,
    updatedAt: row.year.updatedAt.toISOString(),
    updatedByName: row.updatedByName,
  };
}

export function presentDay(row: CalendarDayRow): CalendarDay {
  return { date: row.day, kind: asKind(row.kind), name: row.name, source: asSource(row.source) };
}
