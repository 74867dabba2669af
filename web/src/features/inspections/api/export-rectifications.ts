import type { RectificationExportQuery } from '@mofan/shared';
import { downloadFile } from '../../../lib/download-file';

/** The 整改 the filters select as the server's Excel file: the whole list, not just the page on screen. */
export function exportRectifications(filters: RectificationExportQuery): Promise<void> {
  return downloadFile('/api/rectifications/export.xlsx', { ...filters }, '整改清单.xlsx');
}
