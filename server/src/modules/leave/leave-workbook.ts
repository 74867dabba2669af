import ExcelJS from 'exceljs';
import { LEAVE_KIND_LABELS, LEAVE_STATUS_LABELS, type LeaveRequest, neutralizeSpreadsheetText } from '@mofan/shared';

export const LEAVE_COLUMNS = [
  { header: '姓名', key: 'personName', width: 12 },
  { header: '单位', key: 'unitName', width: 22 },
  { header: '科室', key: 'departmentName', width: 16 },
  { header: '类型', key: 'kind', width: 10 },
  { header: '起始日期', key: 'startsOn', width: 12 },
  { header: '结束日期', key: 'endsOn', width: 12 },
  { header: '销假日期', key: 'returnedOn', width: 12 },
  { header: '天数', key: 'days', width: 8 },
  { header: '事由', key: 'reason', width: 30 },
  { header: '状态', key: 'status', width: 10 },
  { header: '审批人', key: 'approverName', width: 12 },
  { header: '审批意见', key: 'decisionNote', width: 30 },
] as const;

/** 请销假登记表: one row per request; every typed text neutralised against formula injection. */
export async function buildLeaveWorkbook(items: LeaveRequest[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '模范机关建设平台';
  const sheet = workbook.addWorksheet('请销假记录');
  sheet.columns = LEAVE_COLUMNS.map((c) => ({ ...c }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const text = (s: string | null) => (s === null ? '' : neutralizeSpreadsheetText(s));
  for (const r of items) {
    const row = sheet.addRow({
      personName: text(r.personName),
      unitName: text(r.unitName),
      departmentName: text(r.departmentName),
      kind: LEAVE_KIND_LABELS[r.kind],
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      returnedOn: r.returnedOn ?? '',
      days: r.days,
      reason: text(r.reason),
      status: LEAVE_STATUS_LABELS[r.status],
      approverName: text(r.approverName),
      decisionNote: text(r.decisionNote),
    });
    row.alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
