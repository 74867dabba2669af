import { send, type QueryParams } from './api-client';

/**
 * Reads the file name from Content-Disposition. The RFC 5987 form (filename*=UTF-8''…) comes first
 * because Chinese names only survive that way; the plain filename= is the fallback.
 */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // malformed percent-encoding: try the plain form
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  const name = plain?.[2] ?? plain?.[1];
  return name ? name.trim() : null;
}

/**
 * Downloads through fetch (not a plain link) so that the session, the 401 redirect and the error
 * shape work exactly as for every other call.
 */
export async function downloadFile(path: string, query: QueryParams, defaultName: string): Promise<void> {
  const response = await send(path, { query });
  const blob = await response.blob();
  const name = fileNameFromDisposition(response.headers.get('Content-Disposition')) ?? defaultName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
