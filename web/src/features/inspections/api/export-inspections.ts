import type { InspectionExportQuery } from '@mofan/shared';
import { downloadFile } from '../../../lib/download-file';

/** The checks the filters select as the server's Excel file: the whole list, not just the page on screen. */
export function exportInspections(filters: InspectionExportQuery): Promise<void> {
  return downloadFile('/api/inspections/export.xlsx', { ...filters }, '督查检查.xlsx');
}
