import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IntegrityRisk, IntegrityRiskPage } from '@mofan/shared';
import { createUser } from '../../../test/factories';
import { type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

// The clock stands at 2026-03-02: "this year" is 2026.
const t = useTestApp();
const missingId = crypto.randomUUID();
let u: TwoUnits;
/** 督查 staff of unit A: reads the register (inspections.read) but does not keep it. */
let inspectorA: Session;

beforeAll(async () => {
  u = await createTwoUnits(t);
  const inspector = await createUser(t, [{ role: 'supervisor', scope: u.a.unit }]);
  inspectorA = await login(t, inspector.username, inspector.password);
});

function riskInput(extra: Record<string, unknown> = {}) {
  return { nodeId: u.a.departments[1].id, scope: 'post', name: '政府采购岗', risk: '在采购需求中设置倾向性条款', level: 'high', measures: '采购需求集体研究，纪检全程监督', ...extra };
}

async function create(session: Session, body: Record<string, unknown>): Promise<IntegrityRisk> {
  const res = await call(t, session, 'POST', '/api/integrity/risks', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<IntegrityRisk>();
}

describe('POST /api/integrity/risks', () => {
  it('registers a risk point of a post with its measures, audited, not reviewed yet', async () => {
    const risk = await create(u.adminA, riskInput());
    expect(risk).toMatchObject({ nodeName: '业务科', unitName: u.a.unit.name, scope: 'post', level: 'high', reviewedOn: null, reviewedThisYear: false, version: 1 });
    expect(await auditEntriesOf(t, 'integrity_risk.create', risk.id)).toHaveLength(1);
  });

  it('answers 401, 403 for another unit and 403 for a reader who does not keep the register', async () => {
    expect((await call(t, null, 'POST', '/api/integrity/risks', riskInput())).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'POST', '/api/integrity/risks', riskInput())).statusCode).toBe(403);
    expect((await call(t, inspectorA, 'POST', '/api/integrity/risks', riskInput())).statusCode).toBe(403);
  });

  it.each([
    ['an unknown scope', () => ({ scope: 'unit' }), 'scope'],
    ['an unknown level', () => ({ level: '高' }), 'level'],
    ['no name', () => ({ name: ' ' }), 'name'],
    ['no risk', () => ({ risk: '' }), 'risk'],
    ['no measures', () => ({ measures: '' }), 'measures'],
    ['a node that does not exist', () => ({ nodeId: missingId }), 'nodeId'],
    ['a party organisation', () => ({ nodeId: u.a.branch.id }), 'nodeId'],
  ])('answers 400 naming the field for %s', async (_name, body, field) => {
    const res = await call(t, u.adminA, 'POST', '/api/integrity/risks', riskInput(body()));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(field);
  });
});

describe('GET /api/integrity/risks/:id, PATCH, review and DELETE', () => {
  let risk: IntegrityRisk;
  beforeAll(async () => {
    risk = await create(u.adminA, riskInput({ scope: 'process', name: '公务接待审批流程', level: 'medium', risk: '超标准接待', measures: '接待清单制，事前审批' }));
  });

  it('reads it, also as 督查 staff; 401, 403 for another unit, 404 and 400 for a bad id', async () => {
    expect((await call(t, u.adminA, 'GET', `/api/integrity/risks/${risk.id}`)).json<IntegrityRisk>()).toMatchObject({ name: '公务接待审批流程', scope: 'process' });
    expect((await call(t, inspectorA, 'GET', `/api/integrity/risks/${risk.id}`)).statusCode).toBe(200);
    expect((await call(t, null, 'GET', `/api/integrity/risks/${risk.id}`)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'GET', `/api/integrity/risks/${risk.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/integrity/risks/${missingId}`)).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'GET', '/api/integrity/risks/not-an-id');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['id']);
  });

  it('updates with the version, audited; 409 for a stale one; 400, 401, 403 and 404', async () => {
    const res = await call(t, u.adminA, 'PATCH', `/api/integrity/risks/${risk.id}`, { version: risk.version, level: 'high', nodeId: u.a.departments[0].id });
    expect(res.statusCode).toBe(200);
    risk = res.json<IntegrityRisk>();
    expect(risk).toMatchObject({ level: 'high', nodeName: '办公室', version: 2 });
    expect(await auditEntriesOf(t, 'integrity_risk.update', risk.id)).toHaveLength(1);
    expect((await call(t, u.adminA, 'PATCH', `/api/integrity/risks/${risk.id}`, { version: 1, level: 'low' })).statusCode).toBe(409);
    const bad = await call(t, u.adminA, 'PATCH', `/api/integrity/risks/${risk.id}`, { version: risk.version, level: 'extreme' });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['level']);
    expect((await call(t, null, 'PATCH', `/api/integrity/risks/${risk.id}`, { version: risk.version, level: 'low' })).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'PATCH', `/api/integrity/risks/${risk.id}`, { version: risk.version, level: 'low' })).statusCode).toBe(403);
    expect((await call(t, inspectorA, 'PATCH', `/api/integrity/risks/${risk.id}`, { version: risk.version, level: 'low' })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'PATCH', `/api/integrity/risks/${risk.id}`, { version: risk.version, nodeId: u.b.unit.id })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'PATCH', `/api/integrity/risks/${missingId}`, { version: 1, level: 'low' })).statusCode).toBe(404);
  });

  it('records the yearly review, audited; 400 naming the field, 401, 403, 404 and 409', async () => {
    const body = { version: risk.version, reviewedOn: '2026-02-28', note: '风险依然存在，措施有效' };
    expect((await call(t, null, 'POST', `/api/integrity/risks/${risk.id}/review`, body)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'POST', `/api/integrity/risks/${risk.id}/review`, body)).statusCode).toBe(403);
    expect((await call(t, inspectorA, 'POST', `/api/integrity/risks/${risk.id}/review`, body)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', `/api/integrity/risks/${missingId}/review`, body)).statusCode).toBe(404);
    for (const [change, field] of [
      [{ reviewedOn: '2026-03-03' }, 'reviewedOn'],
      [{ reviewedOn: '2026-02-30' }, 'reviewedOn'],
      [{ note: '' }, 'note'],
    ] as const) {
      const res = await call(t, u.adminA, 'POST', `/api/integrity/risks/${risk.id}/review`, { ...body, ...change });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual([field]);
    }
    const res = await call(t, u.adminA, 'POST', `/api/integrity/risks/${risk.id}/review`, body);
    expect(res.statusCode).toBe(200);
    expect(res.json<IntegrityRisk>()).toMatchObject({ reviewedOn: '2026-02-28', reviewNote: '风险依然存在，措施有效', reviewedThisYear: true, version: risk.version + 1 });
    expect(await auditEntriesOf(t, 'integrity_risk.review', risk.id)).toHaveLength(1);
    expect((await call(t, u.adminA, 'POST', `/api/integrity/risks/${risk.id}/review`, body)).statusCode).toBe(409);
  });

  it('deletes, audited; 401, 403, 404', async () => {
    const doomed = await create(u.adminA, riskInput({ name: '误登记' }));
    expect((await call(t, null, 'DELETE', `/api/integrity/risks/${doomed.id}`)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'DELETE', `/api/integrity/risks/${doomed.id}`)).statusCode).toBe(403);
    expect((await call(t, inspectorA, 'DELETE', `/api/integrity/risks/${doomed.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'DELETE', `/api/integrity/risks/${doomed.id}`)).json()).toEqual({ ok: true });
    expect(await auditEntriesOf(t, 'integrity_risk.delete', doomed.id)).toHaveLength(1);
    expect((await call(t, u.adminA, 'DELETE', `/api/integrity/risks/${doomed.id}`)).statusCode).toBe(404);
  });
});

describe('GET /api/integrity/risks', () => {
  let lastYear: IntegrityRisk;
  let bRisk: IntegrityRisk;
  beforeAll(async () => {
    lastYear = await create(u.adminA, riskInput({ name: '财务报销岗', risk: '虚列支出', level: 'low' }));
    const res = await call(t, u.adminA, 'POST', `/api/integrity/risks/${lastYear.id}/review`, { version: lastYear.version, reviewedOn: '2025-12-10', note: '去年复核' });
    lastYear = res.json<IntegrityRisk>();
    bRisk = await create(u.adminB, riskInput({ nodeId: u.b.unit.id, name: '乙单位项目审批岗' }));
  });

  it('lists the reader’s risk points, 高 first, and shows which are not reviewed this year', async () => {
    const page = (await call(t, u.adminA, 'GET', '/api/integrity/risks')).json<IntegrityRiskPage>();
    expect(page.year).toBe(2026);
    expect(page.items.map((i) => i.id)).not.toContain(bRisk.id);
    expect(page.items.map((i) => i.level)).toEqual([...page.items.map((i) => i.level)].sort((a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b)));
    expect(page.items.find((i) => i.id === lastYear.id)).toMatchObject({ reviewedOn: '2025-12-10', reviewedThisYear: false });
    const unreviewed = (await call(t, inspectorA, 'GET', '/api/integrity/risks?unreviewed=true')).json<IntegrityRiskPage>();
    expect(unreviewed.items.every((i) => !i.reviewedThisYear)).toBe(true);
    expect(unreviewed.items.map((i) => i.id)).toContain(lastYear.id);
    expect(unreviewed.total).toBe(page.unreviewedCount);
    expect(page.unreviewedCount).toBe(page.items.filter((i) => !i.reviewedThisYear).length);
    const low = (await call(t, u.adminA, 'GET', `/api/integrity/risks?level=low&scope=post&q=${encodeURIComponent('虚列')}`)).json<IntegrityRiskPage>();
    expect(low.items.map((i) => i.id)).toEqual([lastYear.id]);
    const byNode = (await call(t, u.adminA, 'GET', `/api/integrity/risks?nodeId=${u.a.departments[0].id}`)).json<IntegrityRiskPage>();
    expect(byNode.items.every((i) => i.nodeName === '办公室')).toBe(true);
  });

  it('answers 401, 403 for another unit or without permission, 404 for a missing node and 400 naming the field', async () => {
    expect((await call(t, null, 'GET', '/api/integrity/risks')).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'GET', `/api/integrity/risks?nodeId=${u.a.unit.id}`)).statusCode).toBe(403);
    const branch = await createUser(t, [{ role: 'branch_secretary', scope: u.a.branch }]);
    expect((await call(t, await login(t, branch.username, branch.password), 'GET', '/api/integrity/risks')).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/integrity/risks?nodeId=${missingId}`)).statusCode).toBe(404);
    for (const [query, field] of [
      ['level=extreme', 'level'],
      ['unreviewed=yes', 'unreviewed'],
    ] as const) {
      const res = await call(t, u.adminA, 'GET', `/api/integrity/risks?${query}`);
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual([field]);
    }
  });

  it('exports the register to Excel; 401, 403, 404, 400', async () => {
    const res = await call(t, u.adminA, 'GET', '/api/integrity/risks/export.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('廉政风险点台账'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('廉政风险点')!;
    expect((sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual(['单位', '科室', '类别', '岗位或流程', '风险表现', '风险等级', '防控措施', '复核日期', '复核意见', '本年度已复核']);
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as ExcelJS.CellValue[]).slice(1));
    });
    expect(rows.find((r) => r[3] === '财务报销岗')).toEqual([u.a.unit.name, '业务科', '岗位', '财务报销岗', '虚列支出', '低', '采购需求集体研究，纪检全程监督', '2025-12-10', '去年复核', '否']);
    expect(rows.some((r) => r[3] === '乙单位项目审批岗')).toBe(false);
    expect((await call(t, null, 'GET', '/api/integrity/risks/export.xlsx')).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'GET', `/api/integrity/risks/export.xlsx?nodeId=${u.a.unit.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/integrity/risks/export.xlsx?nodeId=${missingId}`)).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'GET', '/api/integrity/risks/export.xlsx?scope=unit');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['scope']);
  });
});
