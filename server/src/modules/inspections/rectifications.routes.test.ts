import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DirectiveDetail, ProblemDetail, RectificationDetail, RectificationPage, RectificationStatus } from '@mofan/shared';
import { auditEntriesOf } from '../../../test/fixtures';
import { type Session, call, fieldsOf, useTestApp } from '../../../test/test-app';
import { signIn, travel } from '../directives/directives.fixtures';
import { type SupervisionWorld, createSupervisionWorld, doneCheckWithProblem, expectOk, handOver, rectificationInput, stepAs, stepOk } from './inspections.fixtures';
import { RECTIFICATION_LIST_COLUMNS } from './supervision-workbooks';

const t = useTestApp();
const missingId = crypto.randomUUID();
let w: SupervisionWorld;

/** Monday 2 March 2026, 09:00 in Shanghai. */
const MONDAY = '2026-03-02T09:00:00+08:00';

beforeAll(async () => {
  t.clock.set(MONDAY);
  w = await createSupervisionWorld(t);
});

beforeEach(async () => {
  await travel(t, MONDAY);
});

/** A 整改 of a problem of unit A's 办公室, 10 working days from today (due Monday 16 March). */
async function rectification(overrides: Record<string, unknown> = {}): Promise<RectificationDetail> {
  const { problem } = await doneCheckWithProblem(t, w);
  return handOver(t, w.inspector, problem, rectificationInput(w, overrides));
}

async function detailOf(session: Session, id: string): Promise<RectificationDetail> {
  const res = await call(t, session, 'GET', `/api/rectifications/${id}`);
  expectOk(res);
  return res.json<RectificationDetail>();
}

describe('POST /api/problems/:id/rectification', () => {
  it('hands the problem over with measures, focus, the responsible side and a working-day limit on the official calendar; audited', async () => {
    const { problem } = await doneCheckWithProblem(t, w);
    const res = await call(t, w.inspector, 'POST', `/api/problems/${problem.id}/rectification`, { version: problem.version, ...rectificationInput(w, { startedOn: '2026-04-30', workingDays: 4 }) });
    expect(res.statusCode).toBe(201);
    const r = res.json<RectificationDetail>();
    // 劳动节 2026: 1–5 May off, Saturday 9 May a working day: 6, 7, 8, 9 May.
    expect(r).toMatchObject({
      problemId: problem.id,
      measures: '建立首问负责和AB岗制度，每日上班前点名',
      focus: '窗口岗位在岗在位',
      responsibleNodeId: w.u.a.departments[0].id,
      responsibleNodeName: '办公室',
      responsiblePersonName: '张三',
      startedOn: '2026-04-30',
      workingDays: 4,
      dueOn: '2026-05-09',
      status: 'in_progress',
      light: 'green',
      escalatedDirectiveId: null,
      actions: ['edit'],
    });
    expect(r.events).toMatchObject([{ action: 'created', note: expect.stringContaining('2026-05-09') }]);
    const after = await call(t, w.inspector, 'GET', `/api/problems/${problem.id}`);
    expect(after.json<ProblemDetail>()).toMatchObject({ status: 'rectifying', rectificationId: r.id, rectificationDueOn: '2026-05-09', actions: ['edit', 'hold_accountable'] });
    expect(await auditEntriesOf(t, 'rectification.create', r.id)).toHaveLength(1);
    expect((await detailOf(w.officeHeadA, r.id)).actions).toEqual(['progress', 'evidence', 'submit']);
  });

  it('answers 422 for a start in a year the calendar does not cover', async () => {
    const { problem } = await doneCheckWithProblem(t, w);
    const res = await call(t, w.inspector, 'POST', `/api/problems/${problem.id}/rectification`, { version: problem.version, ...rectificationInput(w, { startedOn: '2099-01-05' }) });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('CALENDAR_NOT_COVERED');
  });

  it('answers 409 for a second 整改, a stale version, and a check not done yet', async () => {
    const { problem } = await doneCheckWithProblem(t, w);
    const stale = await call(t, w.inspector, 'POST', `/api/problems/${problem.id}/rectification`, { version: problem.version + 1, ...rectificationInput(w) });
    expect(stale.json<{ error: { code: string } }>().error.code).toBe('VERSION_CONFLICT');
    await handOver(t, w.inspector, problem, rectificationInput(w));
    const again = await call(t, w.inspector, 'POST', `/api/problems/${problem.id}/rectification`, { version: problem.version + 1, ...rectificationInput(w) });
    expect(again.statusCode).toBe(409);
    const check = await call(t, w.inspector, 'POST', '/api/inspections', { organizerNodeId: w.u.a.city.id, kind: 'open_check', title: '未完成的检查', plannedOn: '2026-03-02', targetNodeIds: [w.u.a.unit.id] });
    const open = await call(t, w.inspector, 'POST', '/api/problems', { inspectionId: check.json<{ id: string }>().id, nodeId: w.u.a.unit.id, facts: '问题', tags: ['six.man'], severity: 'general' });
    const early = await call(t, w.inspector, 'POST', `/api/problems/${open.json<ProblemDetail>().id}/rectification`, { version: 1, ...rectificationInput(w) });
    expect(early.statusCode).toBe(409);
    expect(early.json<{ error: { message: string } }>().error.message).toContain('检查尚未完成');
  });

  it.each([
    ['a responsible node of another unit', { responsibleNodeId: 'B' }, 'responsibleNodeId'],
    ['a responsible person of another unit', { responsiblePersonId: 'personB' }, 'responsiblePersonId'],
    ['no working days', { workingDays: 0 }, 'workingDays'],
    ['no measures', { measures: '' }, 'measures'],
    ['a start that is not a date', { startedOn: '2026-13-01' }, 'startedOn'],
  ])('answers 400 naming the field for %s', async (_why, overrides, field) => {
    const { problem } = await doneCheckWithProblem(t, w);
    const resolve: Record<string, string> = { B: w.u.b.unit.id, personB: w.personB.id };
    const body = Object.fromEntries(Object.entries(overrides).map(([k, v]) => [k, typeof v === 'string' && resolve[v] ? resolve[v] : v]));
    const res = await call(t, w.inspector, 'POST', `/api/problems/${problem.id}/rectification`, { version: problem.version, ...rectificationInput(w, body) });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  });

  it('answers 401, 403 to the unit concerned and to another unit, 404 for a missing problem', async () => {
    const { problem } = await doneCheckWithProblem(t, w);
    const body = { version: problem.version, ...rectificationInput(w) };
    expect((await call(t, null, 'POST', `/api/problems/${problem.id}/rectification`, body)).statusCode).toBe(401);
    expect((await call(t, w.unitA, 'POST', `/api/problems/${problem.id}/rectification`, body)).statusCode).toBe(403);
    expect((await call(t, w.outsider, 'POST', `/api/problems/${problem.id}/rectification`, body)).statusCode).toBe(403);
    expect((await call(t, w.inspector, 'POST', `/api/problems/${missingId}/rectification`, body)).statusCode).toBe(404);
  });
});

describe('GET /api/rectifications/:id', () => {
  it('shows the 整改 to the supervising side, the unit and the responsible 科室; 401, 403 to another unit, 404', async () => {
    const r = await rectification();
    for (const session of [w.inspector, w.unitA, w.officeHeadA]) expect((await call(t, session, 'GET', `/api/rectifications/${r.id}`)).statusCode).toBe(200);
    expect((await call(t, null, 'GET', `/api/rectifications/${r.id}`)).statusCode).toBe(401);
    expect((await call(t, w.outsider, 'GET', `/api/rectifications/${r.id}`)).statusCode).toBe(403);
    expect((await call(t, w.inspector, 'GET', `/api/rectifications/${missingId}`)).statusCode).toBe(404);
  });
});

describe('PATCH /api/rectifications/:id', () => {
  it('changes the requirements and recomputes the limit, in the history and audited; 409 stale or once submitted', async () => {
    const r = await rectification();
    t.clock.advance(1000);
    const res = await call(t, w.inspector, 'PATCH', `/api/rectifications/${r.id}`, { version: r.version, workingDays: 15, responsibleNodeId: w.u.a.departments[1].id, responsiblePersonId: null });
    expect(res.statusCode).toBe(200);
    const changed = res.json<RectificationDetail>();
    expect(changed).toMatchObject({ workingDays: 15, dueOn: '2026-03-23', responsibleNodeName: '业务科', responsiblePersonId: null, version: r.version + 1 });
    expect(changed.events.at(-1)).toMatchObject({ action: 'updated', note: expect.stringContaining('2026-03-23') });
    expect(await auditEntriesOf(t, 'rectification.update', r.id)).toHaveLength(1);
    expect((await call(t, w.inspector, 'PATCH', `/api/rectifications/${r.id}`, { version: r.version, focus: '重点' })).statusCode).toBe(409);
    const submitted = await stepOk(t, w.unitA, changed, 'submit', { text: '已完成' });
    const late = await call(t, w.inspector, 'PATCH', `/api/rectifications/${r.id}`, { version: submitted.version, focus: '重点' });
    expect(late.statusCode).toBe(409);
    expect(late.json<{ error: { message: string } }>().error.message).toMatch(/^该整改已提交待核验，不能修改整改要求（整改中时才可修改整改要求）$/);
  });

  it('answers 401, 403 to the responsible side and another unit, 400 naming the field, 404', async () => {
    const r = await rectification();
    const body = { version: r.version, focus: '改' };
    expect((await call(t, null, 'PATCH', `/api/rectifications/${r.id}`, body)).statusCode).toBe(401);
    expect((await call(t, w.unitA, 'PATCH', `/api/rectifications/${r.id}`, body)).statusCode).toBe(403);
    expect((await call(t, w.outsider, 'PATCH', `/api/rectifications/${r.id}`, body)).statusCode).toBe(403);
    const bad = await call(t, w.inspector, 'PATCH', `/api/rectifications/${r.id}`, { version: r.version, workingDays: 'ten' });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['workingDays']);
    expect((await call(t, w.inspector, 'PATCH', `/api/rectifications/${missingId}`, body)).statusCode).toBe(404);
  });
});

/** A 整改 brought to the given step by the right people. */
async function rectificationAt(status: RectificationStatus): Promise<RectificationDetail> {
  let r = await rectification();
  if (status === 'in_progress') return r;
  r = await stepOk(t, w.officeHeadA, r, 'submit', { text: '已整改' });
  if (status === 'submitted') return r;
  return stepOk(t, w.inspector, r, 'accept');
}

type Who = 'inspector' | 'officeHeadA';

describe.each<[string, Who, Who, RectificationStatus, RectificationStatus, RectificationStatus, Record<string, unknown>, Record<string, unknown>, string, string]>([
  // step, actor, a user who sees it without the right, from, to, a wrong step, a good body, a bad body, the field it names, the history event
  ['progress', 'officeHeadA', 'inspector', 'in_progress', 'in_progress', 'submitted', { text: '已制定制度' }, { text: '' }, 'text', 'progress'],
  ['evidence', 'officeHeadA', 'inspector', 'in_progress', 'in_progress', 'closed', { text: '附点名记录' }, { text: 5 }, 'text', 'evidence'],
  ['submit', 'officeHeadA', 'inspector', 'in_progress', 'submitted', 'submitted', { text: '已完成整改' }, {}, 'text', 'submitted'],
  ['accept', 'inspector', 'officeHeadA', 'submitted', 'closed', 'in_progress', { note: '整改到位' }, { note: ['x'] }, 'note', 'accepted'],
  ['reopen', 'inspector', 'officeHeadA', 'submitted', 'in_progress', 'closed', { reason: '佐证不足' }, { reason: ' ' }, 'reason', 'reopened'],
])('POST /api/rectifications/:id/%s', (step, actor, bystander, from, to, wrongStep, good, bad, field, event) => {
  it(`moves ${from} → ${to}, with the history event and the audit entry`, async () => {
    const r = await rectificationAt(from);
    const res = await stepAs(t, w[actor], r, step, good);
    expect(res.statusCode).toBe(200);
    const moved = res.json<RectificationDetail>();
    expect(moved).toMatchObject({ status: to, version: r.version + 1 });
    expect(moved.events.at(-1)).toMatchObject({ action: event, note: Object.values(good)[0] ?? null, actorName: expect.any(String) });
    expect(await auditEntriesOf(t, `rectification.${step}`, r.id)).toHaveLength(1);
  });

  it('answers 401, 403 to another unit and to a user without the right, 404 for a missing one', async () => {
    const r = await rectificationAt(from);
    expect((await stepAs(t, null, r, step, good)).statusCode).toBe(401);
    expect((await stepAs(t, w.outsider, r, step, good)).statusCode).toBe(403);
    expect((await stepAs(t, w[bystander], r, step, good)).statusCode).toBe(403);
    expect((await stepAs(t, w[actor], { id: missingId, version: 1 }, step, good)).statusCode).toBe(404);
  });

  it('answers 400 naming the field', async () => {
    const r = await rectificationAt(from);
    const res = await stepAs(t, w[actor], r, step, bad);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  });

  it(`answers 409 from the wrong step (${wrongStep}) and for a stale version`, async () => {
    const wrong = await rectificationAt(wrongStep);
    const res = await stepAs(t, w[actor], wrong, step, good);
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(/^该整改.+，不能.+（.+时才可.+）$/);
    const r = await rectificationAt(from);
    const stale = await stepAs(t, w[actor], { id: r.id, version: r.version + 1 }, step, good);
    expect(stale.json<{ error: { code: string } }>().error.code).toBe('VERSION_CONFLICT');
  });
});

describe('亮灯 and the list', () => {
  it('turns yellow within 3 working days of the limit and red past it; a submitted one is off the clock', async () => {
    const r = await rectification();
    const submitted = await stepOk(t, w.unitA, await rectification(), 'submit', { text: '已完成' });
    // Due Monday 16 March: on the 10th, 11, 12, 13 and 16 March are 4 working days away; on the 11th, 3.
    await travel(t, '2026-03-10T09:00:00+08:00');
    expect((await detailOf(w.inspector, r.id)).light).toBe('green');
    await travel(t, '2026-03-11T09:00:00+08:00');
    expect((await detailOf(w.inspector, r.id)).light).toBe('yellow');
    await travel(t, '2026-03-16T09:00:00+08:00');
    expect((await detailOf(w.inspector, r.id)).light).toBe('yellow');
    await travel(t, '2026-03-17T09:00:00+08:00');
    expect((await detailOf(w.inspector, r.id)).light).toBe('red');
    expect((await detailOf(w.inspector, submitted.id)).light).toBe('green');
    const red = await call(t, w.inspector, 'GET', '/api/rectifications?light=red&pageSize=100');
    const ids = red.json<RectificationPage>().items.map((i) => i.id);
    expect(ids).toContain(r.id);
    expect(ids).not.toContain(submitted.id);
    const problem = await call(t, w.unitA, 'GET', `/api/problems/${r.problemId}`);
    expect(problem.json<ProblemDetail>().rectificationLight).toBe('red');
  });

  it('filters by status and node, shows another unit none of A’s; 401, 403, 400 naming the field', async () => {
    const r = await rectification();
    const submitted = await call(t, w.officeHeadA, 'GET', '/api/rectifications?status=in_progress&pageSize=100');
    expect(submitted.json<RectificationPage>().items.map((i) => i.id)).toContain(r.id);
    const byNode = await call(t, w.inspector, 'GET', `/api/rectifications?nodeId=${w.u.a.departments[1].id}&pageSize=100`);
    expect(byNode.json<RectificationPage>().items.map((i) => i.id)).not.toContain(r.id);
    expect((await call(t, w.outsider, 'GET', '/api/rectifications')).json<RectificationPage>().total).toBe(0);
    expect((await call(t, null, 'GET', '/api/rectifications')).statusCode).toBe(401);
    const auditor = await signIn(t, [{ role: 'auditor', scope: null }]);
    expect((await call(t, auditor, 'GET', '/api/rectifications')).statusCode).toBe(403);
    const bad = await call(t, w.inspector, 'GET', '/api/rectifications?dueFrom=2026-04-01&dueTo=2026-03-01');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['dueTo']);
    expect(fieldsOf(await call(t, w.inspector, 'GET', '/api/rectifications?light=blue'))).toEqual(['light']);
  });
});

describe('POST /api/rectifications/:id/escalate', () => {
  it('refuses one not overdue; escalates an overdue one into a directive for the responsible 科室, once', async () => {
    const r = await rectification();
    const early = await stepAs(t, w.inspector, r, 'escalate');
    expect(early.statusCode).toBe(409);
    expect(early.json<{ error: { message: string } }>().error.message).toContain('尚未逾期');
    await travel(t, '2026-03-17T09:00:00+08:00');
    const overdue = await detailOf(w.inspector, r.id);
    expect(overdue.actions).toContain('escalate');
    const res = await stepAs(t, w.inspector, overdue, 'escalate', { note: '请加快整改' });
    expect(res.statusCode).toBe(200);
    const escalated = res.json<RectificationDetail>();
    expect(escalated.escalatedDirectiveId).toEqual(expect.any(String));
    expect(escalated.events.at(-1)).toMatchObject({ action: 'escalated' });
    expect(escalated.actions).not.toContain('escalate');
    expect(await auditEntriesOf(t, 'rectification.escalate', r.id)).toHaveLength(1);
    const directive = await call(t, w.inspector, 'GET', `/api/directives/${escalated.escalatedDirectiveId}`);
    expect(directive.statusCode).toBe(200);
    expect(directive.json<DirectiveDetail>()).toMatchObject({ source: 'leader_assignment', supervisorNodeId: w.u.a.city.id, leadNodeId: w.u.a.departments[0].id, status: 'registered' });
    expect(directive.json<DirectiveDetail>().content).toContain('建立首问负责和AB岗制度');
    expect(directive.json<DirectiveDetail>().content).toContain('请加快整改');
    const again = await stepAs(t, w.inspector, escalated, 'escalate');
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { message: string } }>().error.message).toContain('已转为督办件');
    const listed = await call(t, w.inspector, 'GET', '/api/rectifications?escalated=true&pageSize=100');
    expect(listed.json<RectificationPage>().items.map((i) => i.id)).toEqual([r.id]);
  });

  it('answers 401, 403 to the responsible side and another unit, 400 naming the field, 404', async () => {
    const r = await rectification();
    await travel(t, '2026-03-17T09:00:00+08:00');
    const current = await detailOf(w.inspector, r.id);
    expect((await stepAs(t, null, current, 'escalate')).statusCode).toBe(401);
    expect((await stepAs(t, w.officeHeadA, current, 'escalate')).statusCode).toBe(403);
    expect((await stepAs(t, w.outsider, current, 'escalate')).statusCode).toBe(403);
    const elsewhere = await stepAs(t, w.inspector, current, 'escalate', { supervisorNodeId: w.u.b.unit.id });
    expect(elsewhere.statusCode).toBe(400);
    expect(fieldsOf(elsewhere)).toEqual(['supervisorNodeId']);
    expect(fieldsOf(await stepAs(t, w.inspector, current, 'escalate', { supervisorNodeId: 'x' }))).toEqual(['supervisorNodeId']);
    expect((await stepAs(t, w.inspector, { id: missingId, version: 1 }, 'escalate')).statusCode).toBe(404);
    const stale = await stepAs(t, w.inspector, { id: r.id, version: current.version + 1 }, 'escalate');
    expect(stale.json<{ error: { code: string } }>().error.code).toBe('VERSION_CONFLICT');
  });
});

describe('GET /api/rectifications/export.xlsx', () => {
  it('exports the list as Excel; another unit’s export is empty', async () => {
    const r = await rectification({ measures: '@SUM(A1) 整改' });
    const res = await call(t, w.unitA, 'GET', '/api/rectifications/export.xlsx?q=SUM');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('整改')!;
    expect((sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual(RECTIFICATION_LIST_COLUMNS.map((c) => c.header));
    expect(sheet.rowCount).toBe(2);
    expect((sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1)).toEqual([
      w.u.a.unit.name,
      '办公室',
      '上午9时办公室无人在岗，群众等候20分钟',
      '六种现象·散、四风·形式主义',
      `'@SUM(A1) 整改`,
      '窗口岗位在岗在位',
      '办公室',
      '张三',
      '2026-03-02',
      10,
      r.dueOn,
      '整改中',
      '绿灯',
      '否',
    ]);
    expect((await call(t, null, 'GET', '/api/rectifications/export.xlsx')).statusCode).toBe(401);
    const other = new ExcelJS.Workbook();
    await other.xlsx.load((await call(t, w.outsider, 'GET', '/api/rectifications/export.xlsx')).rawPayload as unknown as ExcelJS.Buffer);
    expect(other.getWorksheet('整改')!.rowCount).toBe(1);
  });
});
