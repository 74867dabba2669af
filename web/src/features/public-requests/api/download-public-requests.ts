import { downloadFile } from '../../../lib/download-file';
import type { PublicRequestFilters } from './query-keys';

/** The 群众诉求台账 (Excel) of the filters on screen; the contact is masked in the file. */
export function downloadPublicRequests(filters: PublicRequestFilters): Promise<void> {
  return downloadFile('/api/public-requests/export.xlsx', { ...filters }, '群众诉求台账.xlsx');
}
