import { downloadFile } from '../../../lib/download-file';
import type { IntegrityRiskFilters } from './query-keys';

/** 廉政风险点台账 (Excel) of the filters on screen. */
export function downloadIntegrityRisks(filters: IntegrityRiskFilters): Promise<void> {
  return downloadFile('/api/integrity/risks/export.xlsx', { ...filters }, '廉政风险点台账.xlsx');
}
