import type { DirectiveReportQuery } from '@mofan/shared';
import { downloadFile } from '../../../lib/download-file';

/** The 督办情况通报 (Word, GB/T 9704) of the same range as the statistics on screen. */
export function downloadDirectiveBulletin(query: DirectiveReportQuery): Promise<void> {
  return downloadFile('/api/directive-reports/bulletin.docx', { ...query }, '督办情况通报.docx');
}

/** The 督办台账 (Excel): one row per directive of the range. */
export function downloadDirectiveLedger(query: DirectiveReportQuery): Promise<void> {
  return downloadFile('/api/directive-reports/ledger.xlsx', { ...query }, '督办台账.xlsx');
}
