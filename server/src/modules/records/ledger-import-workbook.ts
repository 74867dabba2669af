import ExcelJS from 'exceljs';
import {
  ACTIVITY_GROUP_LABELS,
  ACTIVITY_KIND_DEFINITIONS,
  ACTIVITY_KINDS,
  type ActivityKindDefinition,
  LEDGER_COLUMNS,
  type LedgerColumnKey,
  ORG_NODE_KIND_LABELS,
  type OrgNodeKind,
  RECORD_FIELD_DEFINITIONS,
  RECORD_SCOPE_LABELS,
  neutralizeSpreadsheetText,
} from '@mofan/shared';
import { cellText } from '../roster/roster-cells';

const SHEET_NAME = '台账';

/** The kinds filled in stage by stage (为群众办实事 …), named in the help of their stage columns. */
const STAGED_LABELS = ACTIVITY_KINDS.filter((k) => (ACTIVITY_KIND_DEFINITIONS[k].stages ?? []).length > 1)
  .map((k) => ACTIVITY_KIND_DEFINITIONS[k].label)
  .join('、');

const COLUMN_HELP: Record<LedgerColumnKey, string> = {
  date: '活动日期，如 2026-02-15、2026/2/15 或 2026年2月15日；月读一书可只写月份（2026-02）；为群众办实事写了解需求的日期；不能晚于今天',
  kinds: '一种或多种活动类型，用“、”或“，”分隔，名称见下表（一次主题党日同时是党课、警示教育的，写 主题党日、党课、警示教育）',
  owner: '组织台账必填：本单位、本单位的科室或党组织（全称或简称，如 第一党支部；党小组可写 第一党支部第一党小组）；个人记录可不填，默认本人所在科室',
  person: '个人记录（月读一书、下基层调研、谈心谈话等）必填：本人姓名；组织台账不填',
  topic: '主题、议题、党课题目或学习内容；为群众办实事写群众需求',
  lecturer: '主讲人（党课、业务讲堂、廉政党课等必填）：本单位人员填姓名；外请人员照写，如 市委党校王教授',
  host: '主持人、谈话人或带队领导：本单位人员姓名',
  participants: '参加人员姓名，用“、”分隔；本单位有重名时写作 姓名（身份证号后4位），如 张伟（123X）',
  absentees: '缺席人员及原因，用“、”分隔，如 李娜（出差）、王强（病假）',
  notes: '简要情况，最多2000字',
  bookTitle: '月读一书必填：书名',
  place: '地点（现场办公、宣讲、下基层调研等必填）',
  endsOn: '多日活动（下基层调研）的结束日期',
  purpose: '下基层调研必填：事由',
  community: '双报到、双报告必填：报到社区',
  household: '结对帮扶农户登记必填：农户',
  familyMember: '家属签订家庭助廉承诺书：签订家属',
  triggerReason: '谈心谈话：谈话缘由（如岗位调整）',
  claimedOn: `${STAGED_LABELS}：认领问题的日期，不早于了解需求的日期；已解决的事项须填写`,
  solvedOn: `${STAGED_LABELS}：解决问题的日期，不早于认领日期；与解决情况一并填写后才计入落实`,
  solution: `${STAGED_LABELS}：解决情况，最多500字；与解决日期一并填写`,
  improvement: `${STAGED_LABELS}：完善机制（解决后建立的长效做法），最多500字；可不填`,
};

export interface TemplateNode {
  name: string;
  kind: string;
}

/** 为群众办实事 and the like: the stages after the first, in order, and the one from which the record counts. */
function stagesHelp(d: ActivityKindDefinition): string {
  const later = (d.stages ?? []).slice(1);
  if (later.length === 0) return '';
  const steps = later.map((s) => `${s.label}（${s.fields.map((f) => RECORD_FIELD_DEFINITIONS[f].label).join('、')}）`).join(' → ');
  const counting = d.stages?.find((s) => s.id === d.countsFromStage);
  return `；已办结的事项接着填写：${steps}${counting ? `，填到“${counting.label}”才计入落实` : ''}`;
}

/** A cell that repeats a name someone typed into the system is shown, never run as a formula. */
const safe = (s: string) => neutralizeSpreadsheetText(s);

/** The 台账 template: the columns, and a 填写说明 sheet with the kind labels and the unit's nodes. */
export async function buildLedgerTemplate(unitName: string, nodes: TemplateNode[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '模范机关建设平台';
  const sheet = workbook.addWorksheet(SHEET_NAME);
  sheet.columns = LEDGER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: ['kinds', 'participants', 'absentees', 'notes', 'topic', 'solution', 'improvement'].includes(c.key) ? 28 : 14 }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ width: 30 }, { width: 14 }, { width: 30 }, { width: 60 }];
  const bold = (row: ExcelJS.Row) => {
    row.font = { bold: true };
  };
  bold(help.addRow(['列', '说明']));
  for (const c of LEDGER_COLUMNS) help.addRow([c.header + (c.required ? '（必填）' : ''), COLUMN_HELP[c.key]]);
  help.addRow([]);
  help.addRow(['示例', '2026-02-26 | 主题党日、党课 | 第一党支部 |  | 学习党章 | 市委党校王教授 | 张伟 | 张伟、李娜、王强（1234） | 赵敏（出差） | …']);
  help.addRow([]);
  bold(help.addRow(['活动类型', '类别', '可记在', '须填写']));
  for (const kind of ACTIVITY_KINDS) {
    const d = ACTIVITY_KIND_DEFINITIONS[kind];
    const where = d.scope === 'personal' ? '本人（默认所在科室）' : d.ownerKinds.map((k) => ORG_NODE_KIND_LABELS[k]).join('、');
    const required = d.fields
      .filter((f) => f.required && !RECORD_FIELD_DEFINITIONS[f.field].media && !(d.stages ?? []).slice(1).some((s) => s.fields.includes(f.field)))
      .map((f) => f.label ?? RECORD_FIELD_DEFINITIONS[f.field].label)
      .join('、');
    help.addRow([d.label, `${RECORD_SCOPE_LABELS[d.scope]} · ${ACTIVITY_GROUP_LABELS[d.group]}`, where, required + stagesHelp(d)]);
  }
  help.addRow([]);
  bold(help.addRow([`${safe(unitName)}的组织`, '类型']));
  for (const n of nodes) help.addRow([safe(n.name), ORG_NODE_KIND_LABELS[n.kind as OrgNodeKind] ?? n.kind]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface ParsedLedger {
  missingHeaders: string[];
  rows: { row: number; values: Record<LedgerColumnKey, string> }[];
}

/** Reads the 台账 sheet (or the first one); columns are found by their header text, in any order. */
export async function parseLedgerWorkbook(buffer: Buffer): Promise<ParsedLedger> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) return { missingHeaders: LEDGER_COLUMNS.filter((c) => c.required).map((c) => c.header), rows: [] };
  const positions = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, colNumber) => positions.set(cellText(cell).replace(/[\s*＊]|[（(]必填[)）]/g, ''), colNumber));
  const missingHeaders = LEDGER_COLUMNS.filter((c) => c.required && !positions.has(c.header)).map((c) => c.header);
  const rows: ParsedLedger['rows'] = [];
  if (missingHeaders.length > 0) return { missingHeaders, rows };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values = Object.fromEntries(
      LEDGER_COLUMNS.map((c) => {
        const position = positions.get(c.header);
        return [c.key, position === undefined ? '' : cellText(row.getCell(position))];
      }),
    ) as Record<LedgerColumnKey, string>;
    if (Object.values(values).every((x) => x.trim() === '')) return;
    rows.push({ row: rowNumber, values });
  });
  return { missingHeaders, rows };
}
