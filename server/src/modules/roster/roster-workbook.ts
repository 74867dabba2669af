import ExcelJS from 'exceljs';
import {
  GENDER_LABELS,
  type Person,
  PERSON_STATUS_LABELS,
  POLITICAL_STATUS_LABELS,
  ROSTER_COLUMNS,
  type RosterColumnKey,
  neutralizeSpreadsheetText,
} from '@mofan/shared';
import { cellText } from './roster-cells';

const TEMPLATE_ROWS = 5000;

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The 花名册 template: the columns, dropdowns for the closed lists, text format for 身份证号. */
export async function buildRosterTemplate(structure: { departments: string[]; branches: string[] } | null): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '模范机关建设平台';
  const sheet = workbook.addWorksheet('花名册');
  sheet.columns = ROSTER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.key === 'idCardNo' ? 22 : 14 }));
  styleHeader(sheet);
  const col = (key: RosterColumnKey) => ROSTER_COLUMNS.findIndex((c) => c.key === key) + 1;
  sheet.getColumn(col('idCardNo')).numFmt = '@';
  sheet.getColumn(col('phone')).numFmt = '@';
  const list = (key: RosterColumnKey, values: string[]) => {
    // An explicit list is split on commas with no way to escape one, so a name holding a comma
    // would become two wrong entries; such a column goes without a dropdown (填写说明 lists the names).
    if (values.length === 0 || values.some((v) => v.includes(','))) return;
    // Inside the formula's string literal a quote is written twice.
    const formula = `"${values.map((v) => v.replaceAll('"', '""')).join(',')}"`;
    if (formula.length > 255) return;
    for (let r = 2; r <= TEMPLATE_ROWS + 1; r++) {
      sheet.getCell(r, col(key)).dataValidation = { type: 'list', allowBlank: true, formulae: [formula] };
    }
  };
  list('gender', Object.values(GENDER_LABELS));
  list('politicalStatus', Object.values(POLITICAL_STATUS_LABELS));
  if (structure) list('department', structure.departments);

  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ width: 16 }, { width: 80 }];
  help.addRows([
    ['列', '说明'],
    ...ROSTER_COLUMNS.map((c) => [c.header + (c.required ? '（必填）' : ''), columnHelp(c.key)]),
    [],
    ['本单位科室', structure?.departments.join('、') ?? '下载模板时选择单位即可列出'],
    ['本单位党支部', structure?.branches.join('、') ?? '下载模板时选择单位即可列出'],
    [],
    ['示例', '张伟 | 男 | 360102199001011234 | 汉族 | 13800000000 | 办公室 | 科员 | 2015-07-01 | 中共党员 | 第一党支部 | 第一党小组 | 2012-06-01 | 2013-06-01'],
  ]);
  help.getRow(1).font = { bold: true };
  return toBuffer(workbook);
}

function columnHelp(key: RosterColumnKey): string {
  const help: Record<RosterColumnKey, string> = {
    name: '最多50字',
    gender: '男 或 女；留空时按身份证号判断',
    idCardNo: '18位，末位可为X；请保持文本格式，否则 Excel 会丢失末几位',
    ethnicity: '如 汉族；最多20字',
    phone: '11位手机号',
    department: '本单位内设科室的名称，须与系统中一致',
    jobTitle: '如 科员、一级主任科员；最多50字',
    hiredOn: '日期，如 2015-07-01、2015/7/1 或 2015年7月1日',
    politicalStatus: '中共党员、中共预备党员、共青团员、民主党派、群众',
    branch: '党员填写：本单位党支部全称或简称（如 第一党支部）',
    partyGroup: '党员填写：所在党支部下的党小组名称',
    joinedPartyOn: '党员必填',
    fullMemberOn: '正式党员必填；预备党员不填',
  };
  return help[key];
}

export interface ParsedRoster {
  missingHeaders: string[];
  rows: { row: number; values: Record<RosterColumnKey, string> }[];
}

/** Reads the first sheet; columns are found by their header text, so their order may differ. */
export async function parseRosterWorkbook(buffer: Buffer): Promise<ParsedRoster> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { missingHeaders: ROSTER_COLUMNS.map((c) => c.header), rows: [] };
  const positions = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, colNumber) => positions.set(cellText(cell).replace(/[\s*＊（(]必填[)）]?/g, '').trim(), colNumber));
  const missingHeaders = ROSTER_COLUMNS.filter((c) => c.required && !positions.has(c.header)).map((c) => c.header);
  const rows: ParsedRoster['rows'] = [];
  if (missingHeaders.length > 0) return { missingHeaders, rows };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, positions.has(c.header) ? cellText(row.getCell(positions.get(c.header)!)) : ''])) as Record<RosterColumnKey, string>;
    if (Object.values(values).every((x) => x.trim() === '')) return;
    rows.push({ row: rowNumber, values });
  });
  return { missingHeaders, rows };
}

/** The filtered people list as a 台账: every text cell neutralised against formula injection. */
export async function buildPeopleExport(people: Person[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '模范机关建设平台';
  const sheet = workbook.addWorksheet('人员名单');
  sheet.columns = [
    { header: '序号', key: 'no', width: 6 },
    { header: '姓名', key: 'name', width: 10 },
    { header: '性别', key: 'gender', width: 6 },
    { header: '身份证号', key: 'idCardNo', width: 22 },
    { header: '民族', key: 'ethnicity', width: 8 },
    { header: '手机号', key: 'phone', width: 14 },
    { header: '所在单位', key: 'unit', width: 22 },
    { header: '所在科室', key: 'department', width: 16 },
    { header: '职务', key: 'jobTitle', width: 14 },
    { header: '入职日期', key: 'hiredOn', width: 12 },
    { header: '政治面貌', key: 'politicalStatus', width: 12 },
    { header: '所在党支部', key: 'branch', width: 26 },
    { header: '所在党小组', key: 'partyGroup', width: 12 },
    { header: '入党日期', key: 'joinedPartyOn', width: 12 },
    { header: '转正日期', key: 'fullMemberOn', width: 12 },
    { header: '状态', key: 'status', width: 8 },
  ];
  styleHeader(sheet);
  const text = (s: string | null) => (s === null ? '' : neutralizeSpreadsheetText(s));
  people.forEach((p, i) => {
    sheet.addRow({
      no: i + 1,
      name: text(p.name),
      gender: GENDER_LABELS[p.gender],
      idCardNo: text(p.idCardNo),
      ethnicity: text(p.ethnicity),
      phone: text(p.phone),
      unit: text(p.unitName),
      department: text(p.departmentName),
      jobTitle: text(p.jobTitle),
      hiredOn: p.hiredOn ?? '',
      politicalStatus: POLITICAL_STATUS_LABELS[p.politicalStatus],
      branch: text(p.branchName),
      partyGroup: text(p.partyGroupName),
      joinedPartyOn: p.joinedPartyOn ?? '',
      fullMemberOn: p.fullMemberOn ?? '',
      status: PERSON_STATUS_LABELS[p.status],
    });
  });
  return toBuffer(workbook);
}
