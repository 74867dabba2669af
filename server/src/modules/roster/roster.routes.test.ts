import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ImportJob, type PersonPage, ROSTER_COLUMNS, ROSTER_MAX_ROWS, type RosterColumnKey, computeIdCardCheckChar, maskIdCard } from '@mofan/shared';
import { auditLog, people, posts } from '../../db/schema/index';
import { type UnitFixture, createPerson, createUnit, createUser } from '../../../test/factories';
import { storeCompliance, storedComplianceCount } from '../../../test/stored-compliance';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';
import { buildRosterTemplate } from './roster-workbook';

const t = useTestApp();

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = ROSTER_COLUMNS.map((c) => c.header);

type RosterRow = Partial<Record<RosterColumnKey, ExcelJS.CellValue>>;

// ---------- building and reading workbooks ----------

async function workbookBuffer(headers: string[], rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(headers);
  sheet.addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A roster in the template's column order. */
function rosterFile(rows: RosterRow[]): Promise<Buffer> {
  return workbookBuffer(
    HEADERS,
    rows.map((r) => ROSTER_COLUMNS.map((c) => r[c.key] ?? null)),
  );
}

async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The rows of a sheet as objects keyed by the header text of row 1. */
function sheetRecords(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, col) => {
    headers[col] = String(cell.value);
  });
  const records: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const record: Record<string, ExcelJS.CellValue> = {};
    headers.forEach((h, col) => {
      record[h] = row.getCell(col).value;
    });
    records.push(record);
  });
  return records;
}

// ---------- 身份证号 that no factory produces ----------

function idCardOf(region: string, birth: string, seq: number): string {
  const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + computeIdCardCheckChar(first17);
}

/** A valid 18-digit number for index i of a batch, unique per (prefix, i) for i < 100,000. */
function batchIdCard(prefix: string, i: number): { id: string; gender: 'male' | 'female' } {
  const birth = `${1970 + (i % 30)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`;
  const seq = i % 1000;
  return { id: idCardOf(`${prefix}${String(Math.floor(i / 1000)).padStart(2, '0')}`, birth, seq), gender: seq % 2 === 1 ? 'male' : 'female' };
}

function toFullWidth(s: string): string {
  return s.replace(/[0-9A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/** A valid row; the kinds cycle through the ways clerks write political status and dates. */
function validRow(prefix: string, i: number, name: string): RosterRow {
  const { id, gender } = batchIdCard(prefix, i);
  const base: RosterRow = {
    name,
    idCardNo: id,
    gender: i % 3 === 0 ? '' : gender === 'male' ? '男' : '女',
    ethnicity: '汉族',
    phone: `139${String(i).padStart(8, '0')}`,
    department: i % 2 === 0 ? '办公室' : '业务科',
    jobTitle: '科员',
  };
  switch (i % 5) {
    case 0:
      return { ...base, politicalStatus: '中共党员', branch: '第一党支部', partyGroup: '第一党小组', joinedPartyOn: '2012-06-01', fullMemberOn: '2013/6/1', hiredOn: '2010.7.1' };
    case 1:
      return { ...base, politicalStatus: '群众', hiredOn: new Date(Date.UTC(2015, 6, 1)) };
    case 2:
      return { ...base, politicalStatus: '中共预备党员', branch: '第一党支部', joinedPartyOn: new Date(Date.UTC(2025, 0, 15)) };
    case 3:
      return { ...base, politicalStatus: '共青团员', hiredOn: '2018年3月1日' };
    default:
      // 党员 is what many clerks type for 中共党员.
      return { ...base, politicalStatus: '党员', branch: '第一党支部', joinedPartyOn: '20120601', fullMemberOn: '20130601', hiredOn: 20190901 };
  }
}

// ---------- HTTP helpers ----------

type Part = { name: string; value: string } | { name: string; filename: string; content: Buffer; contentType?: string };

function multipart(parts: Part[]): { payload: Buffer; contentType: string } {
  const boundary = `----mofanTest${crypto.randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if ('filename' in p) {
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\nContent-Type: ${p.contentType ?? XLSX}\r\n\r\n`));
      chunks.push(p.content);
    } else {
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value}`));
    }
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Sends the parts; `trickle` delivers the body in small chunks over several ticks, as a network does. */
function postParts(session: Session | null, parts: Part[], trickle = false) {
  const { payload, contentType } = multipart(parts);
  const headers: Record<string, string> = { 'content-type': contentType };
  if (session) {
    headers.cookie = session.cookie;
    headers['x-csrf-token'] = session.csrfToken;
  }
  if (!trickle) return t.app.inject({ method: 'POST', url: '/api/roster/imports', headers, payload });
  async function* chunks() {
    for (let i = 0; i < payload.length; i += 4096) {
      await new Promise((r) => setTimeout(r, 1));
      yield payload.subarray(i, i + 4096);
    }
  }
  return t.app.inject({ method: 'POST', url: '/api/roster/imports', headers: { ...headers, 'content-length': String(payload.length) }, payload: Readable.from(chunks()) });
}

/** Uploads the way the web app does: unitId first, then the file. */
function upload(session: Session | null, unitId: string, content: Buffer, filename = 'roster.xlsx') {
  return postParts(session, [
    { name: 'unitId', value: unitId },
    { name: 'file', filename, content },
  ]);
}

async function waitForJob(session: Session, id: string, seen: number[] = []): Promise<ImportJob> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const res = await call(t, session, 'GET', `/api/roster/imports/${id}`);
    expect(res.statusCode).toBe(200);
    const job = res.json<ImportJob>();
    seen.push(job.processedRows);
    if (job.status === 'done' || job.status === 'failed') return job;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${job.status} after 60 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function importAndWait(session: Session, unitId: string, content: Buffer): Promise<ImportJob> {
  const res = await upload(session, unitId, content);
  expect(res.statusCode, res.body).toBe(202);
  return waitForJob(session, res.json<ImportJob>().id);
}

async function lastAudit(action: string, userId: string) {
  const rows = await t.ctx.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.userId, userId)))
    .orderBy(sql`${auditLog.id} desc`)
    .limit(1);
  return rows[0];
}

// ---------- fixtures ----------

let A: UnitFixture;
let B: UnitFixture;
let adminA: Session;
let adminB: Session;
let leaderA: Session;

beforeAll(async () => {
  A = await createUnit(t);
  B = await createUnit(t, A.city);
  adminA = await login(t, (await createUser(t, [{ role: 'unit_admin', scope: A.unit }])).username, 'Test#Pass2026');
  adminB = await login(t, (await createUser(t, [{ role: 'unit_admin', scope: B.unit }])).username, 'Test#Pass2026');
  // A leader may read and export but not import.
  leaderA = await login(t, (await createUser(t, [{ role: 'leader', scope: A.unit }])).username, 'Test#Pass2026');
});

describe('GET /api/roster/template', () => {
  it('returns the template with the roster columns in order, and the unit’s 科室 in the instructions', async () => {
    const res = await call(t, adminA, 'GET', `/api/roster/template?unitId=${A.unit.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toContain('attachment');
    const workbook = await readWorkbook(res.rawPayload);
    const sheet = workbook.getWorksheet('花名册');
    expect(sheet).toBeDefined();
    const headers: string[] = [];
    sheet?.getRow(1).eachCell((cell) => headers.push(String(cell.value)));
    expect(headers).toEqual(HEADERS);
    const help = workbook.getWorksheet('填写说明');
    const lines = new Map<string, string>();
    help?.eachRow((row) => lines.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(lines.get('本单位科室')?.split('、').sort()).toEqual(['业务科', '办公室'].sort());
    expect(lines.get('本单位党支部')).toBe('第一党支部');
    expect(lines.get('身份证号（必填）')).toContain('文本');
  });

  it('without a unit still gives the columns, and says how to list the 科室', async () => {
    const res = await call(t, adminA, 'GET', '/api/roster/template');
    expect(res.statusCode).toBe(200);
    const workbook = await readWorkbook(res.rawPayload);
    const headers: string[] = [];
    workbook.worksheets[0]?.getRow(1).eachCell((cell) => headers.push(String(cell.value)));
    expect(headers).toEqual(HEADERS);
    const help = workbook.getWorksheet('填写说明');
    let departments = '';
    help?.eachRow((row) => {
      if (row.getCell(1).value === '本单位科室') departments = String(row.getCell(2).value);
    });
    expect(departments).toContain('选择单位');
  });

  it('refuses another unit (403), a node that is not a unit (400) and an unknown node (400)', async () => {
    expect((await call(t, adminA, 'GET', `/api/roster/template?unitId=${B.unit.id}`)).statusCode).toBe(403);
    const dept = await call(t, adminA, 'GET', `/api/roster/template?unitId=${A.departments[0].id}`);
    expect(dept.statusCode).toBe(400);
    expect(fieldsOf(dept)).toContain('unitId');
    const unknown = await call(t, adminA, 'GET', `/api/roster/template?unitId=${crypto.randomUUID()}`);
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(unknown)).toContain('unitId');
  });

  it('needs a session (401) and people.import (403)', async () => {
    expect((await call(t, null, 'GET', '/api/roster/template')).statusCode).toBe(401);
    expect((await call(t, leaderA, 'GET', '/api/roster/template')).statusCode).toBe(403);
    expect((await call(t, leaderA, 'GET', `/api/roster/template?unitId=${A.unit.id}`)).statusCode).toBe(403);
  });
});

describe('buildRosterTemplate: the 所在科室 dropdown', () => {
  const column = (key: RosterColumnKey) => ROSTER_COLUMNS.findIndex((c) => c.key === key) + 1;

  async function validations(departments: string[]) {
    const workbook = await readWorkbook(await buildRosterTemplate({ departments, branches: ['第一党支部'] }));
    const sheet = workbook.getWorksheet('花名册');
    if (!sheet) throw new Error('the template has no 花名册 sheet');
    const help = new Map<string, string>();
    workbook.getWorksheet('填写说明')?.eachRow((row) => help.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    return { department: sheet.getCell(2, column('department')).dataValidation, gender: sheet.getCell(2, column('gender')).dataValidation, help };
  }

  it('doubles a quote inside a 科室 name, so the list formula stays whole', async () => {
    const { department } = await validations(['办公室', '"创新"科']);
    expect(department).toMatchObject({ type: 'list', formulae: ['"办公室,""创新""科"'] });
  });

  it('leaves the dropdown out when a 科室 name holds a comma, and still lists the names in 填写说明', async () => {
    const { department, gender, help } = await validations(['办公室', '财务,审计科']);
    expect(department).toBeUndefined();
    expect(gender).toMatchObject({ type: 'list', formulae: ['"男,女"'] });
    expect(help.get('本单位科室')).toBe('办公室、财务,审计科');
  });

  it('offers plain names as they are', async () => {
    expect((await validations(['办公室', '业务科'])).department).toMatchObject({ type: 'list', formulae: ['"办公室,业务科"'] });
  });
});

describe('POST /api/roster/imports: a 5,000-row roster with 20 broken rows', () => {
  const ROWS = 5000;
  /** Excel row → the one column the report must blame. */
  const broken = new Map<number, string>();
  const brokenNames: string[] = [];
  let fullWidthId = '';
  let lowercaseXId = '';
  let existingId = '';
  let job: ImportJob;
  let seenProgress: number[] = [];
  let validIds: string[] = [];

  beforeAll(async () => {
    const existing = await createPerson(t, A, { name: '已在库人员' });
    existingId = existing.idCardNo;
    const rows: RosterRow[] = [];
    for (let i = 0; i < ROWS; i++) rows.push(validRow('3601', i, `导入${i}`));

    const female = batchIdCard('3601', 99_998);
    const breakages: [string, (r: RosterRow) => RosterRow][] = [
      ['身份证号', (r) => ({ ...r, idCardNo: `${String(r.idCardNo).slice(0, 17)}${String(r.idCardNo).endsWith('0') ? '1' : '0'}` })],
      ['性别', (r) => ({ ...r, idCardNo: female.id, gender: '男' })],
      ['所在科室', (r) => ({ ...r, department: '不存在科' })],
      ['所在党支部', (r) => ({ ...r, politicalStatus: '中共党员', branch: '第九党支部', partyGroup: '', joinedPartyOn: '2012-06-01', fullMemberOn: '2013-06-01' })],
      ['入职日期', (r) => ({ ...r, hiredOn: '2020-13-45' })],
      ['入党日期', (r) => ({ ...r, politicalStatus: '中共党员', branch: '第一党支部', joinedPartyOn: '', fullMemberOn: '2013-06-01' })],
      ['身份证号', (r) => ({ ...r, idCardNo: rows[0]?.idCardNo ?? '', gender: '' })],
      ['身份证号', (r) => ({ ...r, idCardNo: existingId, gender: '' })],
      ['手机号', (r) => ({ ...r, phone: '1390000000' })],
      // Typed into a number cell, Excel keeps only 15 significant digits.
      ['身份证号', (r) => ({ ...r, idCardNo: Number(`${String(r.idCardNo).slice(0, 17)}1`) })],
      ['性别', (r) => ({ ...r, gender: 'M' })],
      ['政治面貌', (r) => ({ ...r, politicalStatus: '党派' })],
      ['姓名', (r) => ({ ...r, name: '' })],
      ['转正日期', (r) => ({ ...r, politicalStatus: '中共预备党员', branch: '第一党支部', partyGroup: '', joinedPartyOn: '2024-06-01', fullMemberOn: '2025-06-01' })],
      ['所在党支部', (r) => ({ ...r, politicalStatus: '群众', branch: '第一党支部', partyGroup: '', joinedPartyOn: '', fullMemberOn: '' })],
      ['入职日期', (r) => ({ ...r, hiredOn: '2030-01-01' })],
      ['所在党小组', (r) => ({ ...r, politicalStatus: '中共党员', branch: '第一党支部', partyGroup: '第九党小组', joinedPartyOn: '2012-06-01', fullMemberOn: '2013-06-01' })],
      ['转正日期', (r) => ({ ...r, politicalStatus: '中共党员', branch: '第一党支部', joinedPartyOn: '2012-06-01', fullMemberOn: '2011-06-01' })],
      ['所在党小组', (r) => ({ ...r, politicalStatus: '中共党员', branch: '', partyGroup: '第一党小组', joinedPartyOn: '2012-06-01', fullMemberOn: '2013-06-01' })],
      ['身份证号', (r) => ({ ...r, idCardNo: idCardOf('360199', '19900230', 123), gender: '' })],
    ];
    breakages.forEach(([header, breakRow], k) => {
      const i = 100 + k * 240;
      const name = `坏行${k}`;
      // Broken rows keep a 姓名 so the test can look for them, except the row that tests 姓名.
      const row = breakRow({ ...rows[i], name });
      rows[i] = row;
      broken.set(i + 2, header);
      brokenNames.push(name);
    });
    // Rows that look odd but are fine: full-width digits and a lowercase x in the 身份证号.
    fullWidthId = String(rows[4001]?.idCardNo);
    rows[4001] = { ...rows[4001], idCardNo: toFullWidth(fullWidthId), name: '全角身份证' };
    let seq = 100;
    while (!idCardOf('360198', '19850615', seq).endsWith('X') || seq % 2 === 0) seq++;
    const withX = idCardOf('360198', '19850615', seq);
    lowercaseXId = withX;
    rows[4003] = { ...rows[4003], idCardNo: withX.toLowerCase(), gender: '男', name: '小写x' };

    validIds = rows.flatMap((r, i) => (broken.has(i + 2) ? [] : [i === 4001 ? fullWidthId : String(r.idCardNo).toUpperCase()]));
    const started = Date.now();
    const res = await upload(adminA, A.unit.id, await rosterFile(rows));
    expect(res.statusCode, res.body).toBe(202);
    const accepted = res.json<ImportJob>();
    expect(accepted).toMatchObject({ status: 'running', totalRows: ROWS, unitId: A.unit.id, unitName: A.unit.name, fileName: 'roster.xlsx' });
    seenProgress = [];
    job = await waitForJob(adminA, accepted.id, seenProgress);
    // The whole round trip (parse, validate, insert 4,980 people and their posts) stays quick.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('imports the 4,980 good rows and counts the 20 broken ones', () => {
    expect(job.failureMessage).toBeNull();
    expect(job).toMatchObject({ status: 'done', totalRows: ROWS, importedRows: 4980, errorRows: 20 });
    expect(job.finishedAt).not.toBeNull();
  });

  it('reports each broken row by its Excel row number and the Chinese header of the bad column', () => {
    const byRow = new Map<number, string[]>();
    for (const e of job.errors) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e.field]);
    expect([...byRow.keys()].sort((a, b) => a - b)).toEqual([...broken.keys()].sort((a, b) => a - b));
    for (const [row, header] of broken) expect({ row, fields: byRow.get(row) }).toEqual({ row, fields: [header] });
    for (const e of job.errors) expect(e.message.length).toBeGreaterThan(0);
    // The report is in row order, for the clerk working down the sheet.
    expect(job.errors.map((e) => e.row)).toEqual([...job.errors.map((e) => e.row)].sort((a, b) => a - b));
  });

  it('explains the duplicates, the number cell and the gender in words a clerk understands', () => {
    const at = (k: number) => job.errors.find((e) => e.row === 100 + k * 240 + 2);
    expect(at(6)?.message).toBe('与第 2 行重复');
    expect(at(7)?.message).toContain('已在系统中');
    expect(at(9)?.message).toContain('存成了数字');
    // The value shown is what Excel kept, without any internal marker.
    expect(at(9)?.value).toMatch(/^\d+$/);
    expect(at(1)?.message).toContain('性别与身份证号不符');
    expect(at(4)?.value).toBe('2020-13-45');
  });

  it('ends with processedRows equal to totalRows, never going backwards', () => {
    expect(job.processedRows).toBe(job.totalRows);
    expect(seenProgress).toEqual([...seenProgress].sort((a, b) => a - b));
  });

  it('stores the 4,980 people, each with a primary post in their 科室', async () => {
    const stored = await t.ctx.db.select({ id: people.id, idCardNo: people.idCardNo, unitId: people.unitId }).from(people).where(inArray(people.idCardNo, validIds));
    expect(stored).toHaveLength(4980);
    expect(new Set(stored.map((p) => p.unitId))).toEqual(new Set([A.unit.id]));
    const [withPost] = await t.ctx.db
      .select({ n: sql<number>`count(distinct ${people.id})::int` })
      .from(people)
      .innerJoin(posts, and(eq(posts.personId, people.id), eq(posts.nodeId, people.departmentId), eq(posts.isPrimary, true), eq(posts.role, 'department_member')))
      .where(inArray(people.idCardNo, validIds));
    expect(withPost?.n).toBe(4980);
  });

  it('imports none of the broken rows', async () => {
    const found = await t.ctx.db.select({ name: people.name }).from(people).where(like(people.name, '坏行%'));
    expect(found).toEqual([]);
    // The row with no 姓名 used a fresh 身份证号: it must not be there either.
    const [{ n } = { n: -1 }] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(people).where(eq(people.unitId, A.unit.id));
    expect(n).toBe(4980 + 1);
    expect(brokenNames).toHaveLength(20);
  });

  it('normalises a full-width 身份证号 and a lowercase x, and reads every way of writing a date', async () => {
    const [fw] = await t.ctx.db.select().from(people).where(eq(people.idCardNo, fullWidthId));
    expect(fw).toMatchObject({ name: '全角身份证' });
    const [x] = await t.ctx.db.select().from(people).where(eq(people.idCardNo, lowercaseXId));
    expect(x).toMatchObject({ name: '小写x', gender: 'male', birthDate: '1985-06-15' });
    const byName = async (name: string) => (await t.ctx.db.select().from(people).where(eq(people.name, name)))[0];
    expect(await byName('导入0')).toMatchObject({ politicalStatus: 'party_member', branchId: A.branch.id, partyGroupId: A.group.id, joinedPartyOn: '2012-06-01', fullMemberOn: '2013-06-01', hiredOn: '2010-07-01', departmentId: A.departments[0].id });
    expect(await byName('导入1')).toMatchObject({ politicalStatus: 'masses', branchId: null, hiredOn: '2015-07-01', departmentId: A.departments[1].id });
    expect(await byName('导入2')).toMatchObject({ politicalStatus: 'probationary_member', branchId: A.branch.id, joinedPartyOn: '2025-01-15', fullMemberOn: null });
    expect(await byName('导入3')).toMatchObject({ politicalStatus: 'league_member', hiredOn: '2018-03-01', gender: batchIdCard('3601', 3).gender });
    expect(await byName('导入4')).toMatchObject({ politicalStatus: 'party_member', joinedPartyOn: '2012-06-01', fullMemberOn: '2013-06-01', hiredOn: '2019-09-01' });
  });

  it('is audited as people.import with the counts', async () => {
    const entry = await lastAudit('people.import', adminA.userId);
    expect(entry).toMatchObject({ result: 'success', objectId: job.id, scopePath: A.unit.path, details: { totalRows: ROWS, importedRows: 4980, errorRows: 20 } });
  });
});

describe('POST /api/roster/imports: all or nothing', () => {
  it('writes no one when the transaction fails part-way, and says so on the job', async () => {
    const rows: RosterRow[] = [];
    for (let i = 0; i < 3000; i++) rows.push(validRow('3602', i, `原子${i}`));
    const file = await rosterFile(rows);
    // The 2,600th person inserted after this point makes PostgreSQL raise, inside the 6th chunk.
    await t.ctx.db.execute(
      sql.raw(`
        create sequence test_people_inserts;
        create function test_fail_on_2600th() returns trigger language plpgsql as $$
        begin
          if nextval('test_people_inserts') = 2600 then raise exception 'test: insert 2600 fails'; end if;
          return new;
        end $$;
        create trigger test_fail_on_2600th before insert on people for each row execute function test_fail_on_2600th();
      `),
    );
    try {
      const job = await importAndWait(adminA, A.unit.id, file);
      expect(job.status).toBe('failed');
      expect(job.failureMessage).toBe('导入失败，未写入任何数据，请稍后重试');
      expect(job.finishedAt).not.toBeNull();
      expect(job.importedRows).toBe(0);
      const [{ n } = { n: -1 }] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(people).where(like(people.name, '原子%'));
      expect(n).toBe(0);
      const [{ seq } = { seq: -1 }] = (await t.ctx.db.execute<{ seq: number }>(sql.raw(`select last_value::int as seq from test_people_inserts`))).rows;
      expect(seq).toBe(2600);
      const entry = await lastAudit('people.import', adminA.userId);
      expect(entry).toMatchObject({ result: 'failure', objectId: job.id });
    } finally {
      await t.ctx.db.execute(sql.raw(`drop trigger test_fail_on_2600th on people; drop function test_fail_on_2600th(); drop sequence test_people_inserts;`));
    }
  });
});

describe('POST /api/roster/imports: requests refused', () => {
  const oneRow = () => rosterFile([validRow('3603', 0, '单行')]);

  it('a file without the 身份证号 column → 400 naming file', async () => {
    const content = await workbookBuffer(
      HEADERS.filter((h) => h !== '身份证号'),
      [['张三', '男', '汉族', '13900000000', '办公室', '科员', '', '群众']],
    );
    const res = await upload(adminA, A.unit.id, content);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['file']);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('身份证号');
  });

  it('a file that is not .xlsx → 400 naming file, by name or by content', async () => {
    const byName = await upload(adminA, A.unit.id, Buffer.from('姓名,身份证号\n'), 'roster.csv');
    expect(byName.statusCode).toBe(400);
    expect(fieldsOf(byName)).toEqual(['file']);
    const byContent = await upload(adminA, A.unit.id, Buffer.from('this is not a spreadsheet'), 'roster.xlsx');
    expect(byContent.statusCode).toBe(400);
    expect(fieldsOf(byContent)).toEqual(['file']);
  });

  it('a file with headers but no rows → 400 naming file', async () => {
    const res = await upload(adminA, A.unit.id, await rosterFile([]));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['file']);
  });

  it(`more than ${ROSTER_MAX_ROWS} rows → 400 naming file`, async () => {
    const rows: ExcelJS.CellValue[][] = [];
    for (let i = 0; i <= ROSTER_MAX_ROWS; i++) rows.push([`人${i}`]);
    const res = await upload(adminA, A.unit.id, await workbookBuffer(HEADERS, rows));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['file']);
  });

  it('no file at all → 400 naming file', async () => {
    const res = await postParts(adminA, [{ name: 'unitId', value: A.unit.id }]);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['file']);
  });

  it('a missing or malformed unitId → 400 naming unitId', async () => {
    const content = await oneRow();
    const missing = await postParts(adminA, [{ name: 'file', filename: 'roster.xlsx', content }]);
    expect(missing.statusCode).toBe(400);
    expect(fieldsOf(missing)).toEqual(['unitId']);
    const malformed = await upload(adminA, 'not-an-id', content);
    expect(malformed.statusCode).toBe(400);
    expect(fieldsOf(malformed)).toEqual(['unitId']);
  });

  it('accepts the unitId after the file too, when the body arrives in chunks', async () => {
    const rows: RosterRow[] = [];
    for (let i = 0; i < 300; i++) rows.push(validRow('3605', i, `后置${i}`));
    const content = await rosterFile(rows);
    // Several chunks: the unitId field arrives well after the file part has begun.
    expect(content.length).toBeGreaterThan(4 * 4096);
    const res = await postParts(
      adminB,
      [
        { name: 'file', filename: 'roster.xlsx', content },
        { name: 'unitId', value: B.unit.id },
      ],
      true,
    );
    expect(res.statusCode, res.body).toBe(202);
    const job = await waitForJob(adminB, res.json<ImportJob>().id);
    expect(job).toMatchObject({ status: 'done', importedRows: 300, errorRows: 0 });
  });

  it('a unitId that is not a unit, or unknown → 400 naming unitId', async () => {
    const content = await oneRow();
    const dept = await upload(adminA, A.departments[0].id, content);
    expect(dept.statusCode).toBe(400);
    expect(fieldsOf(dept)).toEqual(['unitId']);
    const unknown = await upload(adminA, crypto.randomUUID(), content);
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(unknown)).toEqual(['unitId']);
  });

  it('another unit → 403; without people.import → 403; anonymous → 401', async () => {
    const content = await oneRow();
    expect((await upload(adminA, B.unit.id, content)).statusCode).toBe(403);
    expect((await upload(leaderA, A.unit.id, content)).statusCode).toBe(403);
    expect((await upload(null, A.unit.id, content)).statusCode).toBe(401);
    const [{ n } = { n: -1 }] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(people).where(eq(people.name, '单行'));
    expect(n).toBe(0);
  });

  it('a file over the size limit → 413', async () => {
    const res = await upload(adminA, A.unit.id, Buffer.alloc(20 * 1024 * 1024 + 1, 0x41));
    expect(res.statusCode).toBe(413);
  });
});

describe('POST /api/roster/imports: stored compliance', () => {
  it("drops the importing unit's stored compliance, and no other unit's", async () => {
    await storeCompliance(t, A.unit.id);
    await storeCompliance(t, B.unit.id);
    const job = await importAndWait(adminA, A.unit.id, await rosterFile([validRow('3606', 0, '落实重算')]));
    expect(job).toMatchObject({ status: 'done', importedRows: 1 });
    expect(await storedComplianceCount(t, A.unit.id)).toBe(0);
    expect(await storedComplianceCount(t, B.unit.id)).toBe(1);
  });
});

describe('GET /api/roster/imports/:id', () => {
  let jobOfB: ImportJob;

  beforeAll(async () => {
    // B's admin fills in the downloaded template itself: its headers must read back.
    const template = await call(t, adminB, 'GET', `/api/roster/template?unitId=${B.unit.id}`);
    const workbook = await readWorkbook(template.rawPayload);
    const sheet = workbook.getWorksheet('花名册');
    if (!sheet) throw new Error('the template has no 花名册 sheet');
    const row = validRow('3604', 1, '模板填写');
    ROSTER_COLUMNS.forEach((c, i) => {
      sheet.getCell(2, i + 1).value = row[c.key] ?? null;
    });
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    jobOfB = await importAndWait(adminB, B.unit.id, content);
  });

  it('B’s import of its filled-in template succeeded', async () => {
    expect(jobOfB).toMatchObject({ status: 'done', totalRows: 1, importedRows: 1, errorRows: 0, errors: [] });
    const [p] = await t.ctx.db.select().from(people).where(eq(people.name, '模板填写'));
    expect(p).toMatchObject({ unitId: B.unit.id, departmentId: B.departments[1].id });
  });

  it('another unit’s job → 403, unknown → 404, anonymous → 401', async () => {
    expect((await call(t, adminA, 'GET', `/api/roster/imports/${jobOfB.id}`)).statusCode).toBe(403);
    expect((await call(t, leaderA, 'GET', `/api/roster/imports/${jobOfB.id}`)).statusCode).toBe(403);
    expect((await call(t, adminA, 'GET', `/api/roster/imports/${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await call(t, null, 'GET', `/api/roster/imports/${jobOfB.id}`)).statusCode).toBe(401);
    expect((await call(t, adminB, 'GET', `/api/roster/imports/${jobOfB.id}`)).statusCode).toBe(200);
  });
});

describe('GET /api/people/export', () => {
  let E: UnitFixture;
  let adminE: Session;
  let leaderE: Session;
  const HYPERLINK = '=HYPERLINK("http://x","y")';

  beforeAll(async () => {
    // A unit of its own, so the export holds a few known people.
    E = await createUnit(t, A.city);
    const evil = await createPerson(t, E, { name: HYPERLINK });
    await t.ctx.db.update(people).set({ jobTitle: '+1', phone: '@13900000000' }).where(eq(people.id, evil.id));
    await createPerson(t, E, { name: '张三', department: E.departments[1], status: 'masses' });
    await createPerson(t, E, { name: '李四', status: 'masses' });
    await createPerson(t, E, { name: '王五', department: E.departments[1] });
    adminE = await login(t, (await createUser(t, [{ role: 'unit_admin', scope: E.unit }])).username, 'Test#Pass2026');
    leaderE = await login(t, (await createUser(t, [{ role: 'leader', scope: E.unit }])).username, 'Test#Pass2026');
  });

  async function exportRecords(session: Session, query: string) {
    const res = await call(t, session, 'GET', `/api/people/export?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const workbook = await readWorkbook(res.rawPayload);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    return sheetRecords(sheet);
  }

  it.each([
    ['the whole unit', (e: UnitFixture) => `nodeId=${e.unit.id}`],
    ['one 科室', (e: UnitFixture) => `nodeId=${e.departments[0].id}`],
    ['群众 of the unit', (e: UnitFixture) => `nodeId=${e.unit.id}&politicalStatus=masses`],
    ['a name search', (e: UnitFixture) => `nodeId=${e.unit.id}&q=${encodeURIComponent('张')}`],
    ['the 党支部', (e: UnitFixture) => `nodeId=${e.branch.id}`],
  ])('exports the same people, in the same order, as the list for %s', async (_label, query) => {
    const q = query(E);
    const list = await call(t, adminE, 'GET', `/api/people?${q}&pageSize=200`);
    expect(list.statusCode).toBe(200);
    const expected = list.json<PersonPage>().items;
    expect(expected.length).toBeGreaterThan(0);
    const records = await exportRecords(adminE, q);
    expect(records.map((r) => String(r['姓名']).replace(/^'/, ''))).toEqual(expected.map((p) => p.name));
    expect(records.map((r) => r['身份证号'])).toEqual(expected.map((p) => p.idCardNo));
    expect(records.map((r) => r['所在科室'])).toEqual(expected.map((p) => p.departmentName));
    expect(records.map((r) => r['序号'])).toEqual(expected.map((_p, i) => i + 1));
  });

  it('neutralises text that Excel would run as a formula', async () => {
    const records = await exportRecords(adminE, `nodeId=${E.departments[0].id}`);
    const evil = records.find((r) => String(r['姓名']).includes('HYPERLINK'));
    expect(evil?.['姓名']).toBe(`'${HYPERLINK}`);
    expect(evil?.['职务']).toBe("'+1");
    expect(evil?.['手机号']).toBe("'@13900000000");
    expect(evil?.['所在单位']).toBe(E.unit.name);
    const plain = records.find((r) => r['姓名'] === '李四');
    expect(plain).toMatchObject({ 政治面貌: '群众', 性别: '男', 状态: '在职' });
  });

  it('masks the 身份证号 for a leader who may not edit people', async () => {
    const full = await exportRecords(adminE, `nodeId=${E.unit.id}`);
    const masked = await exportRecords(leaderE, `nodeId=${E.unit.id}`);
    expect(masked).toHaveLength(full.length);
    expect(masked.map((r) => r['身份证号'])).toEqual(full.map((r) => maskIdCard(String(r['身份证号']))));
    for (const r of masked) expect(String(r['身份证号'])).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
  });

  it('gives a leader neither the full 身份证号 nor the birth date in any cell', async () => {
    const masked = await exportRecords(leaderE, `nodeId=${E.unit.id}`);
    const inE = await t.ctx.db.select().from(people).where(eq(people.unitId, E.unit.id));
    expect(masked).toHaveLength(inE.length);
    const cells = masked.flatMap((r) => Object.values(r).map((v) => (v instanceof Date ? v.toISOString() : String(v))));
    for (const p of inE) {
      const birth = p.birthDate ?? 'missing';
      for (const secret of [p.idCardNo, p.idCardNo.slice(6, 14), birth, birth.replaceAll('-', '')]) {
        expect(cells.filter((c) => c.includes(secret))).toEqual([]);
      }
    }
  });

  it('does not let a leader find a masked 身份证号 by searching its digits', async () => {
    const [target] = await t.ctx.db.select().from(people).where(eq(people.name, '李四'));
    const prefix = target?.idCardNo.slice(0, 12) ?? 'missing';
    const byAdmin = await exportRecords(adminE, `q=${prefix}`);
    expect(byAdmin.map((r) => r['姓名'])).toEqual(['李四']);
    const byLeader = await exportRecords(leaderE, `q=${prefix}`);
    expect(byLeader).toEqual([]);
    // Names still match for the leader.
    expect((await exportRecords(leaderE, `q=${encodeURIComponent('李四')}`)).map((r) => r['姓名'])).toEqual(['李四']);
  });

  it('refuses a node of another unit (403), without people.export (403) and anonymously (401)', async () => {
    expect((await call(t, adminE, 'GET', `/api/people/export?nodeId=${B.unit.id}`)).statusCode).toBe(403);
    const secretary = await login(t, (await createUser(t, [{ role: 'branch_secretary', scope: E.branch }])).username, 'Test#Pass2026');
    expect((await call(t, secretary, 'GET', '/api/people/export')).statusCode).toBe(403);
    expect((await call(t, null, 'GET', '/api/people/export')).statusCode).toBe(401);
  });

  it('without a node exports the actor’s whole scope, and nothing outside it', async () => {
    const records = await exportRecords(adminE, '');
    expect(records.map((r) => r['所在单位'])).toEqual(records.map(() => E.unit.name));
    expect(records).toHaveLength(4);
  });

  it('is audited as people.export with the count and the filter', async () => {
    await exportRecords(adminE, `nodeId=${E.unit.id}&politicalStatus=masses`);
    const entry = await lastAudit('people.export', adminE.userId);
    expect(entry).toMatchObject({ result: 'success', objectType: 'person', objectLabel: E.unit.name, scopePath: E.unit.path, details: { count: 2, filter: { nodeId: E.unit.id, politicalStatus: 'masses' } } });
  });
});
