/**
 * Copies text. The Clipboard API exists only on HTTPS or localhost; an intranet deployment on plain
 * HTTP falls back to the old selection-and-copy way.
 */
export async function copyText(text: string): Promise<boolean> {
  if (window.isSecureContext && 'clipboard' in navigator) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // permission refused: try the fallback
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    // Deprecated but still the only way without the Clipboard API.
    return document.execCommand('copy');
  } finally {
    area.remove();
  }
}
