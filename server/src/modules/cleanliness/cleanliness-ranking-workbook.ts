import ExcelJS from 'exceljs';
import { CLEANLINESS_CRITERIA, CLEANLINESS_CRITERION_LABELS, type CleanlinessDepartmentResult, neutralizeSpreadsheetText } from '@mofan/shared';
import { type SheetItem, deductionsOf } from './cleanliness-results';

export const RANKING_HEADERS = ['名次', '科室', ...CLEANLINESS_CRITERIA.map((c) => CLEANLINESS_CRITERION_LABELS[c]), '总分', '满分', '扣分项', '检查发现'];

/** The month's ranking as a sheet: one row per drawn 科室, unscored ones last with empty scores. */
export async function buildRankingWorkbook(month: string, items: readonly SheetItem[], maxTotal: number, results: readonly CleanlinessDepartmentResult[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '模范机关建设平台';
  const sheet = workbook.addWorksheet(`${month}清洁机关排名`);
  sheet.columns = RANKING_HEADERS.map((header, i) => ({ header, width: i === 1 ? 18 : i >= RANKING_HEADERS.length - 2 ? 40 : 10 }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of results) {
    const row = sheet.addRow([
      r.rank ?? '',
      neutralizeSpreadsheetText(r.departmentName),
      ...CLEANLINESS_CRITERIA.map((c) => r.criterionTotals?.[c] ?? ''),
      r.total ?? '',
      maxTotal,
      neutralizeSpreadsheetText(deductionsOf(items, r.scores).join('；')),
      r.note ? neutralizeSpreadsheetText(r.note) : '',
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
