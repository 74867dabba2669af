import type ExcelJS from 'exceljs';

/**
 * Appended to a whole number too large for a double to hold exactly (a 身份证号 typed into a
 * number cell has lost its last digits), so validation can say so instead of importing a wrong number.
 */
export const IMPRECISE_MARK = '!imprecise';

/** The text of a cell as a clerk sees it; dates typed as Excel dates come back as YYYY-MM-DD. */
export function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) >= 1e15 ? `${v}${IMPRECISE_MARK}` : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('text' in v) return String(v.text);
  if ('result' in v) return v.result === undefined || v.result === null ? '' : v.result instanceof Date ? v.result.toISOString().slice(0, 10) : String(v.result);
  return '';
}
