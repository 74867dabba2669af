import { downloadFile } from '../../../lib/download-file';

/** Where roster imports are started and polled (see features/imports). */
export const ROSTER_IMPORTS_PATH = '/api/roster/imports';

/** The template carries the unit's own departments and branches as drop-down lists, hence the unit. */
export function downloadRosterTemplate(unitId: string): Promise<void> {
  return downloadFile('/api/roster/template', { unitId }, '花名册模板.xlsx');
}
