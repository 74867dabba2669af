/**
 * A cell that starts with = + - @ (or a tab / carriage return) is run as a formula by Excel and
 * WPS. Exported text gets a leading apostrophe so it is shown, never executed (CSV/formula injection).
 */
export function neutralizeSpreadsheetText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
