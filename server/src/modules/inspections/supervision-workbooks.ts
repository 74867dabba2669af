/** The list exports of 督查 and 整改 (Excel): what the list pages show, one row per entry. */
import ExcelJS from 'exceljs';
import {
  INSPECTION_KIND_LABELS,
  INSPECTION_STATUS_LABELS,
  type InspectionSummary,
  RECTIFICATION_STATUS_LABELS,
  type RectificationSummary,
  problemTagLabel,
} from '@mofan/shared';
import { cellText, header, lightText, paintLight } from './problem-ledger-workbook';

export const INSPECTION_LIST_COLUMNS = [
  { header: '计划日期', key: 'plannedOn', width: 12 },
  { header: '名称', key: 'title', width: 32 },
  { header: '方式', key: 'kind', width: 16 },
  { header: '组织单位', key: 'organizer', width: 20 },
  { header: '被检查单位（科室）', key: 'targets', width: 36 },
  { header: '检查人员', key: 'inspectors', width: 20 },
  { header: '检查内容', key: 'subject', width: 30 },
  { header: '状态', key: 'status', width: 8 },
  { header: '完成日期', key: 'doneOn', width: 12 },
  { header: '发现问题', key: 'problems', width: 10 },
  { header: '检查结果', key: 'result', width: 40 },
] as const;

export const RECTIFICATION_LIST_COLUMNS = [
  { header: '单位', key: 'unit', width: 20 },
  { header: '问题所在', key: 'problemNode', width: 14 },
  { header: '问题事实', key: 'facts', width: 36 },
  { header: '问题类别', key: 'tags', width: 24 },
  { header: '整改措施', key: 'measures', width: 36 },
  { header: '整改重点', key: 'focus', width: 24 },
  { header: '责任单位', key: 'responsible', width: 18 },
  { header: '责任人', key: 'responsiblePerson', width: 10 },
  { header: '起算日期', key: 'startedOn', width: 12 },
  { header: '时限（工作日）', key: 'workingDays', width: 12 },
  { header: '整改期限', key: 'dueOn', width: 12 },
  { header: '状态', key: 'status', width: 12 },
  { header: '亮灯', key: 'light', width: 8 },
  { header: '已转督办', key: 'escalated', width: 10 },
] as const;

function newSheet(name: string, columns: readonly { header: string; key: string; width: number }[]): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '模范机关建设平台';
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns.map((c) => ({ ...c }));
  header(sheet);
  return { workbook, sheet };
}

function targetText(t: InspectionSummary['targets'][number]): string {
  return t.unitName ? `${t.unitName}${t.nodeName}` : t.nodeName;
}

export async function buildInspectionList(items: InspectionSummary[]): Promise<Buffer> {
  const { workbook, sheet } = newSheet('督查检查', INSPECTION_LIST_COLUMNS);
  for (const i of items) {
    sheet
      .addRow({
        plannedOn: i.plannedOn,
        title: cellText(i.title),
        kind: INSPECTION_KIND_LABELS[i.kind],
        organizer: cellText(i.organizerNodeName),
        targets: cellText(i.targets.map(targetText).join('、')),
        inspectors: cellText(i.inspectorNames.join('、')),
        subject: cellText(i.subject),
        status: INSPECTION_STATUS_LABELS[i.status],
        doneOn: i.doneOn ?? '',
        problems: i.problemCount,
        result: cellText(i.result),
      })
      .alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function buildRectificationList(items: RectificationSummary[]): Promise<Buffer> {
  const { workbook, sheet } = newSheet('整改', RECTIFICATION_LIST_COLUMNS);
  for (const r of items) {
    const row = sheet.addRow({
      unit: cellText(r.unitName),
      problemNode: cellText(r.problemNodeName),
      facts: cellText(r.problemFacts),
      tags: r.problemTags.map(problemTagLabel).join('、'),
      measures: cellText(r.measures),
      focus: cellText(r.focus),
      responsible: cellText(r.responsibleNodeName),
      responsiblePerson: cellText(r.responsiblePersonName),
      startedOn: r.startedOn,
      workingDays: r.workingDays,
      dueOn: r.dueOn,
      status: RECTIFICATION_STATUS_LABELS[r.status],
      light: r.status === 'closed' ? '—' : lightText(r.light),
      escalated: r.escalatedDirectiveId ? '是' : '否',
    });
    if (r.status !== 'closed') paintLight(row.getCell('light'), r.light);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
