import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import type { CleanlinessCheck, CleanlinessCheckSummary, CleanlinessHistory, CleanlinessItem } from '@mofan/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { orgNodes } from '../../db/schema/index';
import { type NodeRef, type UnitFixture, addPost, createPerson, createUnit, createUser } from '../../../test/factories';
import { type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { attributesOf, convertToPdf, pdfMediaBoxes, pdfPageCount, readDocxXml, runsOf } from '../../../test/docx';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

// The test clock stands at 2026-03-02.
const t = useTestApp();
const missingId = crypto.randomUUID();
const CHECKS = '/api/cleanliness/checks';
let u: TwoUnits;
let reader: Session;

/** More 科室 for a unit, besides the two of the fixture. */
async function addDepartments(fixture: UnitFixture, names: string[]): Promise<NodeRef[]> {
  const made: NodeRef[] = [];
  for (const [i, name] of names.entries()) {
    const id = crypto.randomUUID();
    const path = `${fixture.unit.path}${id}/`;
    await t.ctx.db.insert(orgNodes).values({ id, tree: 'admin', kind: 'department', name, parentId: fixture.unit.id, unitId: fixture.unit.id, path, sortOrder: i + 3 });
    made.push({ id, path, name });
  }
  return made;
}

async function draw(session: Session, month: string, count: number, unitId = u.a.unit.id) {
  return call(t, session, 'POST', CHECKS, { unitId, month, count });
}

function fullMarks(check: CleanlinessCheck): Record<string, number> {
  return Object.fromEntries(check.items.filter((i) => i.active).map((i) => [i.id, i.maxScore]));
}

/** Scores every drawn 科室: full marks less `lost(i)` points on the first item of the sheet. */
async function scoreAll(session: Session, check: CleanlinessCheck, lost: (index: number) => number, note?: (index: number) => string): Promise<CleanlinessCheck> {
  let current = check;
  const first = check.items[0]!;
  for (const [i, d] of check.departments.entries()) {
    const scores = { ...fullMarks(check), [first.id]: first.maxScore - lost(i) };
    const res = await call(t, session, 'PUT', `${CHECKS}/${check.id}/scores/${d.departmentId}`, { scores, version: current.version, note: note?.(i) ?? null });
    expect(res.statusCode, res.body).toBe(200);
    current = res.json<CleanlinessCheck>();
  }
  return current;
}

beforeAll(async () => {
  u = await createTwoUnits(t);
  await addDepartments(u.a, ['人事科', '财务科', '法规科', '信息科']);
  const admin = await createUser(t, [{ role: 'committee_admin', scope: u.a.city }]);
  const committee = await login(t, admin.username, admin.password);
  expect((await call(t, committee, 'POST', '/api/cleanliness/items/standard', { nodeId: u.a.city.id })).statusCode).toBe(201);
  const leader = await createUser(t, [{ role: 'leader', scope: u.a.unit }]);
  reader = await login(t, leader.username, leader.password);
});

describe('POST /api/cleanliness/checks (一抽查)', () => {
  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'POST', CHECKS, { unitId: u.a.unit.id, month: '2026-01', count: 2 })).statusCode).toBe(401);
  });

  it('draws N distinct 科室 of the unit at random, once per month, audited with the pool and the result', async () => {
    const res = await draw(u.adminA, '2025-12', 3);
    expect(res.statusCode).toBe(201);
    const check = res.json<CleanlinessCheck>();
    expect(check).toMatchObject({ unitId: u.a.unit.id, month: '2025-12', status: 'drawn', departmentCount: 3, scoredCount: 0, canWrite: true, maxTotal: 100 });
    expect(new Set(check.departments.map((d) => d.departmentId)).size).toBe(3);
    expect(check.departments.every((d) => d.total === null && d.rank === null)).toBe(true);
    const [audit] = await auditEntriesOf(t, 'cleanliness_check.draw', check.id);
    const details = audit?.details as { method: string; count: number; pool: { id: string }[]; drawn: { id: string }[] };
    expect(details).toMatchObject({ method: 'crypto.randomInt', count: 3, month: '2025-12' });
    expect(details.pool).toHaveLength(6);
    expect(details.drawn.map((d) => d.id).sort()).toEqual(check.departments.map((d) => d.departmentId).sort());
    expect(details.drawn.every((d) => details.pool.some((p) => p.id === d.id))).toBe(true);

    const again = await draw(u.adminA, '2025-12', 2);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'CONFLICT' } });
  });

  it.each([
    ['a month after this one', { month: '2026-04' }, 'month'],
    ['a month not in YYYY-MM', { month: '2026-3' }, 'month'],
    ['no 科室', { count: 0 }, 'count'],
    ['more 科室 than the unit has', { count: 7 }, 'count'],
    ['a 科室 as the unit', { unitId: 'DEPT' }, 'unitId'],
    ['a missing unit', { unitId: missingId }, 'unitId'],
  ])('answers 400 for %s, naming the field', async (_name, change, field) => {
    const body = { unitId: u.a.unit.id, month: '2025-11', count: 2, ...change };
    if (body.unitId === 'DEPT') body.unitId = u.a.departments[0].id;
    const res = await call(t, u.adminA, 'POST', CHECKS, body);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  });

  it('answers 403 for another unit and to a reader without inspections.write', async () => {
    expect((await draw(u.adminB, '2025-10', 2)).statusCode).toBe(403);
    expect((await draw(reader, '2025-10', 2)).statusCode).toBe(403);
  });

  it('answers 409 for a unit whose sheet has no items yet', async () => {
    const lone = await createUnit(t);
    const admin = await createUser(t, [{ role: 'unit_admin', scope: lone.unit }]);
    const res = await draw(await login(t, admin.username, admin.password), '2026-02', 1, lone.unit.id);
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('检查表');
  });
});

describe('GET /api/cleanliness/checks and /:id', () => {
  let check: CleanlinessCheck;
  beforeAll(async () => {
    check = (await draw(u.adminA, '2025-09', 2)).json<CleanlinessCheck>();
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'GET', `${CHECKS}?unitId=${u.a.unit.id}`)).statusCode).toBe(401);
    expect((await call(t, null, 'GET', `${CHECKS}/${check.id}`)).statusCode).toBe(401);
  });

  it("lists the unit's months, newest first, filtered by year, to a reader", async () => {
    const res = await call(t, reader, 'GET', `${CHECKS}?unitId=${u.a.unit.id}&year=2025`);
    expect(res.statusCode).toBe(200);
    const months = res.json<CleanlinessCheckSummary[]>().map((c) => c.month);
    expect(months).toContain('2025-09');
    expect(months).toEqual([...months].sort().reverse());
    expect((await call(t, reader, 'GET', `${CHECKS}?unitId=${u.a.unit.id}&year=2024`)).json()).toEqual([]);
  });

  it('shows a check with its sheet and drawn 科室; the reader may not write', async () => {
    const res = await call(t, reader, 'GET', `${CHECKS}/${check.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json<CleanlinessCheck>()).toMatchObject({ id: check.id, departmentCount: 2, canWrite: false });
    expect(res.json<CleanlinessCheck>().items).toHaveLength(11);
  });

  it('answers 403 for another unit, 404 for a missing check or unit, 400 naming the field', async () => {
    expect((await call(t, u.adminB, 'GET', `${CHECKS}?unitId=${u.a.unit.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'GET', `${CHECKS}/${check.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `${CHECKS}?unitId=${missingId}`)).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'GET', `${CHECKS}/${missingId}`)).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'GET', `${CHECKS}?unitId=${u.a.unit.id}&year=abc`);
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['year']);
    expect(fieldsOf(await call(t, u.adminA, 'GET', `${CHECKS}/abc`))).toEqual(['id']);
  });
});

describe('PUT /api/cleanliness/checks/:id/scores/:departmentId (一评比)', () => {
  let check: CleanlinessCheck;
  let department: string;
  beforeAll(async () => {
    check = (await draw(u.adminA, '2025-08', 2)).json<CleanlinessCheck>();
    department = check.departments[0]!.departmentId;
  });
  const url = (id: string, dept: string) => `${CHECKS}/${id}/scores/${dept}`;

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'PUT', url(check.id, department), { scores: {}, version: 1 })).statusCode).toBe(401);
  });

  it('records the points item by item with the total and the note, audited; the check version moves on', async () => {
    const first = check.items[0]!;
    const scores = { ...fullMarks(check), [first.id]: first.maxScore - 3 };
    const res = await call(t, u.adminA, 'PUT', url(check.id, department), { scores, note: '门口堆放纸箱', version: check.version });
    expect(res.statusCode).toBe(200);
    check = res.json<CleanlinessCheck>();
    expect(check).toMatchObject({ scoredCount: 1, version: 2 });
    expect(check.departments[0]).toMatchObject({ departmentId: department, total: 97, rank: 1, note: '门口堆放纸箱', criterionTotals: { environment: 22, hygiene: 25, tidiness: 30, air: 20 } });
    expect((await auditEntriesOf(t, 'cleanliness_check.score', check.id))[0]?.details).toMatchObject({ departmentId: department, total: 97 });
  });

  it('answers 400 naming scores.<item> for a missing item, points over the maximum or below 0, and an unknown item', async () => {
    const [first, second] = check.items;
    const full = fullMarks(check);
    const { [first!.id]: _dropped, ...missing } = full;
    const cases: [Record<string, number>, string][] = [
      [missing, `scores.${first!.id}`],
      [{ ...full, [second!.id]: second!.maxScore + 1 }, `scores.${second!.id}`],
      [{ ...full, [second!.id]: -1 }, `scores.${second!.id}`],
      [{ ...full, [missingId]: 3 }, `scores.${missingId}`],
    ];
    for (const [scores, field] of cases) {
      const res = await call(t, u.adminA, 'PUT', url(check.id, department), { scores, version: check.version });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual([field]);
    }
    expect(fieldsOf(await call(t, u.adminA, 'PUT', url(check.id, department), { scores: full }))).toEqual(['version']);
  });

  it('answers 404 for a 科室 not drawn and a missing check, 403 for another unit and a reader, 409 to a stale version', async () => {
    const notDrawn = [u.a.departments[0].id, u.a.departments[1].id].find((id) => !check.departments.some((d) => d.departmentId === id)) ?? missingId;
    expect((await call(t, u.adminA, 'PUT', url(check.id, notDrawn), { scores: fullMarks(check), version: check.version })).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'PUT', url(missingId, department), { scores: fullMarks(check), version: 1 })).statusCode).toBe(404);
    expect((await call(t, u.adminB, 'PUT', url(check.id, department), { scores: fullMarks(check), version: check.version })).statusCode).toBe(403);
    expect((await call(t, reader, 'PUT', url(check.id, department), { scores: fullMarks(check), version: check.version })).statusCode).toBe(403);
    const stale = await call(t, u.adminA, 'PUT', url(check.id, department), { scores: fullMarks(check), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
  });
});

describe('POST /api/cleanliness/checks/:id/publish (一通报)', () => {
  let check: CleanlinessCheck;
  beforeAll(async () => {
    check = (await draw(u.adminA, '2025-07', 2)).json<CleanlinessCheck>();
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'POST', `${CHECKS}/${check.id}/publish`, { version: 1 })).statusCode).toBe(401);
  });

  it('answers 409 while a drawn 科室 is unscored; publishes once all are; scores are then closed', async () => {
    const early = await call(t, u.adminA, 'POST', `${CHECKS}/${check.id}/publish`, { version: check.version });
    expect(early.statusCode).toBe(409);
    expect(early.json<{ error: { message: string } }>().error.message).toContain('2个抽查科室未评分');
    check = await scoreAll(u.adminA, check, (i) => i);
    const res = await call(t, u.adminA, 'POST', `${CHECKS}/${check.id}/publish`, { version: check.version });
    expect(res.statusCode).toBe(200);
    const published = res.json<CleanlinessCheck>();
    expect(published.status).toBe('published');
    expect(published.publishedAt).not.toBeNull();
    const audit = await auditEntriesOf(t, 'cleanliness_check.publish', check.id);
    expect((audit[0]?.details as { ranking: unknown[] }).ranking).toHaveLength(2);
    const closed = await call(t, u.adminA, 'PUT', `${CHECKS}/${check.id}/scores/${check.departments[0]!.departmentId}`, { scores: fullMarks(check), version: published.version });
    expect(closed.statusCode).toBe(409);
    expect((await call(t, u.adminA, 'POST', `${CHECKS}/${check.id}/publish`, { version: published.version })).statusCode).toBe(409);
  });

  it('answers 403 for another unit and a reader, 404 for a missing check, 400 naming version', async () => {
    expect((await call(t, u.adminB, 'POST', `${CHECKS}/${check.id}/publish`, { version: 1 })).statusCode).toBe(403);
    expect((await call(t, reader, 'POST', `${CHECKS}/${check.id}/publish`, { version: 1 })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', `${CHECKS}/${missingId}/publish`, { version: 1 })).statusCode).toBe(404);
    expect(fieldsOf(await call(t, u.adminA, 'POST', `${CHECKS}/${check.id}/publish`, {}))).toEqual(['version']);
  });
});

describe('acceptance: the monthly 清洁 check draws 科室, records scores, and produces the ranking and the Word bulletin', () => {
  let check: CleanlinessCheck;
  let docx: Buffer;
  beforeAll(async () => {
    const drawn = await draw(u.adminA, '2026-02', 4);
    expect(drawn.statusCode).toBe(201);
    // Ranks by design: the first drawn loses 6 points, the second and third 2 each (a tie), the fourth none.
    const lost = [6, 2, 2, 0];
    check = await scoreAll(u.adminA, drawn.json<CleanlinessCheck>(), (i) => lost[i]!, (i) => (i === 0 ? '桌面文件堆放较乱' : ''));
    const published = await call(t, u.adminA, 'POST', `${CHECKS}/${check.id}/publish`, { version: check.version });
    expect(published.statusCode).toBe(200);
    check = published.json<CleanlinessCheck>();
    const res = await call(t, reader, 'GET', `${CHECKS}/${check.id}/bulletin.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('2026年2月清洁机关检查通报'));
    docx = res.rawPayload;
  });

  it('ranks the scored 科室: best first, a tie shares its place', () => {
    expect(check.departments.map((d) => [d.total, d.rank])).toEqual([
      [100, 1],
      [98, 2],
      [98, 2],
      [94, 4],
    ]);
  });

  it('the 通报 has A4 pages, the GB/T 9704 margins and fonts, the ranking table and the problems (a test reads them from the file)', async () => {
    const xml = await readDocxXml(docx);
    const pgSz = attributesOf(xml, 'w:pgSz');
    expect([pgSz['w:w'], pgSz['w:h']]).toEqual(['11906', '16838']);
    const margins = attributesOf(xml, 'w:pgMar');
    const expected = { 'w:top': 2098, 'w:bottom': 1984, 'w:left': 1588, 'w:right': 1474 };
    for (const [side, twips] of Object.entries(expected)) expect(Math.abs(Number(margins[side]) - twips)).toBeLessThanOrEqual(2);
    const runs = runsOf(xml);
    expect(runs[0]).toMatchObject({ text: u.a.unit.name, color: 'FF0000', eastAsiaFont: '方正小标宋简体' });
    expect(runs.find((r) => r.text.endsWith('检查评比情况的通报'))).toMatchObject({ text: '关于2026年2月“清洁机关”检查评比情况的通报', size: 44, eastAsiaFont: '方正小标宋简体' });
    const intro = runs.find((r) => r.text.startsWith('为深入开展'));
    expect(intro).toMatchObject({ size: 32, eastAsiaFont: '仿宋_GB2312' });
    expect(intro?.text).toContain('随机抽取4个科室');
    const texts = runs.map((r) => r.text);
    expect(texts).toEqual(expect.arrayContaining(['一、检查评比结果', '二、存在的主要问题', '三、下一步要求', '名次', '科室', '环境整洁', '卫生清洁', '物品整齐', '空气清新', '总分', '机关各科室：']));
    const worst = check.departments[3]!;
    expect(texts).toEqual(expect.arrayContaining([worst.departmentName, '94']));
    expect(texts.some((x) => /^（[一二三四]）/.test(x) && x.endsWith(`${worst.departmentName}。`))).toBe(true);
    const first = check.items[0]!;
    expect(texts.some((x) => x.includes(`${first.title}（扣6分）`) && x.includes('检查发现：桌面文件堆放较乱。'))).toBe(true);
    expect(texts.find((x) => x.startsWith('本次检查满分'))).toBe(`本次检查满分100分，${check.departments[0]!.departmentName}得分最高（100分），${worst.departmentName}得分最低（94分）。各科室得分及名次如下。`);
  });

  it('converts to PDF with LibreOffice without errors', { timeout: 60_000 }, async () => {
    const { pdf, stderr } = await convertToPdf(docx);
    expect(stderr).not.toMatch(/error/i);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBeGreaterThan(0);
    for (const [w, h] of pdfMediaBoxes(pdf)) {
      expect(w).toBeCloseTo(595.3, 0);
      expect(h).toBeCloseTo(841.9, 0);
    }
  });

  it('exports the ranking to Excel', async () => {
    const res = await call(t, reader, 'GET', `${CHECKS}/${check.id}/ranking.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('2026-02清洁机关排名')!;
    expect((sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual(['名次', '科室', '环境整洁', '卫生清洁', '物品整齐', '空气清新', '总分', '满分', '扣分项', '检查发现']);
    expect(sheet.rowCount).toBe(5);
    const last = (sheet.getRow(5).values as ExcelJS.CellValue[]).slice(1);
    expect(last.slice(0, 2)).toEqual([4, check.departments[3]!.departmentName]);
    expect(last.slice(6, 8)).toEqual([94, 100]);
    expect(String(last[8])).toContain('扣6分');
    expect(last[9]).toBe('桌面文件堆放较乱');
  });

  it('keeps the result in the 科室’s history for its 平时考核', async () => {
    const worst = check.departments[3]!;
    const res = await call(t, reader, 'GET', `/api/cleanliness/departments/${worst.departmentId}/history?year=2026`);
    expect(res.statusCode).toBe(200);
    expect(res.json<CleanlinessHistory>()).toMatchObject({
      departmentId: worst.departmentId,
      unitName: u.a.unit.name,
      entries: [{ checkId: check.id, month: '2026-02', total: 94, maxTotal: 100, rank: 4, rankedCount: 4, note: '桌面文件堆放较乱' }],
    });
  });
});

describe('GET bulletin.docx, ranking.xlsx and a 科室’s history: access and state', () => {
  let unscored: CleanlinessCheck;
  beforeAll(async () => {
    unscored = (await draw(u.adminA, '2025-06', 1)).json<CleanlinessCheck>();
  });

  it('answers 401 without a session', async () => {
    for (const path of [`${CHECKS}/${unscored.id}/bulletin.docx`, `${CHECKS}/${unscored.id}/ranking.xlsx`, `/api/cleanliness/departments/${u.a.departments[0].id}/history`]) {
      expect((await call(t, null, 'GET', path)).statusCode).toBe(401);
    }
  });

  it('answers 409 for the 通报 of a month not fully scored; the ranking exports with the unscored last', async () => {
    expect((await call(t, u.adminA, 'GET', `${CHECKS}/${unscored.id}/bulletin.docx`)).statusCode).toBe(409);
    expect((await call(t, u.adminA, 'GET', `${CHECKS}/${unscored.id}/ranking.xlsx`)).statusCode).toBe(200);
  });

  it('answers 403 for another unit, 404 for a missing check or a node that is not a 科室, 400 naming the field', async () => {
    expect((await call(t, u.adminB, 'GET', `${CHECKS}/${unscored.id}/bulletin.docx`)).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'GET', `${CHECKS}/${unscored.id}/ranking.xlsx`)).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'GET', `/api/cleanliness/departments/${u.a.departments[0].id}/history`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `${CHECKS}/${missingId}/bulletin.docx`)).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'GET', `${CHECKS}/${missingId}/ranking.xlsx`)).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'GET', `/api/cleanliness/departments/${u.a.unit.id}/history`)).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'GET', `/api/cleanliness/departments/${missingId}/history`)).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'GET', `/api/cleanliness/departments/${u.a.departments[0].id}/history?year=26`);
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['year']);
  });

  it('lets the 科室负责人 read their own 科室’s history, not another’s', async () => {
    const head = await createPerson(t, u.a);
    await addPost(t, head.id, u.a.departments[0].id, 'department_head');
    const user = await createUser(t, [], { personId: head.id });
    const session = await login(t, user.username, user.password);
    expect((await call(t, session, 'GET', `/api/cleanliness/departments/${u.a.departments[0].id}/history`)).statusCode).toBe(200);
    expect((await call(t, session, 'GET', `/api/cleanliness/departments/${u.a.departments[1].id}/history`)).statusCode).toBe(403);
  });
});

describe('a switched-off item keeps its points in months already scored', () => {
  it('lists the item in the month it was scored in, not in the sheet after', async () => {
    const fresh = await createTwoUnits(t);
    const add = async (body: Record<string, unknown>) => (await call(t, fresh.adminA, 'POST', '/api/cleanliness/items', { nodeId: fresh.a.unit.id, ...body })).json<CleanlinessItem>();
    await add({ criterion: 'environment', title: '地面干净', maxScore: 20 });
    const own = await add({ criterion: 'air', title: '室内无异味', maxScore: 10 });
    const check = (await draw(fresh.adminA, '2026-01', 1, fresh.a.unit.id)).json<CleanlinessCheck>();
    const scored = (await call(t, fresh.adminA, 'PUT', `${CHECKS}/${check.id}/scores/${check.departments[0]!.departmentId}`, { scores: fullMarks(check), version: check.version })).json<CleanlinessCheck>();
    expect(scored.departments[0]?.total).toBe(30);
    expect((await call(t, fresh.adminA, 'PATCH', `/api/cleanliness/items/${own.id}`, { active: false, version: 1 })).statusCode).toBe(200);
    const after = (await call(t, fresh.adminA, 'GET', `${CHECKS}/${check.id}`)).json<CleanlinessCheck>();
    expect(after.items.find((i) => i.id === own.id)).toMatchObject({ active: false });
    expect(after.maxTotal).toBe(20);
    expect(after.departments[0]?.criterionTotals).toEqual({ environment: 20, hygiene: 0, tidiness: 0, air: 10 });
  });
});
