import type { InspectionReportQuery } from '@mofan/shared';
import { downloadFile } from '../../../lib/download-file';

/** The 督查通报 (Word, GB/T 9704) of one check, or of a node over a period. */
export function downloadInspectionBulletin(query: InspectionReportQuery): Promise<void> {
  return downloadFile('/api/inspection-reports/bulletin.docx', { ...query }, '督查通报.docx');
}

/** The 问题整改台账 (Excel): one row per problem. */
export function downloadProblemLedger(query: InspectionReportQuery): Promise<void> {
  return downloadFile('/api/inspection-reports/ledger.xlsx', { ...query }, '问题整改台账.xlsx');
}
