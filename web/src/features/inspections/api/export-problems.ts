import type { ProblemExportQuery } from '@mofan/shared';
import { downloadFile } from '../../../lib/download-file';

/** The problems the filters select as the server's Excel file (the 台账's columns): the whole list, not just the page on screen. */
export function exportProblems(filters: ProblemExportQuery): Promise<void> {
  return downloadFile('/api/problems/export.xlsx', { ...filters }, '问题清单.xlsx');
}
