import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '../../../lib/download-file';

/** The template carries the unit's own departments and branches as drop-down lists, hence the unit. */
export function downloadRosterTemplate(unitId: string): Promise<void> {
  return downloadFile('/api/roster/template', { unitId }, '花名册模板.xlsx');
}

export function useDownloadRosterTemplate() {
  return useMutation({ mutationFn: downloadRosterTemplate });
}
