import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InspectionDetail } from '@mofan/shared';
import { attributesOf, convertToPdf, pdfMediaBoxes, readDocxXml, runsOf } from '../../../test/docx';
import { call, fieldsOf, useTestApp } from '../../../test/test-app';
import { travel } from '../directives/directives.fixtures';
import { type SupervisionWorld, checkInput, completeCheck, createCheck, createSupervisionWorld, expectOk, handOver, problemInput, rectificationInput, registerProblem, stepOk } from './inspections.fixtures';
import { PROBLEM_LEDGER_COLUMNS } from './problem-ledger-workbook';

const t = useTestApp();
const missingId = crypto.randomUUID();
let w: SupervisionWorld;
let check: InspectionDetail;
let pending: InspectionDetail;
const BULLETIN = '/api/inspection-reports/bulletin.docx';
const LEDGER = '/api/inspection-reports/ledger.xlsx';

/**
 * A 明查暗访 of unit A on 2 March 2026 finds three problems: 散 at the 办公室 (rectified after one
 * reopening, 张三 given a 提醒谈话), 形式主义 at the 业务科 (its 整改 overdue by the reading day), and
 * 迟到 at the unit, not handed over yet. The reports are read on 20 March.
 */
beforeAll(async () => {
  t.clock.set('2026-03-02T09:00:00+08:00');
  w = await createSupervisionWorld(t);
  check = await createCheck(t, w.inspector, checkInput(w, { kind: 'unannounced_visit', title: '2026年一季度机关作风明查暗访' }));
  const san = await registerProblem(t, w.inspector, problemInput(w, { inspectionId: check.id, tags: ['six.san'], facts: '办公室上班时间无人在岗' }));
  const formalism = await registerProblem(t, w.inspector, problemInput(w, { inspectionId: check.id, nodeId: w.u.a.departments[1].id, personId: null, tags: ['fourwinds.formalism', 'nonimpl.perfunctory'], severity: 'grave', facts: '业务科台账事后补记' }));
  await registerProblem(t, w.inspector, problemInput(w, { inspectionId: check.id, nodeId: w.u.a.unit.id, personId: null, tags: ['discipline.late'], severity: 'general', facts: '3人迟到' }));
  check = await completeCheck(t, w.inspector, check, '发现问题3个');
  let r = await handOver(t, w.inspector, san, rectificationInput(w, { workingDays: 5 }));
  r = await stepOk(t, w.officeHeadA, r, 'submit', { text: '已整改' });
  r = await stepOk(t, w.inspector, r, 'reopen', { reason: '佐证不足' });
  r = await stepOk(t, w.officeHeadA, r, 'submit', { text: '已补充' });
  await stepOk(t, w.inspector, r, 'accept');
  expectOk(await call(t, w.inspector, 'POST', `/api/problems/${san.id}/accountabilities`, { kind: 'reminder_talk', basis: '机关工作纪律规定', personId: w.personA.id, decidedOn: '2026-03-02' }), 201);
  await handOver(t, w.inspector, formalism, rectificationInput(w, { responsibleNodeId: w.u.a.departments[1].id, responsiblePersonId: null, measures: '台账当日记录', workingDays: 5 }));
  pending = await createCheck(t, w.inspector, checkInput(w, { title: '尚未完成的检查' }));
  await travel(t, '2026-03-20T09:00:00+08:00');
});

describe('GET /api/inspection-reports/bulletin.docx', () => {
  let docx: Buffer;
  beforeAll(async () => {
    const res = await call(t, w.inspector, 'GET', `${BULLETIN}?inspectionId=${check.id}`);
    expectOk(res);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('督查通报'));
    docx = res.rawPayload;
  });

  it('has A4 pages, the GB/T 9704 margins and fonts, and the four parts with counted figures', async () => {
    const xml = await readDocxXml(docx);
    const pgSz = attributesOf(xml, 'w:pgSz');
    expect([pgSz['w:w'], pgSz['w:h']]).toEqual(['11906', '16838']);
    const margins = attributesOf(xml, 'w:pgMar');
    for (const [side, twips] of Object.entries({ 'w:top': 2098, 'w:bottom': 1984, 'w:left': 1588, 'w:right': 1474 })) expect(Math.abs(Number(margins[side]) - twips)).toBeLessThanOrEqual(2);
    const runs = runsOf(xml);
    expect(runs[0]).toMatchObject({ text: `${w.u.a.city.name}直属机关工委`, color: 'FF0000', eastAsiaFont: '方正小标宋简体' });
    expect(runs.find((r) => r.text === '关于2026年一季度机关作风明查暗访情况的通报')).toMatchObject({ size: 44, eastAsiaFont: '方正小标宋简体' });
    const texts = runs.map((r) => r.text);
    expect(texts).toEqual(expect.arrayContaining(['一、检查基本情况', '二、发现的主要问题', '三、整改要求', '四、问责情况', '2026年3月20日']));
    expect(runs.find((r) => r.text === '一、检查基本情况')).toMatchObject({ eastAsiaFont: '黑体' });
    const overview = runs.find((r) => r.text.includes('共发现问题'));
    expect(overview).toMatchObject({ size: 32, eastAsiaFont: '仿宋_GB2312' });
    expect(overview?.text).toBe('共发现问题3个，涉及1个单位，其中严重1个、较重1个、一般1个。');
    expect(texts.some((x) => x.includes('采取暗访（四不两直）方式'))).toBe(true);
    expect(texts).toEqual(expect.arrayContaining(['（一）六种现象方面问题1个。', '其中“散”1个。', '（二）工作不落实方面问题1个。', '（三）四风方面问题1个。', '（四）纪律方面问题1个。', '其中“迟到”1个。']));
    expect(texts.some((x) => x.startsWith('截至2026年3月20日，上述问题已交付整改2个，其中已整改销号1个，正在整改1个（逾期未完成1个）；尚未交付整改1个。'))).toBe(true);
    expect(texts.some((x) => x.includes(`逾期未完成的：${w.u.a.unit.name}业务科，台账当日记录（整改时限2026年3月9日）。`))).toBe(true);
    expect(texts.some((x) => x.includes('作出问责处理1人（次），其中提醒谈话1人（次）'))).toBe(true);
    expect(texts.some((x) => x.includes(`对${w.u.a.unit.name}办公室张三予以提醒谈话。依据：机关工作纪律规定`))).toBe(true);
  });

  it('converts to PDF with LibreOffice on A4', { timeout: 60_000 }, async () => {
    const { pdf, stderr } = await convertToPdf(docx);
    expect(stderr).not.toMatch(/error/i);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    for (const [wd, h] of pdfMediaBoxes(pdf)) {
      expect(wd).toBeCloseTo(595.3, 0);
      expect(h).toBeCloseTo(841.9, 0);
    }
  });

  it('writes a period’s 通报 for a node: the unit reads its own, issued in its name', async () => {
    const res = await call(t, w.unitA, 'GET', `${BULLETIN}?nodeId=${w.u.a.unit.id}&from=2026-03-01&to=2026-03-20`);
    expectOk(res);
    const texts = runsOf(await readDocxXml(res.rawPayload)).map((r) => r.text);
    expect(texts[0]).toBe(w.u.a.unit.name);
    expect(texts).toEqual(expect.arrayContaining(['关于2026年3月1日至3月20日督查检查发现问题及整改情况的通报', '督查检查开展情况', '发现问题清单']));
    expect(texts.some((x) => x === '2026年3月1日至3月20日，涉及本单位的督查检查共完成1次（暗访（四不两直）1次），被检查单位（科室）1个。')).toBe(true);
  });

  it('answers 401, 403 to another unit, 404, 400 naming the field, 409 for a check not done', async () => {
    expect((await call(t, null, 'GET', `${BULLETIN}?inspectionId=${check.id}`)).statusCode).toBe(401);
    expect((await call(t, w.outsider, 'GET', `${BULLETIN}?inspectionId=${check.id}`)).statusCode).toBe(403);
    expect((await call(t, w.outsider, 'GET', `${BULLETIN}?nodeId=${w.u.a.unit.id}`)).statusCode).toBe(403);
    expect((await call(t, w.inspector, 'GET', `${BULLETIN}?inspectionId=${missingId}`)).statusCode).toBe(404);
    expect((await call(t, w.inspector, 'GET', `${BULLETIN}?nodeId=${missingId}`)).statusCode).toBe(404);
    expect(fieldsOf(await call(t, w.inspector, 'GET', BULLETIN))).toEqual(['nodeId']);
    expect(fieldsOf(await call(t, w.inspector, 'GET', `${BULLETIN}?nodeId=${w.u.a.unit.id}&from=2026-03-10&to=2026-03-01`))).toEqual(['to']);
    expect(fieldsOf(await call(t, w.inspector, 'GET', `${BULLETIN}?inspectionId=x`))).toEqual(['inspectionId']);
    expect((await call(t, w.inspector, 'GET', `${BULLETIN}?inspectionId=${pending.id}`)).statusCode).toBe(409);
  });
});

describe('GET /api/inspection-reports/ledger.xlsx', () => {
  it('reads back as Excel: one row per problem with tags in Chinese, repeat flags, 整改, light, verification and 问责', async () => {
    const res = await call(t, w.inspector, 'GET', `${LEDGER}?inspectionId=${check.id}`);
    expectOk(res);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('问题整改台账')!;
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual(PROBLEM_LEDGER_COLUMNS.map((c) => c.header));
    expect(sheet.rowCount).toBe(4);
    const rows = new Map<string, ExcelJS.CellValue[]>();
    sheet.eachRow((row, n) => {
      if (n > 1) rows.set(String(row.getCell(7).value), (row.values as ExcelJS.CellValue[]).slice(1));
    });
    expect(rows.get('办公室上班时间无人在岗')).toEqual([
      expect.any(Number),
      '2026-03-02',
      '2026年一季度机关作风明查暗访',
      w.u.a.unit.name,
      '办公室',
      '张三',
      '办公室上班时间无人在岗',
      '六种现象·散',
      '较重',
      '',
      '建立首问负责和AB岗制度，每日上班前点名',
      '窗口岗位在岗在位',
      '办公室',
      '张三',
      5,
      '2026-03-09',
      '已销号',
      '—',
      '2026-03-02核验通过，退回1次',
      '2026-03-02 张三提醒谈话',
    ]);
    expect(rows.get('业务科台账事后补记')?.slice(7, 19)).toEqual(['四风·形式主义、工作不落实·应付了事', '严重', '', '台账当日记录', '窗口岗位在岗在位', '业务科', '', 5, '2026-03-09', '整改中', '红灯', '']);
    expect(rows.get('3人迟到')?.slice(3, 19)).toEqual([w.u.a.unit.name, '', '', '3人迟到', '纪律·迟到', '一般', '', '', '', '', '', '', '', '待整改', '—', '']);
  });

  it('answers 401, 403 to another unit, 404, 400 naming the field', async () => {
    expect((await call(t, null, 'GET', `${LEDGER}?inspectionId=${check.id}`)).statusCode).toBe(401);
    expect((await call(t, w.outsider, 'GET', `${LEDGER}?inspectionId=${check.id}`)).statusCode).toBe(403);
    expect((await call(t, w.inspector, 'GET', `${LEDGER}?inspectionId=${missingId}`)).statusCode).toBe(404);
    expect(fieldsOf(await call(t, w.inspector, 'GET', `${LEDGER}?inspectionId=${check.id}&nodeId=${w.u.a.unit.id}`))).toEqual(['inspectionId']);
    expect(fieldsOf(await call(t, w.inspector, 'GET', `${LEDGER}?nodeId=${w.u.a.unit.id}&to=2026-02-30`))).toEqual(['to']);
  });
});
