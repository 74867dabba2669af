/** The start of a long text (a problem's facts, a 整改's measures) for a list cell or a card. */
export function textPreview(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
