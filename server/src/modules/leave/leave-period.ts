import { LEAVE_KIND_LABELS, type LeaveKind } from '@mofan/shared';

/** The statuses under which a request stands for days away (or may still come to): they may not overlap. */
export const HOLDING_STATUSES = ['pending', 'approved', 'returned'] as const;
/** The statuses under which the person is away: approved, and after 销假 up to the return date. */
export const AWAY_STATUSES = ['approved', 'returned'] as const;

function monthDay(iso: string): string {
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

function dateText(iso: string, withYear: boolean): string {
  return withYear ? `${iso.slice(0, 4)}年${monthDay(iso)}` : monthDay(iso);
}

/** "3月9日至3月13日"; one day alone; the years only when the period crosses a new year. */
export function periodText(startsOn: string, endsOn: string): string {
  const withYear = startsOn.slice(0, 4) !== endsOn.slice(0, 4);
  if (startsOn === endsOn) return dateText(startsOn, false);
  return `${dateText(startsOn, withYear)}至${dateText(endsOn, withYear)}`;
}

export function leaveKindLabel(kind: string): string {
  return LEAVE_KIND_LABELS[kind as LeaveKind] ?? kind;
}

/** What a meeting's attendance says of someone away: "请假（事假，3月9日至3月13日）", "公差（3月9日）". */
export function absenceReasonOf(kind: string, startsOn: string, effectiveEndsOn: string): string {
  const period = periodText(startsOn, effectiveEndsOn);
  if (kind === 'business_trip') return `公差（${period}）`;
  return `请假（${leaveKindLabel(kind)}，${period}）`;
}

/** Calendar days from the first to the last day, both included. */
export function calendarDays(startsOn: string, endsOn: string): number {
  const ms = Date.UTC(Number(endsOn.slice(0, 4)), Number(endsOn.slice(5, 7)) - 1, Number(endsOn.slice(8, 10))) - Date.UTC(Number(startsOn.slice(0, 4)), Number(startsOn.slice(5, 7)) - 1, Number(startsOn.slice(8, 10)));
  return Math.round(ms / 86_400_000) + 1;
}
