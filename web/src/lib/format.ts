/** Display formats: business dates are already YYYY-MM-DD; instants are shown in Asia/Shanghai. */

const shanghaiParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An ISO instant as YYYY-MM-DD HH:mm:ss in Asia/Shanghai, whatever the browser's own zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = shanghaiParts.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

/** A business date or the first ten characters of an instant: always YYYY-MM-DD. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  return value.length > 10 ? formatDateTime(value).slice(0, 10) : value;
}

/** What an empty cell shows. */
export const EMPTY = '—';

export function orEmpty(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? EMPTY : value;
}
