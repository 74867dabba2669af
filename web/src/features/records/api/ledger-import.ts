import { downloadFile } from '../../../lib/download-file';

/** Where ledger imports are started and polled (see features/imports). */
export const LEDGER_IMPORTS_PATH = '/api/records/imports';

/** The template's 填写说明 sheet lists the activity types and the unit's own organisations, hence the unit. */
export function downloadLedgerTemplate(unitId: string): Promise<void> {
  return downloadFile('/api/records/import-template', { unitId }, '台账导入模板.xlsx');
}
