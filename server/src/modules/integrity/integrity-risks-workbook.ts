import ExcelJS from 'exceljs';
import { INTEGRITY_RISK_LEVEL_LABELS, INTEGRITY_RISK_SCOPE_LABELS, neutralizeSpreadsheetText } from '@mofan/shared';
import { reviewedInYearOf, riskLevelOf, riskScopeOf } from './integrity-risks.presenter';
import type { IntegrityRiskJoinedRow } from './integrity-risks.repository';

const COLUMNS = [
  { header: '单位', key: 'unit', width: 20 },
  { header: '科室', key: 'department', width: 16 },
  { header: '类别', key: 'scope', width: 8 },
  { header: '岗位或流程', key: 'name', width: 20 },
  { header: '风险表现', key: 'risk', width: 40 },
  { header: '风险等级', key: 'level', width: 10 },
  { header: '防控措施', key: 'measures', width: 48 },
  { header: '复核日期', key: 'reviewedOn', width: 12 },
  { header: '复核意见', key: 'reviewNote', width: 30 },
  { header: '本年度已复核', key: 'reviewedThisYear', width: 12 },
] as const;

const LEVEL_FILL: Record<string, string> = { high: 'FFFFC7CE', medium: 'FFFFEB9C' };

/** 廉政风险点台账: one row per risk point, 高 first; not reviewed this year stands out. */
export async function buildIntegrityRiskRegister(rows: IntegrityRiskJoinedRow[], today: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '模范机关建设平台';
  const sheet = workbook.addWorksheet('廉政风险点');
  sheet.columns = COLUMNS.map((c) => ({ ...c }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const text = (s: string | null) => (s === null ? '' : neutralizeSpreadsheetText(s));
  for (const row of rows) {
    const r = row.risk;
    const isUnit = row.nodeKind === 'unit';
    const reviewed = reviewedInYearOf(r.reviewedOn, today);
    const added = sheet.addRow({
      unit: text(isUnit ? row.nodeName : (row.unitName ?? row.nodeName)),
      department: isUnit ? '' : text(row.nodeName),
      scope: INTEGRITY_RISK_SCOPE_LABELS[riskScopeOf(r.scope)],
      name: text(r.name),
      risk: text(r.risk),
      level: INTEGRITY_RISK_LEVEL_LABELS[riskLevelOf(r.level)],
      measures: text(r.measures),
      reviewedOn: r.reviewedOn ?? '',
      reviewNote: text(r.reviewNote),
      reviewedThisYear: reviewed ? '是' : '否',
    });
    added.alignment = { vertical: 'top', wrapText: true };
    const fill = LEVEL_FILL[r.level];
    if (fill) added.getCell('level').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    if (!reviewed) added.getCell('reviewedThisYear').font = { color: { argb: 'FFC00000' }, bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
