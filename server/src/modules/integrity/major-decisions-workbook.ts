import ExcelJS from 'exceljs';
import { MAJOR_DECISION_CATEGORY_LABELS, type MajorDecision, neutralizeSpreadsheetText } from '@mofan/shared';

const COLUMNS = [
  { header: '决策日期', key: 'decidedOn', width: 12 },
  { header: '单位', key: 'unit', width: 20 },
  { header: '类别', key: 'category', width: 14 },
  { header: '决策事项', key: 'matter', width: 32 },
  { header: '会议', key: 'meeting', width: 18 },
  { header: '表态情况（按发言先后）', key: 'views', width: 56 },
  { header: '主要负责人', key: 'principal', width: 12 },
  { header: '决策结果', key: 'decision', width: 40 },
] as const;

/** "1. 张三：同意" per line, the principal marked; the last line is the principal's (末位表态). */
function viewsText(d: MajorDecision): string {
  return d.views.map((v) => `${v.seq}. ${v.personName}${v.principal ? '（主要负责人）' : ''}：${v.view}`).join('\n');
}

/** 三重一大决策记录: one row per decision, every participant's view in order in one cell. */
export async function buildMajorDecisionLog(decisions: MajorDecision[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '模范机关建设平台';
  const sheet = workbook.addWorksheet('三重一大');
  sheet.columns = COLUMNS.map((c) => ({ ...c }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const text = (s: string) => neutralizeSpreadsheetText(s);
  for (const d of decisions) {
    const added = sheet.addRow({
      decidedOn: d.decidedOn,
      unit: text(d.unitName),
      category: MAJOR_DECISION_CATEGORY_LABELS[d.category],
      matter: text(d.matter),
      meeting: text(d.meeting),
      views: text(viewsText(d)),
      principal: text(d.views.find((v) => v.principal)?.personName ?? ''),
      decision: text(d.decision),
    });
    added.alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
