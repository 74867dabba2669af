import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '../../../lib/download-file';
import type { PeopleFilters } from './query-keys';

/** The whole filtered list (not just the page on screen) as an Excel file built by the server. */
export function exportPeople(filters: PeopleFilters): Promise<void> {
  return downloadFile('/api/people/export', { ...filters }, '人员名单.xlsx');
}

export function useExportPeople() {
  return useMutation({ mutationFn: exportPeople });
}
