import { downloadFile } from '../../../lib/download-file';

/** The month's 通报 (Word, GB/T 9704). */
export function downloadCleanlinessBulletin(checkId: string): Promise<void> {
  return downloadFile(`/api/cleanliness/checks/${encodeURIComponent(checkId)}/bulletin.docx`, {}, '清洁机关检查通报.docx');
}

/** The month's ranking (Excel). */
export function downloadCleanlinessRanking(checkId: string): Promise<void> {
  return downloadFile(`/api/cleanliness/checks/${encodeURIComponent(checkId)}/ranking.xlsx`, {}, '清洁机关评比排名.xlsx');
}
