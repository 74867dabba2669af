import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DirectiveStatistics } from '@mofan/shared';
import { calendarDays, calendarYears, directiveAssignees, directiveExtensions, directives } from '../../db/schema/index';
import { type NodeRef, createUser } from '../../../test/factories';
import { type TwoUnits, createTwoUnits } from '../../../test/fixtures';
import { attributesOf, convertToPdf, pdfMediaBoxes, pdfPageCount, readDocxXml, runsOf } from '../../../test/docx';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';
import { LEDGER_COLUMNS } from './directive-ledger-workbook';

// The clock stands at Monday 2026-03-02 09:00 in Shanghai, just after the 2026 Spring Festival.
const t = useTestApp();
const missingId = crypto.randomUUID();
let u: TwoUnits;
let cityAdmin: Session;
let officeHead: Session;
const ids: Record<string, string> = {};

/** The official 2026 Spring Festival: 休 15–23 February, 班 on Saturdays 14 and 28 February. */
async function ensureSpringFestival2026(): Promise<void> {
  await t.ctx.db.insert(calendarYears).values({ year: 2026, source: 'test' }).onConflictDoNothing();
  const days: { day: string; kind: string }[] = [
    { day: '2026-02-14', kind: 'workday' },
    ...Array.from({ length: 9 }, (_, i) => ({ day: `2026-02-${String(15 + i).padStart(2, '0')}`, kind: 'holiday' })),
    { day: '2026-02-28', kind: 'workday' },
  ];
  await t.ctx.db
    .insert(calendarDays)
    .values(days.map((d) => ({ ...d, name: '春节', source: 'test' })))
    .onConflictDoNothing();
}

interface DirectiveSeed {
  key: string;
  supervisor: NodeRef;
  lead: NodeRef;
  assists?: NodeRef[];
  registeredOn: string;
  dueOn: string;
  extendedDueOn?: string;
  status: string;
  completedAt?: string;
  closedAt?: string;
  title?: string;
  extensions?: string[];
}

async function insertDirective(d: DirectiveSeed): Promise<void> {
  const [row] = await t.ctx.db
    .insert(directives)
    .values({
      supervisorNodeId: d.supervisor.id,
      code: `DB-${d.key}`,
      title: d.title ?? `督办事项${d.key}`,
      source: 'superior_instruction',
      content: '请抓紧落实并反馈。',
      instruction: '请办公室牵头抓好落实',
      instructedBy: '张书记',
      limitKind: 'default',
      registeredOn: d.registeredOn,
      dueOn: d.dueOn,
      extendedDueOn: d.extendedDueOn ?? null,
      status: d.status,
      completedAt: d.completedAt ? new Date(d.completedAt) : null,
      closedAt: d.closedAt ? new Date(d.closedAt) : null,
    })
    .returning();
  ids[d.key] = row!.id;
  await t.ctx.db.insert(directiveAssignees).values([{ directiveId: row!.id, nodeId: d.lead.id, role: 'lead' }, ...(d.assists ?? []).map((n) => ({ directiveId: row!.id, nodeId: n.id, role: 'assist' }))]);
  for (const status of d.extensions ?? []) {
    await t.ctx.db.insert(directiveExtensions).values({ directiveId: row!.id, requestedDueOn: d.extendedDueOn ?? d.dueOn, reason: '情况复杂', status });
  }
}

beforeAll(async () => {
  await ensureSpringFestival2026();
  u = await createTwoUnits(t);
  const [office, business] = u.a.departments;
  const city = u.a.city;
  // Working days below count the Spring Festival out and its two Saturdays in.
  // 6 working days, on time.
  await insertDirective({ key: 'D1', supervisor: u.a.unit, lead: office, assists: [business], registeredOn: '2026-02-02', dueOn: '2026-02-11', status: 'closed', completedAt: '2026-02-10T10:00:00+08:00', closedAt: '2026-02-11T10:00:00+08:00', title: '=HYPERLINK("http://x")' });
  // 9 working days (10–14 Feb, 24–27 Feb), two days late.
  await insertDirective({ key: 'D2', supervisor: u.a.unit, lead: office, registeredOn: '2026-02-09', dueOn: '2026-02-25', status: 'closed', completedAt: '2026-02-27T16:00:00+08:00', closedAt: '2026-02-28T09:00:00+08:00' });
  // 10 working days (11–14, 24–28 Feb, 2 Mar), on time within its approved extension.
  await insertDirective({ key: 'D3', supervisor: u.a.unit, lead: business, registeredOn: '2026-02-10', dueOn: '2026-02-26', extendedDueOn: '2026-03-04', status: 'closed', completedAt: '2026-03-02T08:00:00+08:00', closedAt: '2026-03-02T08:30:00+08:00', extensions: ['approved'] });
  // Overdue by 3 working days (27, 28 Feb, 2 Mar); a refused extension does not count.
  await insertDirective({ key: 'D4', supervisor: u.a.unit, lead: business, registeredOn: '2026-02-12', dueOn: '2026-02-26', status: 'in_progress', extensions: ['rejected'] });
  // Within its limit: left out of the on-time rate.
  await insertDirective({ key: 'D5', supervisor: u.a.unit, lead: business, registeredOn: '2026-02-27', dueOn: '2026-03-09', status: 'signed' });
  // Done in 4 working days (13, 14, 24, 25 Feb) and awaiting review: neither closed nor overdue.
  await insertDirective({ key: 'D7', supervisor: city, lead: u.a.unit, registeredOn: '2026-02-12', dueOn: '2026-02-25', status: 'completed', completedAt: '2026-02-25T17:00:00+08:00' });
  // Unit B's, 7 working days: only the city sees it.
  await insertDirective({ key: 'D6', supervisor: city, lead: u.b.unit, registeredOn: '2026-02-02', dueOn: '2026-02-11', status: 'closed', completedAt: '2026-02-11T09:00:00+08:00', closedAt: '2026-02-12T09:00:00+08:00' });
  // Registered last year: outside the default period.
  await insertDirective({ key: 'D8', supervisor: u.a.unit, lead: office, registeredOn: '2025-12-20', dueOn: '2025-12-30', status: 'in_progress' });
  const committee = await createUser(t, [{ role: 'committee_admin', scope: city }]);
  cityAdmin = await login(t, committee.username, committee.password);
  const head = await createUser(t, [{ role: 'leader', scope: office }]);
  officeHead = await login(t, head.username, head.password);
});

const STATISTICS = '/api/directive-reports/statistics';
const BULLETIN = '/api/directive-reports/bulletin.docx';
const LEDGER = '/api/directive-reports/ledger.xlsx';

describe('GET /api/directive-reports/statistics', () => {
  it("counts a unit's directives per unit and 科室: on-time rate and average working days on the official calendar", async () => {
    const res = await call(t, u.adminA, 'GET', `${STATISTICS}?nodeId=${u.a.unit.id}`);
    expect(res.statusCode).toBe(200);
    const s = res.json<DirectiveStatistics>();
    expect(s).toMatchObject({ nodeId: u.a.unit.id, from: '2026-01-01', to: '2026-03-02', today: '2026-03-02' });
    // D1–D5 and D7: 3 closed (D1, D3 on time; D2 late), D4 overdue, D5 within its limit, D7 awaiting review.
    expect(s.totals).toEqual({ total: 6, closed: 3, closedOnTime: 2, overdue: 1, onTimeRate: 0.5, averageWorkingDays: 8.3, extensionsApproved: 1 });
    expect(s.byUnit).toEqual([{ nodeId: u.a.unit.id, nodeName: u.a.unit.name, unitName: null, ...s.totals }]);
    expect(s.byDepartment).toEqual([
      { nodeId: u.a.departments[0].id, nodeName: '办公室', unitName: u.a.unit.name, total: 2, closed: 2, closedOnTime: 1, overdue: 0, onTimeRate: 0.5, averageWorkingDays: 7.5, extensionsApproved: 0 },
      { nodeId: u.a.departments[1].id, nodeName: '业务科', unitName: u.a.unit.name, total: 3, closed: 1, closedOnTime: 1, overdue: 1, onTimeRate: 0.5, averageWorkingDays: 10, extensionsApproved: 1 },
    ]);
    expect(s.departmentTotals).toMatchObject({ total: 5, closed: 3, closedOnTime: 2, overdue: 1 });
    expect(s.overdue).toEqual([
      { id: ids.D4, code: 'DB-D4', title: '督办事项D4', leadNodeName: '业务科', leadUnitName: u.a.unit.name, registeredOn: '2026-02-12', effectiveDueOn: '2026-02-26', overdueWorkingDays: 3 },
    ]);
  });

  it('takes the period by registration date', async () => {
    const res = await call(t, u.adminA, 'GET', `${STATISTICS}?nodeId=${u.a.unit.id}&from=2025-12-01&to=2026-02-09`);
    const s = res.json<DirectiveStatistics>();
    // D8, D1, D2; D8 has been overdue since 30 December.
    expect(s.totals).toMatchObject({ total: 3, closed: 2, closedOnTime: 1, overdue: 1 });
    expect(s.overdue.map((o) => o.id)).toEqual([ids.D8]);
  });

  it('gives the city every unit, and a 科室 head only their 科室', async () => {
    const city = (await call(t, cityAdmin, 'GET', `${STATISTICS}?nodeId=${u.a.city.id}`)).json<DirectiveStatistics>();
    expect(Object.fromEntries(city.byUnit.map((r) => [r.nodeId, r.total]))).toEqual({ [u.a.unit.id]: 6, [u.b.unit.id]: 1 });
    expect(city.totals).toMatchObject({ total: 7, closed: 4, closedOnTime: 3, overdue: 1, onTimeRate: 0.6 });
    expect(city.byUnit.find((r) => r.nodeId === u.b.unit.id)).toMatchObject({ closed: 1, closedOnTime: 1, onTimeRate: 1, averageWorkingDays: 7 });
    const office = (await call(t, officeHead, 'GET', `${STATISTICS}?nodeId=${u.a.departments[0].id}`)).json<DirectiveStatistics>();
    expect(office.totals).toMatchObject({ total: 2, closed: 2 });
    expect((await call(t, officeHead, 'GET', `${STATISTICS}?nodeId=${u.a.unit.id}`)).statusCode).toBe(403);
  });
});

describe('every report endpoint', () => {
  it.each([STATISTICS, BULLETIN, LEDGER])('%s answers 401 without a session', async (url) => {
    expect((await call(t, null, 'GET', `${url}?nodeId=${u.a.unit.id}`)).statusCode).toBe(401);
  });

  it.each([STATISTICS, BULLETIN, LEDGER])("%s answers 403 for another unit's reader", async (url) => {
    expect((await call(t, u.adminB, 'GET', `${url}?nodeId=${u.a.unit.id}`)).statusCode).toBe(403);
  });

  it.each([STATISTICS, BULLETIN, LEDGER])('%s answers 404 for a node that does not exist', async (url) => {
    expect((await call(t, u.adminA, 'GET', `${url}?nodeId=${missingId}`)).statusCode).toBe(404);
  });

  it.each([
    [STATISTICS, '&from=2026-02-30', 'from'],
    [BULLETIN, '&from=2026-03-01&to=2026-02-01', 'to'],
    [LEDGER, '&to=yesterday', 'to'],
  ])('%s answers 400 naming the field for %s', async (url, params, field) => {
    const res = await call(t, u.adminA, 'GET', `${url}?nodeId=${u.a.unit.id}${params}`);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(field);
  });

  it.each([STATISTICS, BULLETIN, LEDGER])('%s answers 400 naming nodeId when it is missing', async (url) => {
    const res = await call(t, u.adminA, 'GET', url);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain('nodeId');
  });
});

describe('GET /api/directive-reports/bulletin.docx', () => {
  let docx: Buffer;
  beforeAll(async () => {
    const res = await call(t, cityAdmin, 'GET', `${BULLETIN}?nodeId=${u.a.city.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('督办情况通报'));
    docx = res.rawPayload;
  });

  it('The generated 通报 has A4 pages and the GB/T 9704 margins and fonts (a test reads them from the file)', async () => {
    const xml = await readDocxXml(docx);
    const pgSz = attributesOf(xml, 'w:pgSz');
    expect([pgSz['w:w'], pgSz['w:h']]).toEqual(['11906', '16838']);
    const margins = attributesOf(xml, 'w:pgMar');
    const expected = { 'w:top': 2098, 'w:bottom': 1984, 'w:left': 1588, 'w:right': 1474 };
    for (const [side, twips] of Object.entries(expected)) expect(Math.abs(Number(margins[side]) - twips)).toBeLessThanOrEqual(2);
    const runs = runsOf(xml);
    const title = runs.find((r) => r.text.startsWith('关于') && r.text.endsWith('督办事项办理情况的通报'));
    expect(title).toMatchObject({ text: '关于2026年1月1日至3月2日督办事项办理情况的通报', size: 44, eastAsiaFont: '方正小标宋简体' });
    const overview = runs.find((r) => r.text.includes('共立项督办事项'));
    expect(overview).toMatchObject({ size: 32, eastAsiaFont: '仿宋_GB2312' });
    expect(overview?.text).toContain('共立项督办事项7件');
    expect(overview?.text).toContain('按期办结率60%');
    const mark = runs[0];
    expect(mark).toMatchObject({ text: `${u.a.city.name}直属机关工委`, color: 'FF0000', eastAsiaFont: '方正小标宋简体' });
    expect(runs.map((r) => r.text)).toEqual(expect.arrayContaining(['一、总体情况', '二、按期办结情况', '三、逾期未办结事项', '四、下一步要求', '2026年3月2日']));
    expect(runs.some((r) => r.text.includes('督办事项D4（DB-D4），承办：') && r.text.includes('已逾期3个工作日'))).toBe(true);
  });

  it('converts to PDF with LibreOffice without errors', { timeout: 60_000 }, async () => {
    const { pdf, stderr } = await convertToPdf(docx);
    expect(stderr).not.toMatch(/error/i);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(0);
    const a4 = pdfMediaBoxes(pdf);
    expect(a4.length).toBeGreaterThan(0);
    for (const [w, h] of a4) {
      expect(w).toBeCloseTo(595.3, 0);
      expect(h).toBeCloseTo(841.9, 0);
    }
  });

  it("names the unit as issuer of a unit's own 通报, with a table per 科室", async () => {
    const res = await call(t, u.adminA, 'GET', `${BULLETIN}?nodeId=${u.a.unit.id}`);
    const texts = runsOf(await readDocxXml(res.rawPayload)).map((r) => r.text);
    expect(texts[0]).toBe(u.a.unit.name);
    expect(texts).toEqual(expect.arrayContaining(['各承办科室督办事项办理情况', '办公室', '业务科', '机关各科室：']));
  });
});

describe('GET /api/directive-reports/ledger.xlsx', () => {
  it('the 台账 opens as Excel: one row per directive, text cells neutralised', async () => {
    const res = await call(t, u.adminA, 'GET', `${LEDGER}?nodeId=${u.a.unit.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('督办台账')!;
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual(['编号', '来源', '事项', '领导批示', '承办', '协办', '立项日期', '办理时限', '延期至', '状态', '亮灯', '办结日期', '用时（工作日）']);
    expect(header).toEqual(LEDGER_COLUMNS.map((c) => c.header));
    expect(sheet.rowCount).toBe(1 + 6);
    const rows = new Map<string, ExcelJS.CellValue[]>();
    sheet.eachRow((row, n) => {
      if (n > 1) rows.set(String(row.getCell(1).value), (row.values as ExcelJS.CellValue[]).slice(1));
    });
    expect(rows.get('DB-D1')).toEqual([
      'DB-D1',
      '上级批办件',
      `'=HYPERLINK("http://x")`,
      '张书记：请办公室牵头抓好落实',
      `${u.a.unit.name}办公室`,
      '业务科',
      '2026-02-02',
      '2026-02-11',
      '',
      '已销号',
      '—',
      '2026-02-10',
      6,
    ]);
    expect(rows.get('DB-D4')?.slice(8, 13)).toEqual(['', '办理中', '红灯', '', '']);
    expect(rows.get('DB-D3')?.slice(8, 13)).toEqual(['2026-03-04', '已销号', '—', '2026-03-02', 10]);
    expect(rows.get('DB-D7')?.slice(9, 13)).toEqual(['已办结待审核', '绿灯', '2026-02-25', 4]);
  });
});
