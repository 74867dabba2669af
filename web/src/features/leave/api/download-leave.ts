import { downloadFile } from '../../../lib/download-file';
import type { LeaveListFilters } from './query-keys';

/** 请销假记录 (Excel) with the filters on screen. */
export function downloadLeaveList(filters: LeaveListFilters): Promise<void> {
  return downloadFile('/api/leave/requests.xlsx', { ...filters }, '请销假记录.xlsx');
}
