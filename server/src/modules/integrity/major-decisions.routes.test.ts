import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MajorDecision, MajorDecisionPage } from '@mofan/shared';
import { createPerson, createUser } from '../../../test/factories';
import { type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

// The clock stands at 2026-03-02.
const t = useTestApp();
const missingId = crypto.randomUUID();
let u: TwoUnits;
let inspectorA: Session;
let deputy1: { id: string; name: string };
let deputy2: { id: string; name: string };
let secretary: { id: string; name: string };
let outsider: { id: string; name: string };

beforeAll(async () => {
  u = await createTwoUnits(t);
  const inspector = await createUser(t, [{ role: 'supervisor', scope: u.a.unit }]);
  inspectorA = await login(t, inspector.username, inspector.password);
  deputy1 = await createPerson(t, u.a, { name: '王副局长' });
  deputy2 = await createPerson(t, u.a, { name: '陈副局长' });
  secretary = await createPerson(t, u.a, { name: '刘书记' });
  outsider = await createPerson(t, u.b, { name: '乙单位领导' });
});

/** 副职先发言, a 列席 member by name, the 一把手 last. */
function views() {
  return [
    { personId: deputy1.id, principal: false, view: '同意，建议分期支付' },
    { personId: deputy2.id, principal: false, view: '同意' },
    { name: '张列席', principal: false, view: '无不同意见' },
    { personId: secretary.id, principal: true, view: '同意，按程序办理' },
  ];
}

function decisionInput(extra: Record<string, unknown> = {}) {
  return { unitId: u.a.unit.id, category: 'large_fund', matter: '办公楼维修资金120万元', decidedOn: '2026-02-26', meeting: '局党组会议', decision: '同意列支，分两期支付', views: views(), ...extra };
}

async function create(session: Session, body: Record<string, unknown>): Promise<MajorDecision> {
  const res = await call(t, session, 'POST', '/api/integrity/decisions', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<MajorDecision>();
}

describe('POST /api/integrity/decisions', () => {
  it('logs a collective decision with every view in the order spoken, the principal last, audited', async () => {
    const d = await create(u.adminA, decisionInput());
    expect(d).toMatchObject({ unitName: u.a.unit.name, category: 'large_fund', meeting: '局党组会议', version: 1 });
    expect(d.views.map((v) => [v.seq, v.personName, v.principal, v.view])).toEqual([
      [1, '王副局长', false, '同意，建议分期支付'],
      [2, '陈副局长', false, '同意'],
      [3, '张列席', false, '无不同意见'],
      [4, '刘书记', true, '同意，按程序办理'],
    ]);
    expect(d.views[2]?.personId).toBeNull();
    expect(await auditEntriesOf(t, 'major_decision.create', d.id)).toHaveLength(1);
  });

  it('answers 401, 403 for another unit and for a reader who does not keep the log', async () => {
    expect((await call(t, null, 'POST', '/api/integrity/decisions', decisionInput())).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'POST', '/api/integrity/decisions', decisionInput())).statusCode).toBe(403);
    expect((await call(t, inspectorA, 'POST', '/api/integrity/decisions', decisionInput())).statusCode).toBe(403);
  });

  const P = true;
  const o = false;
  /** The 末位表态 table: which principal flags are refused, and which view the 400 names. */
  it.each([
    ['no principal', [o, o, o, o], ['views.3.principal']],
    ['the principal speaks first', [P, o, o, o], ['views.0.principal']],
    ['the principal speaks in the middle', [o, P, o, o], ['views.1.principal']],
    ['two principals, the second last', [o, P, o, P], ['views.1.principal']],
    ['two principals, neither last', [P, o, P, o], ['views.0.principal', 'views.2.principal']],
  ])('末位表态: answers 400 for %s, naming the view', async (_name, flags, fields) => {
    const body = decisionInput({ views: views().map((v, i) => ({ ...v, principal: flags[i] })) });
    const res = await call(t, u.adminA, 'POST', '/api/integrity/decisions', body);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(fields);
  });

  it.each([
    ['a 科室 instead of a unit', () => ({ unitId: u.a.departments[0].id }), 'unitId'],
    ['a unit that does not exist', () => ({ unitId: missingId }), 'unitId'],
    ['an unknown category', () => ({ category: 'other' }), 'category'],
    ['no matter', () => ({ matter: '' }), 'matter'],
    ['no meeting', () => ({ meeting: ' ' }), 'meeting'],
    ['a date after today', () => ({ decidedOn: '2026-03-03' }), 'decidedOn'],
    ['a single view', () => ({ views: [views()[3]] }), 'views'],
    ['a view with neither person nor name', () => ({ views: [views()[0], { principal: false, view: '同意' }, views()[3]] }), 'views.1.name'],
    ['a view without its text', () => ({ views: [{ ...views()[0], view: '' }, views()[3]] }), 'views.0.view'],
    ['a person of another unit', () => ({ views: [{ personId: outsider.id, principal: false, view: '同意' }, views()[3]] }), 'views.0.personId'],
    ['a person who does not exist', () => ({ views: [{ personId: missingId, principal: false, view: '同意' }, views()[3]] }), 'views.0.personId'],
    ['the same person twice', () => ({ views: [views()[0], views()[0], views()[3]] }), 'views.1.personId'],
  ])('answers 400 naming the field for %s', async (_name, body, field) => {
    const res = await call(t, u.adminA, 'POST', '/api/integrity/decisions', decisionInput(body()));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(field);
  });
});

describe('GET /api/integrity/decisions/:id, PATCH and DELETE', () => {
  let d: MajorDecision;
  beforeAll(async () => {
    d = await create(u.adminA, decisionInput({ category: 'cadre_appointment', matter: '拟任办公室主任人选', decision: '同意提名' }));
  });

  it('reads it, also as 督查 staff; 401, 403 for another unit, 404 and 400 for a bad id', async () => {
    expect((await call(t, u.adminA, 'GET', `/api/integrity/decisions/${d.id}`)).json<MajorDecision>()).toMatchObject({ matter: '拟任办公室主任人选' });
    expect((await call(t, inspectorA, 'GET', `/api/integrity/decisions/${d.id}`)).statusCode).toBe(200);
    expect((await call(t, null, 'GET', `/api/integrity/decisions/${d.id}`)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'GET', `/api/integrity/decisions/${d.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/integrity/decisions/${missingId}`)).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'GET', '/api/integrity/decisions/not-an-id');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['id']);
  });

  it('replaces the views with the version, audited; 409 for a stale one; 末位表态 still holds', async () => {
    const shorter = [views()[1], { ...views()[3], view: '同意提名，按程序考察' }];
    const res = await call(t, u.adminA, 'PATCH', `/api/integrity/decisions/${d.id}`, { version: d.version, views: shorter, meeting: '局党组（扩大）会议' });
    expect(res.statusCode).toBe(200);
    d = res.json<MajorDecision>();
    expect(d).toMatchObject({ meeting: '局党组（扩大）会议', version: 2 });
    expect(d.views.map((v) => [v.seq, v.personName, v.principal])).toEqual([
      [1, '陈副局长', false],
      [2, '刘书记', true],
    ]);
    expect(await auditEntriesOf(t, 'major_decision.update', d.id)).toHaveLength(1);
    expect((await call(t, u.adminA, 'PATCH', `/api/integrity/decisions/${d.id}`, { version: 1, meeting: '旧' })).statusCode).toBe(409);
    const wrongOrder = await call(t, u.adminA, 'PATCH', `/api/integrity/decisions/${d.id}`, { version: d.version, views: [...shorter].reverse() });
    expect(wrongOrder.statusCode).toBe(400);
    expect(fieldsOf(wrongOrder)).toEqual(['views.0.principal']);
  });

  it('PATCH answers 401, 403 (another unit, a reader, a move into another unit), 404 and 400 naming the field', async () => {
    const body = { version: d.version, meeting: '会' };
    expect((await call(t, null, 'PATCH', `/api/integrity/decisions/${d.id}`, body)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'PATCH', `/api/integrity/decisions/${d.id}`, body)).statusCode).toBe(403);
    expect((await call(t, inspectorA, 'PATCH', `/api/integrity/decisions/${d.id}`, body)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'PATCH', `/api/integrity/decisions/${d.id}`, { ...body, unitId: u.b.unit.id })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'PATCH', `/api/integrity/decisions/${missingId}`, body)).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'PATCH', `/api/integrity/decisions/${d.id}`, { version: d.version, decidedOn: '2026-04-01' });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['decidedOn']);
  });

  it('deletes, audited; 401, 403, 404', async () => {
    const doomed = await create(u.adminA, decisionInput({ matter: '误登记' }));
    expect((await call(t, null, 'DELETE', `/api/integrity/decisions/${doomed.id}`)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'DELETE', `/api/integrity/decisions/${doomed.id}`)).statusCode).toBe(403);
    expect((await call(t, inspectorA, 'DELETE', `/api/integrity/decisions/${doomed.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'DELETE', `/api/integrity/decisions/${doomed.id}`)).json()).toEqual({ ok: true });
    expect(await auditEntriesOf(t, 'major_decision.delete', doomed.id)).toHaveLength(1);
    expect((await call(t, u.adminA, 'DELETE', `/api/integrity/decisions/${doomed.id}`)).statusCode).toBe(404);
  });
});

describe('GET /api/integrity/decisions and the Excel log', () => {
  let project: MajorDecision;
  let bDecision: MajorDecision;
  beforeAll(async () => {
    project = await create(u.adminA, decisionInput({ category: 'major_project', matter: '智慧机关平台建设项目', decidedOn: '2026-01-15' }));
    const bViews = [
      { name: '乙副职', principal: false, view: '同意' },
      { personId: outsider.id, principal: true, view: '同意' },
    ];
    bDecision = await create(u.adminB, { ...decisionInput({ unitId: u.b.unit.id, views: bViews }) });
  });

  it('lists the reader’s decisions with their views, filtered by category, dates and text', async () => {
    const page = (await call(t, u.adminA, 'GET', '/api/integrity/decisions')).json<MajorDecisionPage>();
    expect(page.items.map((i) => i.id)).not.toContain(bDecision.id);
    expect(page.items.find((i) => i.id === project.id)?.views).toHaveLength(4);
    const filtered = (await call(t, inspectorA, 'GET', `/api/integrity/decisions?category=major_project&from=2026-01-01&to=2026-01-31&q=${encodeURIComponent('智慧')}`)).json<MajorDecisionPage>();
    expect(filtered.items.map((i) => i.id)).toEqual([project.id]);
  });

  it('answers 401, 403 for another unit or without permission, 404 for a missing node and 400 naming the field', async () => {
    expect((await call(t, null, 'GET', '/api/integrity/decisions')).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'GET', `/api/integrity/decisions?nodeId=${u.a.unit.id}`)).statusCode).toBe(403);
    const branch = await createUser(t, [{ role: 'branch_secretary', scope: u.a.branch }]);
    expect((await call(t, await login(t, branch.username, branch.password), 'GET', '/api/integrity/decisions')).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/integrity/decisions?nodeId=${missingId}`)).statusCode).toBe(404);
    for (const [query, field] of [
      ['category=other', 'category'],
      ['from=2026-02-01&to=2026-01-01', 'to'],
    ] as const) {
      const res = await call(t, u.adminA, 'GET', `/api/integrity/decisions?${query}`);
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual([field]);
    }
  });

  it('exports the log, each decision’s views in order in one cell; 401, 403, 404, 400', async () => {
    const res = await call(t, u.adminA, 'GET', `/api/integrity/decisions/export.xlsx?nodeId=${u.a.unit.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('三重一大决策记录'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('三重一大')!;
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as ExcelJS.CellValue[]).slice(1));
    });
    expect(rows.find((r) => r[3] === '智慧机关平台建设项目')).toEqual([
      '2026-01-15',
      u.a.unit.name,
      '重大项目安排',
      '智慧机关平台建设项目',
      '局党组会议',
      '1. 王副局长：同意，建议分期支付\n2. 陈副局长：同意\n3. 张列席：无不同意见\n4. 刘书记（主要负责人）：同意，按程序办理',
      '刘书记',
      '同意列支，分两期支付',
    ]);
    expect(rows.some((r) => r[1] === u.b.unit.name)).toBe(false);
    expect((await call(t, null, 'GET', '/api/integrity/decisions/export.xlsx')).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'GET', `/api/integrity/decisions/export.xlsx?nodeId=${u.a.unit.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/integrity/decisions/export.xlsx?nodeId=${missingId}`)).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'GET', '/api/integrity/decisions/export.xlsx?category=other');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['category']);
  });
});
