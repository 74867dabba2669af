import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { like, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ActivityRecord, type ImportJob, LEDGER_COLUMNS, type LedgerColumnKey, type RequirementDetail, countsAsEvidence } from '@mofan/shared';
import { activityRecords, importJobs, orgNodes } from '../../db/schema/index';
import { createPerson, createUser } from '../../../test/factories';
import { type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = LEDGER_COLUMNS.map((c) => c.header);

type LedgerRow = Partial<Record<LedgerColumnKey, ExcelJS.CellValue>>;

// ---------- workbooks ----------

async function workbookBuffer(headers: string[], rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(headers);
  sheet.addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function ledgerFile(rows: LedgerRow[]): Promise<Buffer> {
  return workbookBuffer(
    HEADERS,
    rows.map((r) => LEDGER_COLUMNS.map((c) => r[c.key] ?? null)),
  );
}

async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  return workbook;
}

// ---------- HTTP ----------

type Part = { name: string; value: string } | { name: string; filename: string; content: Buffer };

function upload(session: Session | null, parts: Part[]) {
  const boundary = `----mofanTest${crypto.randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if ('filename' in p) {
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\nContent-Type: ${XLSX}\r\n\r\n`), p.content);
    } else {
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value}`));
    }
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  if (session) {
    headers.cookie = session.cookie;
    headers['x-csrf-token'] = session.csrfToken;
  }
  return t.app.inject({ method: 'POST', url: '/api/records/imports', headers, payload: Buffer.concat(chunks) });
}

function uploadFile(session: Session | null, unitId: string, content: Buffer, filename = 'ledger.xlsx') {
  return upload(session, [
    { name: 'unitId', value: unitId },
    { name: 'file', filename, content },
  ]);
}

async function waitForJob(session: Session, id: string): Promise<ImportJob> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const res = await call(t, session, 'GET', `/api/records/imports/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    const job = res.json<ImportJob>();
    if (job.status === 'done' || job.status === 'failed') return job;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${job.status} after 60 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function recordsOfUnit(unitPath: string) {
  return t.ctx.db
    .select({ id: activityRecords.id, topic: activityRecords.topic })
    .from(activityRecords)
    .innerJoin(orgNodes, sql`${orgNodes.id} = ${activityRecords.ownerNodeId}`)
    .where(like(orgNodes.path, `${unitPath}%`));
}

// ---------- fixtures ----------

let u: TwoUnits;
let leaderA: Session;

beforeAll(async () => {
  u = await createTwoUnits(t);
  leaderA = await login(t, (await createUser(t, [{ role: 'leader', scope: u.a.unit }])).username, 'Test#Pass2026');
});

describe('GET /api/records/import-template', () => {
  it('gives the ledger columns in order, and lists the kind labels and the unit’s nodes, names neutralised', async () => {
    await t.ctx.db.insert(orgNodes).values({ id: crypto.randomUUID(), tree: 'admin', kind: 'department', name: '=HYPERLINK("x")科', parentId: u.b.unit.id, unitId: u.b.unit.id, path: `${u.b.unit.path}${crypto.randomUUID()}/` });
    const res = await call(t, u.adminB, 'GET', `/api/records/import-template?unitId=${u.b.unit.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toContain('attachment');
    const workbook = await readWorkbook(res.rawPayload);
    const headers: string[] = [];
    workbook.getWorksheet('台账')?.getRow(1).eachCell((cell) => headers.push(String(cell.value)));
    expect(headers).toEqual(HEADERS);
    expect(headers.slice(0, 12)).toEqual(['日期', '活动类型', '所属组织', '本人', '主题', '主讲人', '主持人', '参加人员', '缺席人员', '简要情况', '书名', '地点']);
    const firstCells: string[] = [];
    workbook.getWorksheet('填写说明')?.eachRow((row) => firstCells.push(String(row.getCell(1).value)));
    expect(firstCells).toEqual(expect.arrayContaining(['主题党日', '月读一书', '党课', '第一党支部', '第一党小组', '办公室', '业务科', u.b.unit.name, `'=HYPERLINK("x")科`]));
    expect(firstCells).not.toContain('=HYPERLINK("x")科');
  });

  it('refuses another unit (403), a unit-less or non-unit request (400), and needs records.write (403) and a session (401)', async () => {
    expect((await call(t, u.adminA, 'GET', `/api/records/import-template?unitId=${u.b.unit.id}`)).statusCode).toBe(403);
    const dept = await call(t, u.adminA, 'GET', `/api/records/import-template?unitId=${u.a.departments[0].id}`);
    expect(dept.statusCode).toBe(400);
    expect(fieldsOf(dept)).toContain('unitId');
    expect((await call(t, u.adminA, 'GET', '/api/records/import-template')).statusCode).toBe(400);
    expect((await call(t, leaderA, 'GET', `/api/records/import-template?unitId=${u.a.unit.id}`)).statusCode).toBe(403);
    expect((await call(t, null, 'GET', `/api/records/import-template?unitId=${u.a.unit.id}`)).statusCode).toBe(401);
  });
});

describe('POST /api/records/imports: 300 rows of past ledger with 12 broken ones', () => {
  const ROWS = 300;
  /** Excel row → the column the report must blame for it. */
  const broken = new Map<number, string>();
  const members: { id: string; name: string }[] = [];
  let namesakes: { id: string; idCardNo: string }[] = [];
  let lecturer: { id: string; name: string };
  let reader: { id: string; name: string; departmentId: string };
  let job: ImportJob;
  let file: Buffer;
  let themeDayBefore: RequirementDetail;

  const themeDay = () => call(t, u.adminA, 'GET', `/api/compliance/units/${u.a.unit.id}/requirements/org.theme_day?year=2026&period=2026-02`);

  beforeAll(async () => {
    for (let i = 1; i <= 8; i++) members.push(await createPerson(t, u.a, { name: `成员${i}` }));
    namesakes = [await createPerson(t, u.a, { name: '张伟' }), await createPerson(t, u.a, { name: '张伟' })];
    lecturer = await createPerson(t, u.a, { name: '书记甲' });
    reader = await createPerson(t, u.a, { name: '读书人', department: u.a.departments[1] });
    await createPerson(t, u.b, { name: '外单位人' });
    themeDayBefore = (await themeDay()).json<RequirementDetail>();

    // members[7] is kept out of the attendance lists: it is the absentee of the 主题党日 rows.
    const names = (from: number, n: number) => Array.from({ length: n }, (_, k) => members[(from + k) % 7]?.name).join('、');
    const dateOf = (i: number): ExcelJS.CellValue => {
      const [m, d] = [(i % 12) + 1, (i % 28) + 1];
      const mm = String(m).padStart(2, '0');
      const dd = String(d).padStart(2, '0');
      switch (Math.floor(i / 10) % 5) {
        case 0:
          return `2025-${mm}-${dd}`;
        case 1:
          return `2025/${m}/${d}`;
        case 2:
          return `2025年${m}月${d}日`;
        case 3:
          return new Date(Date.UTC(2025, m - 1, d));
        default:
          // Typed with a Chinese input method: full-width digits and dash.
          return `２０２５－${mm}－${dd}`.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      }
    };
    const rows: LedgerRow[] = [];
    for (let i = 0; i < ROWS; i++) {
      const date = dateOf(i);
      const topic = `第${i}行`;
      switch (i % 10) {
        case 0:
          rows.push({ date, kinds: '主题党日', owner: '第一党支部', topic, participants: names(i, 5), absentees: `${members[7]?.name}（出差）` });
          break;
        case 1:
          rows.push({ date, kinds: '支部党员大会', owner: '第一党支部', topic, host: lecturer.name, participants: names(i, 6) });
          break;
        case 2:
          rows.push({ date, kinds: '支部委员会', owner: u.a.branch.name, topic });
          break;
        case 3:
          rows.push({ date, kinds: '党课', owner: '第一党支部', topic, lecturer: lecturer.name, participants: names(i, 4) });
          break;
        case 4:
          rows.push({ date, kinds: '理论学习中心组集中学习', owner: u.a.unit.name, topic, participants: names(i, 3) });
          break;
        case 5:
          rows.push({ date, kinds: '业务讲堂', owner: '办公室', topic, lecturer: '市委党校王教授' });
          break;
        case 6:
          rows.push({ date: `2025年${(i % 12) + 1}月`, kinds: '月读一书', person: reader.name, bookTitle: '《习近平谈治国理政》', topic });
          break;
        case 7:
          rows.push({ date: '2025-06-10', endsOn: '2025-06-12', kinds: '下基层调研', person: reader.name, place: '红星村', purpose: '了解春耕', topic });
          break;
        case 8:
          rows.push({ date, kinds: '党小组会', owner: '第一党支部第一党小组', topic, participants: names(i, 2) });
          break;
        default:
          // Full-width commas between the kinds, as Word and WPS type them.
          rows.push({ date, kinds: '主题党日，党课，警示教育', owner: '第一党支部', topic, lecturer: lecturer.name, participants: names(i, 7) });
      }
    }
    // The row the compliance overview must then count: this month's 主题党日, with a namesake told apart.
    rows[0] = {
      date: '2026-02-26',
      kinds: '主题党日',
      owner: '第一党支部',
      topic: '二月主题党日',
      participants: `${members[0]?.name}、${members[1]?.name}、张伟（${namesakes[1]?.idCardNo.slice(-4)}）`,
      absentees: `${members[2]?.name}（出差、培训）`,
    };

    const breakages: [string, LedgerRow][] = [
      ['活动类型', { date: '2025-03-01', kinds: '卡拉OK', owner: '第一党支部' }],
      ['活动类型', { date: '2025-03-01', kinds: '主题党日、月读一书', owner: '第一党支部' }],
      ['所属组织', { date: '2025-03-01', kinds: '主题党日', owner: '第九党支部' }],
      ['所属组织', { date: '2025-03-01', kinds: '主题党日', owner: '办公室' }],
      ['主讲人', { date: '2025-03-01', kinds: '主题党日、党课', owner: '第一党支部' }],
      ['参加人员', { date: '2025-03-01', kinds: '主题党日', owner: '第一党支部', participants: `${members[0]?.name}、外单位人` }],
      ['参加人员', { date: '2025-03-01', kinds: '主题党日', owner: '第一党支部', participants: '张伟' }],
      ['日期', { date: '2025-02-30', kinds: '主题党日', owner: '第一党支部' }],
      ['日期', { date: '2026-03-15', kinds: '主题党日', owner: '第一党支部' }],
      ['书名', { date: '2025-03', kinds: '月读一书', person: reader.name }],
      ['主持人', { date: '2025-03-01', kinds: '支部党员大会', owner: '第一党支部', host: '查无此人' }],
      ['缺席人员', { date: '2025-03-01', kinds: '主题党日', owner: '第一党支部', absentees: `张伟（0000）（病假）` }],
    ];
    breakages.forEach(([header, row], k) => {
      const i = 15 + k * 24;
      rows[i] = { ...row, topic: `坏行${k}` };
      broken.set(i + 2, header);
    });

    file = await ledgerFile(rows);
    const res = await uploadFile(u.adminA, u.a.unit.id, file);
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json<ImportJob>()).toMatchObject({ status: 'running', totalRows: ROWS, unitId: u.a.unit.id });
    job = await waitForJob(u.adminA, res.json<ImportJob>().id);
  });

  it('reports every broken row by Excel row and Chinese column, and only those', () => {
    expect(job).toMatchObject({ status: 'done', totalRows: ROWS, processedRows: ROWS, importedRows: ROWS - broken.size, errorRows: broken.size, duplicateRows: 0, failureMessage: null });
    expect(new Set(job.errors.map((e) => e.row))).toEqual(new Set(broken.keys()));
    for (const [row, header] of broken) {
      expect(
        job.errors.filter((e) => e.row === row).map((e) => e.field),
        `row ${row}`,
      ).toContain(header);
    }
    const ambiguous = job.errors.find((e) => e.row === 15 + 6 * 24 + 2);
    expect(ambiguous?.message).toContain('身份证号后4位');
    expect(job.errors.find((e) => e.row === 15 + 3 * 24 + 2)?.message).toContain('主题党日不能记在内设科室下');
  });

  it('writes the good rows as records, none of the broken ones, and audits the import', async () => {
    const written = await recordsOfUnit(u.a.unit.path);
    expect(written).toHaveLength(ROWS - broken.size);
    expect(written.filter((r) => r.topic?.startsWith('坏行'))).toEqual([]);
    expect(await auditEntriesOf(t, 'records.import', job.id)).toEqual([expect.objectContaining({ result: 'success' })]);
  });

  it('makes the branch’s 主题党日 of February met, with its participants, absentees and the namesake chosen by 身份证号', async () => {
    expect(themeDayBefore.results).toEqual([expect.objectContaining({ label: '第一党支部', status: expect.not.stringMatching(/^met$/) })]);
    const after = (await themeDay()).json<RequirementDetail>();
    const result = after.results[0];
    expect(result).toMatchObject({ label: '第一党支部', status: 'met' });
    const recordId = result?.records[0]?.id ?? '';
    const record = (await call(t, u.adminA, 'GET', `/api/records/${recordId}`)).json<ActivityRecord>();
    expect(record).toMatchObject({ topic: '二月主题党日', kinds: ['theme_day'], ownerNodeId: u.a.branch.id, presentCount: 3, absentCount: 1 });
    expect(record.participants.map((p) => p.personId)).toContain(namesakes[1]?.id);
    expect(record.participants.map((p) => p.personId)).not.toContain(namesakes[0]?.id);
    expect(record.participants.find((p) => !p.present)).toMatchObject({ personId: members[2]?.id, absenceReason: '出差、培训' });
  });

  it('keeps personal rows as the person’s own (month, book, 科室) and an invited lecturer by name', async () => {
    const books = (await call(t, u.adminA, 'GET', `/api/records?personId=${reader.id}&kind=monthly_book&pageSize=200`)).json<{ items: ActivityRecord[] }>();
    expect(books.items.length).toBeGreaterThan(0);
    expect(books.items[0]).toMatchObject({ personId: reader.id, ownerNodeId: reader.departmentId, details: { bookTitle: '《习近平谈治国理政》' } });
    expect(books.items.every((r) => r.occurredOn.endsWith('-01'))).toBe(true);
    const trips = (await call(t, u.adminA, 'GET', `/api/records?personId=${reader.id}&kind=field_trip`)).json<{ items: ActivityRecord[] }>();
    expect(trips.items[0]).toMatchObject({ occurredOn: '2025-06-10', endsOn: '2025-06-12', details: { place: '红星村', purpose: '了解春耕' } });
    const lectures = (await call(t, u.adminA, 'GET', `/api/records?kind=business_lecture&nodeId=${u.a.departments[0].id}`)).json<{ items: ActivityRecord[] }>();
    expect(lectures.items[0]).toMatchObject({ lecturerName: '市委党校王教授', lecturerPersonId: null });
  });

  it('hides the job from another unit’s admin (403) and from the roster job endpoint (404)', async () => {
    expect((await call(t, u.adminB, 'GET', `/api/records/imports/${job.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/roster/imports/${job.id}`)).statusCode).toBe(404);
  });

  it('writes nothing when the same file is imported again: every good row is reported as a duplicate, the broken ones as before', async () => {
    const before = await recordsOfUnit(u.a.unit.path);
    const res = await uploadFile(u.adminA, u.a.unit.id, file);
    expect(res.statusCode, res.body).toBe(202);
    const again = await waitForJob(u.adminA, res.json<ImportJob>().id);
    expect(again).toMatchObject({ status: 'done', totalRows: ROWS, processedRows: ROWS, importedRows: 0, errorRows: broken.size, duplicateRows: ROWS - broken.size });
    const duplicateRows = again.errors.filter((e) => e.message.includes('与已有台账记录重复')).map((e) => e.row);
    expect(duplicateRows).toHaveLength(ROWS - broken.size);
    expect(new Set([...duplicateRows, ...broken.keys()])).toEqual(new Set(Array.from({ length: ROWS }, (_, i) => i + 2)));
    expect(again.errors.find((e) => e.row === 2)).toMatchObject({ field: '日期、活动类型、所属组织、主题', message: '与已有台账记录重复（2026-02-26 二月主题党日），已跳过' });
    expect(again.errors.map((e) => e.row)).toEqual([...again.errors.map((e) => e.row)].sort((x, y) => x - y));
    expect(await recordsOfUnit(u.a.unit.path)).toHaveLength(before.length);
    expect(await auditEntriesOf(t, 'records.import', again.id)).toEqual([expect.objectContaining({ result: 'success', details: expect.objectContaining({ importedRows: 0, duplicateRows: ROWS - broken.size }) })]);
  });
});

describe('POST /api/records/imports: duplicates within a file, and 为群众办实事 with every stage', () => {
  let doer: { id: string; name: string; departmentId: string };
  let file: Buffer;
  let job: ImportJob;
  let before: number;

  beforeAll(async () => {
    doer = await createPerson(t, u.b, { name: '办事人' });
    before = (await recordsOfUnit(u.b.unit.path)).length;
    file = await ledgerFile([
      { date: '2025-04-01', kinds: '主题党日、党课', owner: '第一党支部', topic: '学习 党章', lecturer: doer.name },
      // The same meeting typed again: kinds in another order, the topic with an ideographic space and padding.
      { date: '2025/4/1', kinds: '党课，主题党日', owner: '第一党支部', topic: ' 学习\u3000党章 ', lecturer: doer.name },
      { date: '2025-04-02', kinds: '主题党日、党课', owner: '第一党支部', topic: '学习 党章', lecturer: doer.name },
      { date: '2025-05-10', kinds: '为群众办实事', person: doer.name, topic: '小区路灯不亮', claimedOn: '2025-05-12', solvedOn: '2025-06-01', solution: '协调供电所更换路灯', improvement: '建立路灯巡查台账' },
      { date: '2025-03-01', kinds: '为挂钩村（社区）解决重点难点问题', owner: u.b.unit.name, place: '红星村', topic: '灌溉渠破损', claimedOn: '2025-03-02', solvedOn: '2025-04-20', solution: '修复水渠' },
    ]);
    const res = await uploadFile(u.adminB, u.b.unit.id, file);
    expect(res.statusCode, res.body).toBe(202);
    job = await waitForJob(u.adminB, res.json<ImportJob>().id);
  });

  it('reports the second of two identical rows, naming the first, and imports the rest once', async () => {
    expect(job).toMatchObject({ status: 'done', totalRows: 5, importedRows: 4, errorRows: 0, duplicateRows: 1 });
    expect(job.errors).toEqual([{ row: 3, field: '日期、活动类型、所属组织、主题', value: '2025-04-01 学习 党章', message: '与第2行重复（2025-04-01 学习 党章），已跳过' }]);
    expect(await recordsOfUnit(u.b.unit.path)).toHaveLength(before + 4);
  });

  it('stores a 为群众办实事 with every stage, so it counts as evidence', async () => {
    const list = (await call(t, u.adminB, 'GET', `/api/records?personId=${doer.id}&kind=practical_matter`)).json<{ items: ActivityRecord[] }>();
    expect(list.items).toHaveLength(1);
    const record = (await call(t, u.adminB, 'GET', `/api/records/${list.items[0]?.id}`)).json<ActivityRecord>();
    expect(record).toMatchObject({
      kinds: ['practical_matter'],
      personId: doer.id,
      ownerNodeId: doer.departmentId,
      occurredOn: '2025-05-10',
      topic: '小区路灯不亮',
      details: { claimedOn: '2025-05-12', solvedOn: '2025-06-01', solution: '协调供电所更换路灯', improvement: '建立路灯巡查台账' },
    });
    expect(countsAsEvidence('practical_matter', { ...record, presentCount: record.presentCount })).toBe(true);
  });

  it('makes the unit’s 为挂钩村解决问题 of 2025 met by the solved row', async () => {
    const res = await call(t, u.adminB, 'GET', `/api/compliance/units/${u.b.unit.id}/requirements/field.org_practical_matter?year=2025`);
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json<RequirementDetail>();
    expect(detail.results).toEqual([expect.objectContaining({ status: 'met', records: [expect.objectContaining({ occurredOn: '2025-03-01', topic: '灌溉渠破损' })] })]);
  });

  it('writes nothing when the file is imported again, reporting every row as already in the ledger', async () => {
    const res = await uploadFile(u.adminB, u.b.unit.id, file);
    expect(res.statusCode, res.body).toBe(202);
    const again = await waitForJob(u.adminB, res.json<ImportJob>().id);
    expect(again).toMatchObject({ status: 'done', totalRows: 5, importedRows: 0, errorRows: 0, duplicateRows: 5 });
    expect(again.errors.map((e) => e.row)).toEqual([2, 3, 4, 5, 6]);
    expect(again.errors.every((e) => e.message.startsWith('与已有台账记录重复'))).toBe(true);
    expect(again.errors.find((e) => e.row === 5)).toMatchObject({ field: '日期、活动类型、本人、主题', message: '与已有台账记录重复（2025-05-10 小区路灯不亮），已跳过' });
    expect(await recordsOfUnit(u.b.unit.path)).toHaveLength(before + 4);
  });
});

describe('POST /api/records/imports: refusals', () => {
  const oneRow: LedgerRow[] = [{ date: '2025-03-01', kinds: '主题党日', owner: '第一党支部', topic: '不应写入' }];

  it('answers 400 naming file for a non-xlsx name, unreadable content, missing columns or no rows, and writes nothing', async () => {
    const before = (await recordsOfUnit(u.a.unit.path)).length;
    const good = await ledgerFile(oneRow);
    const csv = await uploadFile(u.adminA, u.a.unit.id, good, 'ledger.csv');
    expect(csv.statusCode).toBe(400);
    expect(fieldsOf(csv)).toEqual(['file']);
    const garbage = await uploadFile(u.adminA, u.a.unit.id, Buffer.from('not a workbook'));
    expect(garbage.statusCode).toBe(400);
    expect(fieldsOf(garbage)).toEqual(['file']);
    const noKinds = await uploadFile(
      u.adminA,
      u.a.unit.id,
      await workbookBuffer(
        HEADERS.filter((h) => h !== '活动类型'),
        [['2025-03-01', '第一党支部']],
      ),
    );
    expect(noKinds.statusCode).toBe(400);
    expect(fieldsOf(noKinds)).toEqual(['file']);
    expect(noKinds.body).toContain('活动类型');
    const empty = await uploadFile(u.adminA, u.a.unit.id, await ledgerFile([]));
    expect(empty.statusCode).toBe(400);
    expect(fieldsOf(empty)).toEqual(['file']);
    const noFile = await upload(u.adminA, [{ name: 'unitId', value: u.a.unit.id }]);
    expect(noFile.statusCode).toBe(400);
    expect(fieldsOf(noFile)).toEqual(['file']);
    expect((await recordsOfUnit(u.a.unit.path)).length).toBe(before);
  });

  it("answers 403 for another unit, for a reader without records.write, and 401 without a session", async () => {
    const file = await ledgerFile(oneRow);
    expect((await uploadFile(u.adminB, u.a.unit.id, file)).statusCode).toBe(403);
    expect((await uploadFile(leaderA, u.a.unit.id, file)).statusCode).toBe(403);
    expect((await uploadFile(null, u.a.unit.id, file)).statusCode).toBe(401);
    expect((await recordsOfUnit(u.a.unit.path)).filter((r) => r.topic === '不应写入')).toEqual([]);
  });

  it('answers 404 for an unknown job and for a roster job id', async () => {
    expect((await call(t, u.adminA, 'GET', `/api/records/imports/${crypto.randomUUID()}`)).statusCode).toBe(404);
    const [rosterJob] = await t.ctx.db
      .insert(importJobs)
      .values({ userId: (await createUser(t, [])).id, unitId: u.a.unit.id, fileName: 'roster.xlsx', status: 'done' })
      .returning();
    expect((await call(t, u.adminA, 'GET', `/api/roster/imports/${rosterJob?.id}`)).statusCode).toBe(200);
    expect((await call(t, u.adminA, 'GET', `/api/records/imports/${rosterJob?.id}`)).statusCode).toBe(404);
  });
});
