import ExcelJS from 'exceljs';
import { DIRECTIVE_SOURCE_LABELS, DIRECTIVE_SOURCES, DIRECTIVE_STATUS_LABELS, type DirectiveLight, neutralizeSpreadsheetText } from '@mofan/shared';
import type { DirectiveFacts } from './directive-statistics';

export const LEDGER_COLUMNS = [
  { header: '编号', key: 'code', width: 14 },
  { header: '来源', key: 'source', width: 14 },
  { header: '事项', key: 'title', width: 36 },
  { header: '领导批示', key: 'instruction', width: 36 },
  { header: '承办', key: 'lead', width: 22 },
  { header: '协办', key: 'assist', width: 22 },
  { header: '立项日期', key: 'registeredOn', width: 12 },
  { header: '办理时限', key: 'dueOn', width: 12 },
  { header: '延期至', key: 'extendedDueOn', width: 12 },
  { header: '状态', key: 'status', width: 14 },
  { header: '亮灯', key: 'light', width: 8 },
  { header: '办结日期', key: 'doneOn', width: 12 },
  { header: '用时（工作日）', key: 'workingDays', width: 14 },
] as const;

const LIGHT_TEXT: Record<DirectiveLight, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };
const LIGHT_FILL: Record<DirectiveLight, string> = { green: 'FFC6EFCE', yellow: 'FFFFEB9C', red: 'FFFFC7CE' };

function sourceLabel(source: string): string {
  const known = DIRECTIVE_SOURCES.find((s) => s === source);
  return known ? DIRECTIVE_SOURCE_LABELS[known] : source;
}

/** "张书记：请抓紧落实" when the leader is named. */
function instructionText(f: DirectiveFacts): string {
  const { instruction, instructedBy } = f.row;
  if (!instruction) return '';
  return instructedBy ? `${instructedBy}：${instruction}` : instruction;
}

function leadText(f: DirectiveFacts): string {
  const r = f.row;
  return r.leadUnitName && r.leadNodeKind !== 'unit' ? `${r.leadUnitName}${r.leadNodeName}` : r.leadNodeName;
}

/** 督办台账: one row per directive; every text cell neutralised against formula injection. */
export async function buildDirectiveLedger(facts: DirectiveFacts[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '模范机关建设平台';
  const sheet = workbook.addWorksheet('督办台账');
  sheet.columns = LEDGER_COLUMNS.map((c) => ({ ...c }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const text = (s: string | null) => (s === null ? '' : neutralizeSpreadsheetText(s));
  for (const f of facts) {
    const r = f.row;
    const row = sheet.addRow({
      code: text(r.code),
      source: sourceLabel(r.source),
      title: text(r.title),
      instruction: text(instructionText(f)),
      lead: text(leadText(f)),
      assist: text(r.assistNodeNames.join('、')),
      registeredOn: r.registeredOn,
      dueOn: r.dueOn,
      extendedDueOn: r.extendedDueOn ?? '',
      status: DIRECTIVE_STATUS_LABELS[f.status],
      // A closed directive has no light left to watch.
      light: f.closed ? '—' : LIGHT_TEXT[f.light],
      doneOn: f.doneOn ?? '',
      workingDays: f.workingDays ?? '',
    });
    if (!f.closed) row.getCell('light').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LIGHT_FILL[f.light] } };
    row.alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
