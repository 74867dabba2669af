/**
 * Normalises what clerks paste from Word and WPS: full-width ASCII (ＡＢＣ１２３) and the
 * ideographic space become half-width, runs of whitespace collapse, ends are trimmed.
 */
export function normalizeText(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00A0\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}
