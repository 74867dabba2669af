import type { TaskPlanDetail, TaskPlanSummary } from '@mofan/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/factories';
import { type Page, type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';
import { createItemAs, createPlanAs } from './tasks.test-support';

const t = useTestApp();
const MISSING = '00000000-0000-4000-8000-000000000000';
let u: TwoUnits;
let committee: Session;

beforeAll(async () => {
  u = await createTwoUnits(t);
  const official = await createUser(t, [{ role: 'committee_admin', scope: u.a.city }]);
  committee = await login(t, official.username, official.password);
});

describe('POST /api/task-plans', () => {
  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'POST', '/api/task-plans', { nodeId: u.a.unit.id, kind: 'key_tasks', title: 'x', year: 2026 })).statusCode).toBe(401);
  });

  it('creates a draft plan at the unit, audited', async () => {
    const plan = await createPlanAs(t, u.adminA, { nodeId: u.a.unit.id, kind: 'work_points', title: '2026年机关党建工作要点' });
    expect(plan).toMatchObject({ nodeId: u.a.unit.id, nodeName: u.a.unit.name, kind: 'work_points', year: 2026, month: null, status: 'draft', items: [], itemCount: 0, mayWrite: true, version: 1 });
    expect(plan.createdByName).toBeTruthy();
    expect(await auditEntriesOf(t, 'task_plan.create', plan.id)).toHaveLength(1);
  });

  it('nests 五年路线图 → 年度任务书 → 月度施工图 of a 科室, and shows the nesting both ways', async () => {
    const roadmap = await createPlanAs(t, u.adminA, { nodeId: u.a.unit.id, kind: 'five_year_roadmap', title: '模范机关建设五年路线图', year: 2026 });
    const book = await createPlanAs(t, u.adminA, { nodeId: u.a.unit.id, kind: 'annual_book', title: '2027年任务书', year: 2027, parentPlanId: roadmap.id });
    const monthly = await createPlanAs(t, u.adminA, { nodeId: u.a.departments[0].id, kind: 'monthly_plan', title: '办公室2027年3月施工图', year: 2027, month: 3, parentPlanId: book.id });
    expect(book.parentPlan).toEqual({ id: roadmap.id, title: roadmap.title, kind: 'five_year_roadmap', nodeName: u.a.unit.name });
    expect(monthly.parentPlan?.id).toBe(book.id);
    const got = (await call(t, u.adminA, 'GET', `/api/task-plans/${roadmap.id}`)).json<TaskPlanDetail>();
    expect(got.childPlans).toEqual([{ id: book.id, title: book.title, kind: 'annual_book', nodeName: u.a.unit.name, year: 2027, month: null, status: 'draft' }]);
  });

  it.each([
    ['a 任务书 outside its roadmap’s five years', { kind: 'annual_book', year: 2031 }, 'roadmap', 'year'],
    ['a 施工图 straight under the roadmap', { kind: 'monthly_plan', year: 2026, month: 4 }, 'roadmap', 'parentPlanId'],
    ['a 施工图 without its month', { kind: 'monthly_plan', year: 2026 }, 'book', 'month'],
    ['a 施工图 of another year than its 任务书', { kind: 'monthly_plan', year: 2027, month: 1 }, 'book', 'year'],
    ['a month on a yearly list', { kind: 'key_tasks', year: 2026, month: 5 }, null, 'month'],
    ['a guidance at a unit (only a 工委 issues one)', { kind: 'guidance', year: 2026 }, null, 'nodeId'],
    ['an unknown kind', { kind: 'wishlist', year: 2026 }, null, 'kind'],
    ['no title', { kind: 'key_tasks', year: 2026, title: ' ' }, null, 'title'],
    ['a bad year', { kind: 'key_tasks', year: 1949 }, null, 'year'],
    ['a missing parent', { kind: 'annual_book', year: 2026, parentPlanId: MISSING }, null, 'parentPlanId'],
    ['a missing node', { kind: 'key_tasks', year: 2026, nodeId: MISSING }, null, 'nodeId'],
  ])('answers 400 naming the field for %s', async (_name, body, parentKind, field) => {
    const roadmap = await createPlanAs(t, u.adminA, { nodeId: u.a.unit.id, kind: 'five_year_roadmap', title: '路线图', year: 2026 });
    const book = await createPlanAs(t, u.adminA, { nodeId: u.a.unit.id, kind: 'annual_book', title: '任务书', year: 2026, parentPlanId: roadmap.id });
    const parentPlanId = parentKind === 'roadmap' ? roadmap.id : parentKind === 'book' ? book.id : undefined;
    const res = await call(t, u.adminA, 'POST', '/api/task-plans', { nodeId: u.a.unit.id, title: '清单', ...(parentPlanId ? { parentPlanId } : {}), ...body });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(field);
  });

  it('refuses a plan under another unit’s plan (not the same node tree), naming parentPlanId', async () => {
    const roadmapB = await createPlanAs(t, u.adminB, { nodeId: u.b.unit.id, kind: 'five_year_roadmap', title: 'B路线图', year: 2026 });
    const res = await call(t, u.adminA, 'POST', '/api/task-plans', { nodeId: u.a.unit.id, kind: 'annual_book', title: '任务书', year: 2026, parentPlanId: roadmapB.id });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['parentPlanId']);
  });

  it('answers 403 for a plan at another unit, and at the city for a unit admin', async () => {
    expect((await call(t, u.adminB, 'POST', '/api/task-plans', { nodeId: u.a.unit.id, kind: 'key_tasks', title: 'x', year: 2026 })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', '/api/task-plans', { nodeId: u.a.city.id, kind: 'guidance', title: 'x', year: 2026 })).statusCode).toBe(403);
  });

  it('lets the 工委 keep a plan at the city', async () => {
    const plan = await createPlanAs(t, committee, { nodeId: u.a.city.id, kind: 'guidance', title: '重点任务指引' });
    expect(plan).toMatchObject({ kind: 'guidance', nodeId: u.a.city.id });
  });
});

describe('GET /api/task-plans and /api/task-plans/:id', () => {
  let plan: TaskPlanDetail;
  beforeAll(async () => {
    plan = await createPlanAs(t, u.adminA, { nodeId: u.a.departments[1].id, kind: 'project_list', title: '业务科项目化清单', year: 2025 });
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'GET', '/api/task-plans')).statusCode).toBe(401);
    expect((await call(t, null, 'GET', `/api/task-plans/${plan.id}`)).statusCode).toBe(401);
  });

  it('lists the plans of the node and below, filtered by kind and year', async () => {
    const all = (await call(t, u.adminA, 'GET', `/api/task-plans?nodeId=${u.a.unit.id}&pageSize=200`)).json<Page<TaskPlanSummary>>();
    expect(all.items.map((p) => p.id)).toContain(plan.id);
    const filtered = (await call(t, u.adminA, 'GET', `/api/task-plans?nodeId=${u.a.unit.id}&kind=project_list&year=2025`)).json<Page<TaskPlanSummary>>();
    expect(filtered.items.map((p) => p.id)).toEqual([plan.id]);
    const otherYear = (await call(t, u.adminA, 'GET', `/api/task-plans?nodeId=${u.a.unit.id}&kind=project_list&year=2026`)).json<Page<TaskPlanSummary>>();
    expect(otherYear.total).toBe(0);
  });

  it("keeps A's plans from B: not listed, 403 on read and on a filter by A's node", async () => {
    const listed = (await call(t, u.adminB, 'GET', '/api/task-plans?pageSize=200')).json<Page<TaskPlanSummary>>();
    expect(listed.items.map((p) => p.id)).not.toContain(plan.id);
    expect((await call(t, u.adminB, 'GET', `/api/task-plans/${plan.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'GET', `/api/task-plans?nodeId=${u.a.unit.id}`)).statusCode).toBe(403);
  });

  it('answers 400 naming the field for a bad filter, 404 for a missing plan', async () => {
    expect(fieldsOf(await call(t, u.adminA, 'GET', '/api/task-plans?kind=wishlist'))).toEqual(['kind']);
    expect(fieldsOf(await call(t, u.adminA, 'GET', `/api/task-plans?nodeId=${MISSING}`))).toEqual(['nodeId']);
    expect((await call(t, u.adminA, 'GET', `/api/task-plans/${MISSING}`)).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'GET', '/api/task-plans/nope')).statusCode).toBe(400);
  });

  it('counts items and overdue items at read, against today (the test clock: 2026-03-02)', async () => {
    await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.departments[1].id, dueOn: '2026-02-27' });
    await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.departments[1].id, dueOn: '2026-03-02' });
    const got = (await call(t, u.adminA, 'GET', `/api/task-plans/${plan.id}`)).json<TaskPlanDetail>();
    expect(got).toMatchObject({ itemCount: 2, overdueCount: 1 });
    expect(got.items.map((i) => i.overdue)).toEqual([true, false]);
  });
});

describe('PATCH, issue and DELETE /api/task-plans/:id', () => {
  it('changes a plan with its version, refuses a stale one, audited', async () => {
    const plan = await createPlanAs(t, u.adminA, { nodeId: u.a.unit.id, title: '旧名称' });
    const res = await call(t, u.adminA, 'PATCH', `/api/task-plans/${plan.id}`, { title: '新名称', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json<TaskPlanDetail>()).toMatchObject({ title: '新名称', version: 2 });
    expect((await call(t, u.adminA, 'PATCH', `/api/task-plans/${plan.id}`, { title: '过期', version: 1 })).statusCode).toBe(409);
    expect(await auditEntriesOf(t, 'task_plan.update', plan.id)).toHaveLength(1);
    expect((await call(t, null, 'PATCH', `/api/task-plans/${plan.id}`, { title: 'x', version: 2 })).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'PATCH', `/api/task-plans/${plan.id}`, { title: 'x', version: 2 })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'PATCH', `/api/task-plans/${MISSING}`, { title: 'x', version: 1 })).statusCode).toBe(404);
    expect(fieldsOf(await call(t, u.adminA, 'PATCH', `/api/task-plans/${plan.id}`, { month: 4, version: 2 }))).toEqual(['month']);
    expect(fieldsOf(await call(t, u.adminA, 'PATCH', `/api/task-plans/${plan.id}`, { title: 'x' }))).toEqual(['version']);
  });

  it('refuses to move a roadmap’s years away from the 任务书 under it, naming year', async () => {
    const roadmap = await createPlanAs(t, u.adminA, { nodeId: u.a.unit.id, kind: 'five_year_roadmap', title: '路线图', year: 2026 });
    await createPlanAs(t, u.adminA, { nodeId: u.a.unit.id, kind: 'annual_book', title: '2027年任务书', year: 2027, parentPlanId: roadmap.id });
    const res = await call(t, u.adminA, 'PATCH', `/api/task-plans/${roadmap.id}`, { year: 2028, version: 1 });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['year']);
    expect((await call(t, u.adminA, 'PATCH', `/api/task-plans/${roadmap.id}`, { year: 2025, version: 1 })).statusCode).toBe(200);
  });

  it('issues a draft with items (draft → issued), once; not an empty one', async () => {
    const plan = await createPlanAs(t, u.adminA, { nodeId: u.a.unit.id });
    expect((await call(t, u.adminA, 'POST', `/api/task-plans/${plan.id}/issue`, { version: 1 })).statusCode).toBe(409);
    await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.departments[0].id });
    expect((await call(t, null, 'POST', `/api/task-plans/${plan.id}/issue`, { version: 1 })).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'POST', `/api/task-plans/${plan.id}/issue`, { version: 1 })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', `/api/task-plans/${MISSING}/issue`, { version: 1 })).statusCode).toBe(404);
    expect(fieldsOf(await call(t, u.adminA, 'POST', `/api/task-plans/${plan.id}/issue`, {}))).toEqual(['version']);
    expect((await call(t, u.adminA, 'POST', `/api/task-plans/${plan.id}/issue`, { version: 7 })).statusCode).toBe(409);
    const res = await call(t, u.adminA, 'POST', `/api/task-plans/${plan.id}/issue`, { version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json<TaskPlanDetail>()).toMatchObject({ status: 'issued', issuedAt: t.clock.now().toISOString(), version: 2 });
    expect((await call(t, u.adminA, 'POST', `/api/task-plans/${plan.id}/issue`, { version: 2 })).statusCode).toBe(409);
    expect(await auditEntriesOf(t, 'task_plan.issue', plan.id)).toHaveLength(1);
  });

  it('deletes a draft (then 404), not an issued plan nor one with plans under it, audited', async () => {
    const draft = await createPlanAs(t, u.adminA, { nodeId: u.a.unit.id });
    expect((await call(t, null, 'DELETE', `/api/task-plans/${draft.id}`)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'DELETE', `/api/task-plans/${draft.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'DELETE', `/api/task-plans/${draft.id}`)).statusCode).toBe(200);
    expect((await call(t, u.adminA, 'GET', `/api/task-plans/${draft.id}`)).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'DELETE', `/api/task-plans/${MISSING}`)).statusCode).toBe(404);
    expect(await auditEntriesOf(t, 'task_plan.delete', draft.id)).toHaveLength(1);

    const roadmap = await createPlanAs(t, u.adminA, { nodeId: u.a.unit.id, kind: 'five_year_roadmap', title: '路线图', year: 2026 });
    await createPlanAs(t, u.adminA, { nodeId: u.a.unit.id, kind: 'annual_book', title: '任务书', year: 2026, parentPlanId: roadmap.id });
    expect((await call(t, u.adminA, 'DELETE', `/api/task-plans/${roadmap.id}`)).statusCode).toBe(409);

    const issued = await createPlanAs(t, u.adminA, { nodeId: u.a.unit.id });
    await createItemAs(t, u.adminA, issued.id, { leadNodeId: u.a.unit.id });
    await call(t, u.adminA, 'POST', `/api/task-plans/${issued.id}/issue`, { version: 1 });
    expect((await call(t, u.adminA, 'DELETE', `/api/task-plans/${issued.id}`)).statusCode).toBe(409);
  });
});
