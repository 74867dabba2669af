/**
 * The problem / 整改 台账 (Excel): one row per problem — where, what, its tags in Chinese, severity,
 * repeat flags, then its 整改 (measures, limit, status, light, verification) and 问责. Every text
 * cell is neutralised against formula injection.
 */
import ExcelJS from 'exceljs';
import {
  ACCOUNTABILITY_KINDS,
  ACCOUNTABILITY_KIND_LABELS,
  type DirectiveLight,
  type DirectiveLightDay,
  PROBLEM_SEVERITIES,
  PROBLEM_SEVERITY_LABELS,
  PROBLEM_STATUSES,
  PROBLEM_STATUS_LABELS,
  type ProblemRepeats,
  RECTIFICATION_STATUS_LABELS,
  neutralizeSpreadsheetText,
  problemTagLabel,
  rectificationLight,
  shanghaiDate,
} from '@mofan/shared';
import { oneOf } from './inspections.presenter';
import type { AccountabilityJoinedRow, ProblemJoinedRow } from './problems.repository';
import { rectificationStatusOf } from './rectifications.presenter';
import type { VerificationSummary } from './rectifications.repository';

export const PROBLEM_LEDGER_COLUMNS = [
  { header: '序号', key: 'no', width: 6 },
  { header: '发现日期', key: 'foundOn', width: 12 },
  { header: '检查', key: 'inspection', width: 24 },
  { header: '单位', key: 'unit', width: 20 },
  { header: '科室', key: 'department', width: 14 },
  { header: '涉及人员', key: 'person', width: 10 },
  { header: '问题事实', key: 'facts', width: 40 },
  { header: '问题类别', key: 'tags', width: 28 },
  { header: '严重程度', key: 'severity', width: 8 },
  { header: '重复标记', key: 'repeats', width: 22 },
  { header: '整改措施', key: 'measures', width: 36 },
  { header: '整改重点', key: 'focus', width: 24 },
  { header: '责任单位', key: 'responsible', width: 18 },
  { header: '责任人', key: 'responsiblePerson', width: 10 },
  { header: '时限（工作日）', key: 'workingDays', width: 12 },
  { header: '整改期限', key: 'dueOn', width: 12 },
  { header: '状态', key: 'status', width: 12 },
  { header: '亮灯', key: 'light', width: 8 },
  { header: '核验', key: 'verification', width: 20 },
  { header: '问责', key: 'accountability', width: 30 },
] as const;

const LIGHT_TEXT: Record<DirectiveLight, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };
const LIGHT_FILL: Record<DirectiveLight, string> = { green: 'FFC6EFCE', yellow: 'FFFFEB9C', red: 'FFFFC7CE' };

export interface LedgerProblem {
  row: ProblemJoinedRow;
  repeats: ProblemRepeats;
  accountabilities: AccountabilityJoinedRow[];
  verification: VerificationSummary | null;
}

export function repeatText(repeats: ProblemRepeats): string {
  const parts: string[] = [];
  if (repeats.repeatAtUnit.length > 0) parts.push('同一单位一年内再次发生');
  if (repeats.widespread.length > 0) parts.push('普遍发生');
  if (repeats.recurredAfterRectification.length > 0) parts.push('整改后反复出现');
  return parts.join('、');
}

function verificationText(status: string | null, v: VerificationSummary | null): string {
  if (!status) return '';
  const back = v && v.reopened > 0 ? `退回${v.reopened}次` : '';
  if (status === 'closed' && v?.acceptedAt) return [`${shanghaiDate(v.acceptedAt)}核验通过`, back].filter(Boolean).join('，');
  if (status === 'submitted') return ['待核验', back].filter(Boolean).join('，');
  return back;
}

function accountabilityText(list: AccountabilityJoinedRow[]): string {
  return list
    .map((a) => {
      const who = a.personName ?? a.nodeName ?? '';
      return `${a.accountability.decidedOn} ${who}${ACCOUNTABILITY_KIND_LABELS[oneOf(ACCOUNTABILITY_KINDS, a.accountability.kind, 'accountability kind')]}`;
    })
    .join('；');
}

export function header(sheet: ExcelJS.Worksheet): void {
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

export function cellText(s: string | null | undefined): string {
  return s ? neutralizeSpreadsheetText(s) : '';
}

export function paintLight(cell: ExcelJS.Cell, light: DirectiveLight): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LIGHT_FILL[light] } };
}

export function lightText(light: DirectiveLight): string {
  return LIGHT_TEXT[light];
}

export async function buildProblemLedger(problems: LedgerProblem[], day: DirectiveLightDay, sheetName = '问题整改台账'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '模范机关建设平台';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = PROBLEM_LEDGER_COLUMNS.map((c) => ({ ...c }));
  header(sheet);
  problems.forEach((entry, i) => {
    const { row: r } = entry;
    const p = r.problem;
    const rect = r.rectification;
    const rectStatus = rect ? rectificationStatusOf(rect.status) : null;
    // An open 整改 has a light to watch; a 销号 one, or a problem with no 整改 yet, has none.
    const light = rect && rectStatus && rectStatus !== 'closed' ? rectificationLight(day, { status: rectStatus, dueOn: rect.dueOn }) : null;
    const added = sheet.addRow({
      no: i + 1,
      foundOn: p.foundOn,
      inspection: cellText(r.inspectionTitle),
      unit: cellText(r.unitName),
      department: r.nodeKind === 'unit' ? '' : cellText(r.nodeName),
      person: cellText(r.personName),
      facts: cellText(p.facts),
      tags: p.tags.map(problemTagLabel).join('、'),
      severity: PROBLEM_SEVERITY_LABELS[oneOf(PROBLEM_SEVERITIES, p.severity, 'severity')],
      repeats: repeatText(entry.repeats),
      measures: cellText(rect?.measures),
      focus: cellText(rect?.focus),
      responsible: cellText(r.responsibleNodeName),
      responsiblePerson: cellText(r.responsiblePersonName),
      workingDays: rect?.workingDays ?? '',
      dueOn: rect?.dueOn ?? '',
      status: rectStatus ? RECTIFICATION_STATUS_LABELS[rectStatus] : PROBLEM_STATUS_LABELS[oneOf(PROBLEM_STATUSES, p.status, 'problem status')],
      light: light ? LIGHT_TEXT[light] : '—',
      verification: verificationText(rectStatus, entry.verification),
      accountability: cellText(accountabilityText(entry.accountabilities)),
    });
    if (light) paintLight(added.getCell('light'), light);
    added.alignment = { vertical: 'top', wrapText: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
