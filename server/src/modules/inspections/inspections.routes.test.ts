import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InspectionDetail, InspectionPage, ProblemPage } from '@mofan/shared';
import { auditEntriesOf } from '../../../test/fixtures';
import { type Session, call, fieldsOf, useTestApp } from '../../../test/test-app';
import { signIn } from '../directives/directives.fixtures';
import { INSPECTION_LIST_COLUMNS } from './supervision-workbooks';
import { type SupervisionWorld, checkInput, completeCheck, createCheck, createSupervisionWorld, problemInput, registerProblem } from './inspections.fixtures';

const t = useTestApp();
const missingId = crypto.randomUUID();
let w: SupervisionWorld;

beforeAll(async () => {
  w = await createSupervisionWorld(t);
});

async function listIds(session: Session, query = ''): Promise<string[]> {
  const res = await call(t, session, 'GET', `/api/inspections${query}`);
  expect(res.statusCode).toBe(200);
  return res.json<InspectionPage>().items.map((i) => i.id);
}

describe('POST /api/inspections', () => {
  it('plans a check of unit A at the city, its creator one of the inspectors, audited', async () => {
    const res = await call(t, w.inspector, 'POST', '/api/inspections', checkInput(w, { inspectorUserIds: [w.colleague.userId] }));
    expect(res.statusCode).toBe(201);
    const check = res.json<InspectionDetail>();
    expect(check).toMatchObject({
      organizerNodeId: w.u.a.city.id,
      kind: 'open_check',
      unannounced: false,
      status: 'planned',
      doneOn: null,
      targets: [{ nodeId: w.u.a.unit.id, nodeName: w.u.a.unit.name, nodeKind: 'unit', unitName: null }],
      problemCount: 0,
      actions: ['edit', 'complete', 'delete', 'register_problem'],
    });
    expect(check.inspectors.map((i) => i.userId).sort()).toEqual([w.inspector.userId, w.colleague.userId].sort());
    expect(await auditEntriesOf(t, 'inspection.create', check.id)).toHaveLength(1);
  });

  it('makes a 暗访 unannounced, and refuses to announce one', async () => {
    const check = await createCheck(t, w.inspector, checkInput(w, { kind: 'unannounced_visit' }));
    expect(check.unannounced).toBe(true);
    const res = await call(t, w.inspector, 'POST', '/api/inspections', checkInput(w, { kind: 'unannounced_visit', unannounced: false }));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['unannounced']);
  });

  it('answers 401 without a session and 403 to a unit that does not organise at the city', async () => {
    expect((await call(t, null, 'POST', '/api/inspections', checkInput(w))).statusCode).toBe(401);
    expect((await call(t, w.outsider, 'POST', '/api/inspections', checkInput(w))).statusCode).toBe(403);
    expect((await call(t, w.officeHeadA, 'POST', '/api/inspections', checkInput(w, { organizerNodeId: w.u.a.unit.id }))).statusCode).toBe(403);
  });

  it.each([
    ['a kind no one knows', { kind: 'raid' }, 'kind'],
    ['no target', { targetNodeIds: [] }, 'targetNodeIds'],
    ['a target outside the organiser', { organizerNodeId: 'A', targetNodeIds: ['B'] }, 'targetNodeIds.0'],
    ['a party node as target', { targetNodeIds: ['branch'] }, 'targetNodeIds.0'],
    ['an inspector that does not exist', { inspectorUserIds: [missingId] }, 'inspectorUserIds.0'],
    ['a missing organiser', { organizerNodeId: missingId }, 'organizerNodeId'],
    ['a date that is not one', { plannedOn: '2026-02-30' }, 'plannedOn'],
  ])('answers 400 naming the field for %s', async (_why, overrides, field) => {
    const resolve = (v: unknown) => (v === 'A' ? w.u.a.unit.id : v === 'B' ? w.u.b.unit.id : v === 'branch' ? w.u.a.branch.id : v);
    const body = Object.fromEntries(Object.entries(overrides).map(([k, v]) => [k, Array.isArray(v) ? v.map(resolve) : resolve(v)]));
    const session = body.organizerNodeId === w.u.a.unit.id ? w.unitA : w.inspector;
    const res = await call(t, session, 'POST', '/api/inspections', checkInput(w, body));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(field);
  });
});

describe('GET /api/inspections/:id', () => {
  it('shows an announced check to the organiser and to the unit checked, 403 to another unit, 404 when missing', async () => {
    const check = await createCheck(t, w.inspector, checkInput(w));
    expect((await call(t, w.colleague, 'GET', `/api/inspections/${check.id}`)).statusCode).toBe(200);
    const seenByUnit = await call(t, w.unitA, 'GET', `/api/inspections/${check.id}`);
    expect(seenByUnit.statusCode).toBe(200);
    expect(seenByUnit.json<InspectionDetail>().actions).toEqual([]);
    expect((await call(t, null, 'GET', `/api/inspections/${check.id}`)).statusCode).toBe(401);
    expect((await call(t, w.outsider, 'GET', `/api/inspections/${check.id}`)).statusCode).toBe(403);
    expect((await call(t, w.inspector, 'GET', `/api/inspections/${missingId}`)).statusCode).toBe(404);
  });
});

describe('an unannounced check (四不两直) before it is done', () => {
  let check: InspectionDetail;
  beforeAll(async () => {
    check = await createCheck(t, w.inspector, checkInput(w, { kind: 'unannounced_visit', title: '节前作风暗访' }));
    await registerProblem(t, w.inspector, problemInput(w, { inspectionId: check.id, facts: '暗访发现上班时间玩手机' }));
  });

  it('is seen by its inspectors only: not by a colleague with the same role, not by the system administrator, not by the unit checked', async () => {
    expect(await listIds(w.inspector)).toContain(check.id);
    for (const other of [w.colleague, w.sysAdmin, w.unitA, w.officeHeadA]) {
      expect(await listIds(other)).not.toContain(check.id);
      expect((await call(t, other, 'GET', `/api/inspections/${check.id}`)).statusCode).toBe(404);
      const problems = await call(t, other, 'GET', `/api/problems?inspectionId=${check.id}`);
      expect(problems.json<ProblemPage>().total).toBe(0);
    }
    const exported = await call(t, w.sysAdmin, 'GET', '/api/inspections/export.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ExcelJS.Buffer);
    const titles: string[] = [];
    workbook.getWorksheet('督查检查')!.eachRow((row, n) => {
      if (n > 1) titles.push(String(row.getCell(2).value));
    });
    expect(titles).not.toContain('节前作风暗访');
  });

  it('cannot be edited, completed or deleted by anyone else, who gets 404', async () => {
    expect((await call(t, w.colleague, 'PATCH', `/api/inspections/${check.id}`, { version: check.version, title: '改名' })).statusCode).toBe(404);
    expect((await call(t, w.sysAdmin, 'POST', `/api/inspections/${check.id}/complete`, { version: check.version, result: '完成' })).statusCode).toBe(404);
    expect((await call(t, w.colleague, 'DELETE', `/api/inspections/${check.id}`)).statusCode).toBe(404);
  });

  it('is seen by an inspector added later', async () => {
    const added = await call(t, w.inspector, 'PATCH', `/api/inspections/${check.id}`, { version: check.version, inspectorUserIds: [w.colleague.userId] });
    expect(added.statusCode).toBe(200);
    check = added.json<InspectionDetail>();
    expect(check.inspectors.map((i) => i.userId)).toContain(w.inspector.userId);
    expect(await listIds(w.colleague)).toContain(check.id);
  });

  it('once done, is seen by the organiser’s readers and the unit checked, with its problems', async () => {
    check = await completeCheck(t, w.inspector, check, '发现1个问题');
    for (const other of [w.sysAdmin, w.unitA]) {
      expect(await listIds(other)).toContain(check.id);
      const res = await call(t, other, 'GET', `/api/inspections/${check.id}`);
      expect(res.json<InspectionDetail>()).toMatchObject({ status: 'done', result: '发现1个问题', problemCount: 1 });
    }
    expect((await call(t, w.outsider, 'GET', `/api/inspections/${check.id}`)).statusCode).toBe(403);
  });
});

describe('PATCH /api/inspections/:id', () => {
  it('changes the plan, audited; answers 409 for a stale version and once done', async () => {
    const check = await createCheck(t, w.inspector, checkInput(w));
    const res = await call(t, w.inspector, 'PATCH', `/api/inspections/${check.id}`, { version: check.version, title: '改期的明查', plannedOn: '2026-03-10', targetNodeIds: [w.u.a.unit.id, w.u.b.unit.id] });
    expect(res.statusCode).toBe(200);
    const changed = res.json<InspectionDetail>();
    expect(changed).toMatchObject({ title: '改期的明查', plannedOn: '2026-03-10', version: check.version + 1 });
    expect(changed.targets.map((x) => x.nodeId).sort()).toEqual([w.u.a.unit.id, w.u.b.unit.id].sort());
    expect(await auditEntriesOf(t, 'inspection.update', check.id)).toHaveLength(1);
    const stale = await call(t, w.inspector, 'PATCH', `/api/inspections/${check.id}`, { version: check.version, title: 'x' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { code: string } }>().error.code).toBe('VERSION_CONFLICT');
    const done = await completeCheck(t, w.inspector, changed);
    const late = await call(t, w.inspector, 'PATCH', `/api/inspections/${check.id}`, { version: done.version, title: 'x' });
    expect(late.statusCode).toBe(409);
    expect(late.json<{ error: { code: string } }>().error.code).toBe('CONFLICT');
  });

  it('answers 401, 403 to the unit checked and another unit, 400 naming the field, 404', async () => {
    const check = await createCheck(t, w.inspector, checkInput(w));
    const body = { version: check.version, title: '改名' };
    expect((await call(t, null, 'PATCH', `/api/inspections/${check.id}`, body)).statusCode).toBe(401);
    expect((await call(t, w.unitA, 'PATCH', `/api/inspections/${check.id}`, body)).statusCode).toBe(403);
    expect((await call(t, w.outsider, 'PATCH', `/api/inspections/${check.id}`, body)).statusCode).toBe(403);
    const bad = await call(t, w.inspector, 'PATCH', `/api/inspections/${check.id}`, { version: check.version, title: '' });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['title']);
    expect((await call(t, w.inspector, 'PATCH', `/api/inspections/${missingId}`, body)).statusCode).toBe(404);
  });

  it('keeps the targets covering the problems already registered', async () => {
    const check = await createCheck(t, w.inspector, checkInput(w));
    await registerProblem(t, w.inspector, problemInput(w, { inspectionId: check.id }));
    const res = await call(t, w.inspector, 'PATCH', `/api/inspections/${check.id}`, { version: check.version, targetNodeIds: [w.u.b.unit.id] });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['targetNodeIds']);
  });
});

describe('POST /api/inspections/:id/complete', () => {
  it('records the result and the day, audited; a second time is a 409', async () => {
    const check = await createCheck(t, w.inspector, checkInput(w));
    const res = await call(t, w.inspector, 'POST', `/api/inspections/${check.id}/complete`, { version: check.version, result: '总体良好', doneOn: '2026-03-01' });
    expect(res.statusCode).toBe(200);
    const done = res.json<InspectionDetail>();
    expect(done).toMatchObject({ status: 'done', doneOn: '2026-03-01', result: '总体良好', actions: ['register_problem'] });
    expect(await auditEntriesOf(t, 'inspection.complete', check.id)).toHaveLength(1);
    const again = await call(t, w.inspector, 'POST', `/api/inspections/${check.id}/complete`, { version: done.version, result: '再次' });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { message: string } }>().error.message).toContain('已完成');
  });

  it('answers 401, 403, 400 naming the field, 404', async () => {
    const check = await createCheck(t, w.inspector, checkInput(w));
    const body = { version: check.version, result: '完成' };
    expect((await call(t, null, 'POST', `/api/inspections/${check.id}/complete`, body)).statusCode).toBe(401);
    expect((await call(t, w.outsider, 'POST', `/api/inspections/${check.id}/complete`, body)).statusCode).toBe(403);
    expect((await call(t, w.unitA, 'POST', `/api/inspections/${check.id}/complete`, body)).statusCode).toBe(403);
    const future = await call(t, w.inspector, 'POST', `/api/inspections/${check.id}/complete`, { ...body, doneOn: '2026-03-03' });
    expect(future.statusCode).toBe(400);
    expect(fieldsOf(future)).toEqual(['doneOn']);
    const noResult = await call(t, w.inspector, 'POST', `/api/inspections/${check.id}/complete`, { version: check.version });
    expect(fieldsOf(noResult)).toEqual(['result']);
    expect((await call(t, w.inspector, 'POST', `/api/inspections/${missingId}/complete`, body)).statusCode).toBe(404);
  });
});

describe('DELETE /api/inspections/:id', () => {
  it('deletes a plan without problems, audited; 409 once a problem is registered; 401, 403, 404', async () => {
    const empty = await createCheck(t, w.inspector, checkInput(w));
    expect((await call(t, null, 'DELETE', `/api/inspections/${empty.id}`)).statusCode).toBe(401);
    expect((await call(t, w.outsider, 'DELETE', `/api/inspections/${empty.id}`)).statusCode).toBe(403);
    expect((await call(t, w.inspector, 'DELETE', `/api/inspections/${empty.id}`)).statusCode).toBe(200);
    expect(await auditEntriesOf(t, 'inspection.delete', empty.id)).toHaveLength(1);
    expect((await call(t, w.inspector, 'GET', `/api/inspections/${empty.id}`)).statusCode).toBe(404);
    const used = await createCheck(t, w.inspector, checkInput(w));
    await registerProblem(t, w.inspector, problemInput(w, { inspectionId: used.id }));
    expect((await call(t, w.inspector, 'DELETE', `/api/inspections/${used.id}`)).statusCode).toBe(409);
    expect((await call(t, w.inspector, 'DELETE', `/api/inspections/${missingId}`)).statusCode).toBe(404);
  });
});

describe('GET /api/inspections', () => {
  it('filters by kind, status and node; another unit sees none of A’s', async () => {
    const special = await createCheck(t, w.inspector, checkInput(w, { kind: 'special_campaign', title: '违规吃喝专项整治' }));
    expect(await listIds(w.inspector, '?kind=special_campaign')).toEqual([special.id]);
    expect(await listIds(w.inspector, '?kind=special_campaign&status=done')).toEqual([]);
    expect(await listIds(w.inspector, `?kind=special_campaign&nodeId=${w.u.a.unit.id}`)).toEqual([special.id]);
    expect(await listIds(w.unitA, '?kind=special_campaign')).toEqual([special.id]);
    expect(await listIds(w.outsider, '?kind=special_campaign')).toEqual([]);
  });

  it('answers 401, 403 to an account that reads no supervision, 400 naming the field', async () => {
    expect((await call(t, null, 'GET', '/api/inspections')).statusCode).toBe(401);
    const auditor = await signIn(t, [{ role: 'auditor', scope: null }]);
    expect((await call(t, auditor, 'GET', '/api/inspections')).statusCode).toBe(403);
    const res = await call(t, w.inspector, 'GET', '/api/inspections?plannedFrom=2026-03-10&plannedTo=2026-03-01');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['plannedTo']);
    const missing = await call(t, w.inspector, 'GET', `/api/inspections?nodeId=${missingId}`);
    expect(fieldsOf(missing)).toEqual(['nodeId']);
  });
});

describe('GET /api/inspections/export.xlsx', () => {
  it('exports the list as Excel, one row per check, with 401 and 403 as the list', async () => {
    const own = await createCheck(t, w.unitA, checkInput(w, { kind: 'self_check', title: '=HYPERLINK("http://x")', organizerNodeId: w.u.a.unit.id, targetNodeIds: [w.u.a.departments[1].id] }));
    const res = await call(t, w.unitA, 'GET', '/api/inspections/export.xlsx?kind=self_check');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('督查检查')!;
    expect((sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual(INSPECTION_LIST_COLUMNS.map((c) => c.header));
    expect(sheet.rowCount).toBe(2);
    expect((sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1, 5)).toEqual([own.plannedOn, `'=HYPERLINK("http://x")`, '自查', w.u.a.unit.name]);
    expect((await call(t, null, 'GET', '/api/inspections/export.xlsx')).statusCode).toBe(401);
    const outsider = await call(t, w.outsider, 'GET', '/api/inspections/export.xlsx?kind=self_check');
    const other = new ExcelJS.Workbook();
    await other.xlsx.load(outsider.rawPayload as unknown as ExcelJS.Buffer);
    expect(other.getWorksheet('督查检查')!.rowCount).toBe(1);
  });
});
