/**
 * What makes an entered schedule plausible: each day in its year, a 调休 working day only on a
 * weekend (a weekday already is one), a holiday with its name, no date twice, and a year with at
 * least one holiday (an empty year would silently be plain Monday–Friday).
 */
import { type CalendarDayKind, isoWeekday, yearOf } from '@mofan/shared';
import type { FieldError } from '../../errors';

export interface DayEntry {
  date: string;
  kind: CalendarDayKind;
  name?: string | null | undefined;
}

const WEEKDAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** The problems of one day, with fields relative to the day (`date`, `name`). */
export function dayProblems(entry: DayEntry): FieldError[] {
  const problems: FieldError[] = [];
  const weekday = isoWeekday(entry.date);
  if (entry.kind === 'workday' && weekday <= 5) {
    problems.push({ field: 'date', message: `调休上班日应为周六或周日，${entry.date} 是${WEEKDAY_NAMES[weekday]}，本来就是工作日` });
  }
  if (entry.kind === 'holiday' && !entry.name?.trim()) problems.push({ field: 'name', message: '放假日须填写节日名称，如“春节”' });
  return problems;
}

/** The problems of a whole year's schedule, each naming its entry (`days.3.date`). */
export function yearScheduleProblems(year: number, days: readonly DayEntry[]): FieldError[] {
  const problems: FieldError[] = [];
  const firstIndex = new Map<string, number>();
  days.forEach((entry, i) => {
    if (yearOf(entry.date) !== year) {
      problems.push({ field: `days.${i}.date`, message: `${entry.date} 不在 ${year} 年内` });
      return;
    }
    const earlier = firstIndex.get(entry.date);
    if (earlier !== undefined) {
      problems.push({ field: `days.${i}.date`, message: `${entry.date} 与第 ${earlier + 1} 项重复` });
      return;
    }
    firstIndex.set(entry.date, i);
    for (const p of dayProblems(entry)) problems.push({ field: `days.${i}.${p.field}`, message: p.message });
  });
  if (!days.some((d) => d.kind === 'holiday')) problems.push({ field: 'days', message: `${year} 年的安排至少应有一个放假日（元旦、春节等）` });
  return problems;
}
