import ExcelJS from 'exceljs';
import { PUBLIC_REQUEST_STATUS_LABELS, neutralizeSpreadsheetText } from '@mofan/shared';
import { maskContact } from './mask-contact';
import { claimedNodeLabel } from './public-requests.presenter';
import type { PublicRequestJoinedRow } from './public-requests.repository';
import { statusOf } from './public-requests.rules';

const COLUMNS = [
  { header: '提出日期', key: 'raisedOn', width: 12 },
  { header: '诉求事项', key: 'title', width: 30 },
  { header: '诉求内容', key: 'content', width: 40 },
  { header: '提出人', key: 'requesterName', width: 10 },
  { header: '联系方式（脱敏）', key: 'contact', width: 16 },
  { header: '受理组织', key: 'node', width: 20 },
  { header: '认领单位（科室）', key: 'claimed', width: 22 },
  { header: '认领人', key: 'claimedPerson', width: 10 },
  { header: '状态', key: 'status', width: 16 },
  { header: '解决日期', key: 'solvedOn', width: 12 },
  { header: '解决情况', key: 'solution', width: 36 },
  { header: '办结日期', key: 'closedOn', width: 12 },
  { header: '完善机制', key: 'improvement', width: 36 },
  { header: '群众评价', key: 'satisfaction', width: 10 },
] as const;

const SATISFACTION_TEXT: Record<string, string> = { satisfied: '满意', dissatisfied: '不满意' };

/**
 * 群众诉求台账: one row per request. The contact is always masked — a file leaves the platform's
 * access control — and every text cell is neutralised against formula injection.
 */
export async function buildPublicRequestLedger(rows: PublicRequestJoinedRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '模范机关建设平台';
  const sheet = workbook.addWorksheet('群众诉求台账');
  sheet.columns = COLUMNS.map((c) => ({ ...c }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const text = (s: string | null) => (s === null ? '' : neutralizeSpreadsheetText(s));
  for (const row of rows) {
    const r = row.request;
    const added = sheet.addRow({
      raisedOn: r.raisedOn,
      title: text(r.title),
      content: text(r.content),
      requesterName: text(r.requesterName),
      contact: r.requesterContact ? text(maskContact(r.requesterContact)) : '',
      node: text(row.nodeName),
      claimed: text(claimedNodeLabel(row)),
      claimedPerson: text(row.claimedPersonName),
      status: PUBLIC_REQUEST_STATUS_LABELS[statusOf(r.status)],
      solvedOn: r.solvedOn ?? '',
      solution: text(r.solution),
      closedOn: r.closedOn ?? '',
      improvement: text(r.improvement),
      satisfaction: r.satisfaction ? (SATISFACTION_TEXT[r.satisfaction] ?? '') : '',
    });
    added.alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
