import { downloadFile } from '../../../lib/download-file';
import type { MajorDecisionFilters } from './query-keys';

/** 三重一大决策记录 (Excel) of the filters on screen. */
export function downloadMajorDecisions(filters: MajorDecisionFilters): Promise<void> {
  return downloadFile('/api/integrity/decisions/export.xlsx', { ...filters }, '三重一大决策记录.xlsx');
}
