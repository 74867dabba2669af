import type { TaskItemDetail, TaskPlanDetail } from '@mofan/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { addPost, createPerson, createUser } from '../../../test/factories';
import { type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';
import { createItemAs, createPlanAs, getItemAs } from './tasks.test-support';

const t = useTestApp();
const MISSING = '00000000-0000-4000-8000-000000000000';
let u: TwoUnits;
let plan: TaskPlanDetail;
let head: Awaited<ReturnType<typeof createPerson>>;

beforeAll(async () => {
  u = await createTwoUnits(t);
  plan = await createPlanAs(t, u.adminA, { nodeId: u.a.unit.id, kind: 'key_tasks', title: '2026年重点任务清单' });
  head = await createPerson(t, u.a, { department: u.a.departments[0] });
});

describe('POST /api/task-plans/:id/items', () => {
  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'POST', `/api/task-plans/${plan.id}/items`, { title: 'x', dueOn: '2026-06-30', standard: 'y' })).statusCode).toBe(401);
  });

  it('adds an item with 牵头, 配合, 责任人, 完成时限 and 工作标准, with its first history step, audited', async () => {
    const item = await createItemAs(t, u.adminA, plan.id, {
      title: '开展廉政谈话',
      leadNodeId: u.a.departments[0].id,
      partnerNodeIds: [u.a.departments[1].id, u.a.branch.id],
      responsiblePersonId: head.id,
      dueOn: '2026-06-30',
      standard: '班子成员与分管科室干部各谈话1次以上，形成谈话记录',
    });
    expect(item).toMatchObject({
      planId: plan.id,
      leadNodeId: u.a.departments[0].id,
      leadNodeName: '办公室',
      responsiblePersonId: head.id,
      responsiblePersonName: head.name,
      dueOn: '2026-06-30',
      standard: '班子成员与分管科室干部各谈话1次以上，形成谈话记录',
      status: 'open',
      overdue: false,
      createdOn: '2026-03-02',
      mayHandle: true,
      mayEdit: true,
      mayVerify: false,
      plan: { id: plan.id, nodeId: u.a.unit.id, status: 'draft' },
      version: 1,
    });
    expect(item.partners.map((p) => p.nodeId).sort()).toEqual([u.a.departments[1].id, u.a.branch.id].sort());
    expect(item.events.map((e) => e.action)).toEqual(['created']);
    expect(await auditEntriesOf(t, 'task_item.create', item.id)).toHaveLength(1);
  });

  it('nests items (工作要点 → 重点任务 → 项目) within one plan', async () => {
    const parent = await createItemAs(t, u.adminA, plan.id, { title: '打造“作风清廉”的模范机关', leadNodeId: u.a.unit.id });
    const child = await createItemAs(t, u.adminA, plan.id, { title: '开展警示教育', leadNodeId: u.a.departments[0].id, parentItemId: parent.id });
    const grandchild = await createItemAs(t, u.adminA, plan.id, { title: '观看《零容忍》', leadNodeId: u.a.departments[0].id, parentItemId: child.id });
    const got = (await call(t, u.adminA, 'GET', `/api/task-plans/${plan.id}`)).json<TaskPlanDetail>();
    expect(got.items.find((i) => i.id === grandchild.id)?.parentItemId).toBe(child.id);
    const other = await createPlanAs(t, u.adminA, { nodeId: u.a.unit.id });
    const res = await call(t, u.adminA, 'POST', `/api/task-plans/${other.id}/items`, { title: 'x', leadNodeId: u.a.unit.id, dueOn: '2026-06-30', standard: 'y', parentItemId: parent.id });
    expect(fieldsOf(res)).toEqual(['parentItemId']);
  });

  it.each([
    ['no 工作标准', { standard: '  ' }, 'standard'],
    ['no 完成时限', { dueOn: undefined }, 'dueOn'],
    ['a bad date', { dueOn: '2026-02-30' }, 'dueOn'],
    ['no 牵头', { leadNodeId: undefined }, 'leadNodeId'],
    ['a 牵头 of another unit', { leadNodeId: 'B' }, 'leadNodeId'],
    ['a missing 牵头', { leadNodeId: MISSING }, 'leadNodeId'],
    ['a 配合 of another unit', { partnerNodeIds: ['B'] }, 'partnerNodeIds.0'],
    ['the 牵头 again as 配合', { partnerNodeIds: ['LEAD'] }, 'partnerNodeIds.0'],
    ['a 配合 twice', { partnerNodeIds: ['D2', 'D2'] }, 'partnerNodeIds.1'],
    ['a 责任人 of another unit', { responsiblePersonId: 'PERSON_B' }, 'responsiblePersonId'],
    ['a missing 责任人', { responsiblePersonId: MISSING }, 'responsiblePersonId'],
    ['a missing parent item', { parentItemId: MISSING }, 'parentItemId'],
  ])('answers 400 naming the field for %s', async (_name, overrides, field) => {
    const outsider = await createPerson(t, u.b);
    const swap = (v: unknown): unknown =>
      v === 'B' ? u.b.departments[0].id : v === 'LEAD' ? u.a.departments[0].id : v === 'D2' ? u.a.departments[1].id : v === 'PERSON_B' ? outsider.id : Array.isArray(v) ? v.map(swap) : v;
    const base: Record<string, unknown> = { title: '任务', leadNodeId: u.a.departments[0].id, dueOn: '2026-06-30', standard: '标准', ...overrides };
    const body = Object.fromEntries(Object.entries(base).flatMap(([k, v]) => (v === undefined ? [] : [[k, swap(v)]])));
    const res = await call(t, u.adminA, 'POST', `/api/task-plans/${plan.id}/items`, body);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(field);
  });

  it('answers 403 for another unit’s plan, 404 for a missing plan', async () => {
    const body = { title: 'x', leadNodeId: u.b.unit.id, dueOn: '2026-06-30', standard: 'y' };
    expect((await call(t, u.adminB, 'POST', `/api/task-plans/${plan.id}/items`, body)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', `/api/task-plans/${MISSING}/items`, body)).statusCode).toBe(404);
  });

  it('lets a 工委 plan name its units as 牵头 and 配合, with a 责任人 of the lead unit', async () => {
    const official = await createUser(t, [{ role: 'committee_admin', scope: u.a.city }]);
    const committee = await login(t, official.username, official.password);
    const cityPlan = await createPlanAs(t, committee, { nodeId: u.a.city.id, kind: 'key_tasks', title: '市直机关重点任务' });
    const item = await createItemAs(t, committee, cityPlan.id, { leadNodeId: u.a.unit.id, partnerNodeIds: [u.b.unit.id], responsiblePersonId: head.id });
    expect(item).toMatchObject({ leadNodeId: u.a.unit.id, responsiblePersonId: head.id });
    const wrong = await call(t, committee, 'POST', `/api/task-plans/${cityPlan.id}/items`, { title: 'x', leadNodeId: u.b.unit.id, responsiblePersonId: head.id, dueOn: '2026-06-30', standard: 'y' });
    expect(fieldsOf(wrong)).toEqual(['responsiblePersonId']);
    // The unit named as lead reads the item and the issued plan, and handles the item; the 工委 verifies.
    await call(t, committee, 'POST', `/api/task-plans/${cityPlan.id}/issue`, { version: 1 });
    expect((await getItemAs(t, u.adminA, item.id)).mayHandle).toBe(true);
    expect((await call(t, u.adminA, 'GET', `/api/task-plans/${cityPlan.id}`)).json<TaskPlanDetail>().mayWrite).toBe(false);
  });
});

describe('GET /api/task-items/:id', () => {
  let item: TaskItemDetail;
  beforeAll(async () => {
    item = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.departments[0].id });
  });

  it('answers 401, 403 for another unit, 404 for a missing item, 400 for a bad id', async () => {
    expect((await call(t, null, 'GET', `/api/task-items/${item.id}`)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'GET', `/api/task-items/${item.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/task-items/${MISSING}`)).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'GET', '/api/task-items/x')).statusCode).toBe(400);
  });

  it('lets the lead 科室 head read and handle it through the post alone, without keeping the plan', async () => {
    const person = await createPerson(t, u.a, { department: u.a.departments[0] });
    await addPost(t, person.id, u.a.departments[0].id, 'department_head', '2024-01-01');
    const user = await createUser(t, [], { personId: person.id });
    const session: Session = await login(t, user.username, user.password);
    expect(await getItemAs(t, session, item.id)).toMatchObject({ mayHandle: true, mayEdit: false });
    expect((await call(t, session, 'PATCH', `/api/task-items/${item.id}`, { title: 'x', version: 1 })).statusCode).toBe(403);
  });
});

describe('PATCH and DELETE /api/task-items/:id', () => {
  it('changes an item with its version, records what changed in the history, refuses a stale version', async () => {
    const item = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.departments[0].id, dueOn: '2026-05-31' });
    const res = await call(t, u.adminA, 'PATCH', `/api/task-items/${item.id}`, {
      dueOn: '2026-06-30',
      leadNodeId: u.a.departments[1].id,
      partnerNodeIds: [u.a.departments[0].id],
      standard: '更严格的标准',
      version: 1,
    });
    expect(res.statusCode).toBe(200);
    const changed = res.json<TaskItemDetail>();
    expect(changed).toMatchObject({ dueOn: '2026-06-30', leadNodeName: '业务科', standard: '更严格的标准', version: 2, partners: [{ nodeId: u.a.departments[0].id, name: '办公室' }] });
    const step = changed.events.at(-1)!;
    expect(step.action).toBe('updated');
    expect(step.note).toContain('完成时限：2026-05-31 → 2026-06-30');
    expect(step.note).toContain('牵头：办公室 → 业务科');
    expect(step.note).toContain('工作标准已修改');
    expect((await call(t, u.adminA, 'PATCH', `/api/task-items/${item.id}`, { title: '过期', version: 1 })).statusCode).toBe(409);
    expect(await auditEntriesOf(t, 'task_item.update', item.id)).toHaveLength(1);
    expect((await call(t, null, 'PATCH', `/api/task-items/${item.id}`, { title: 'x', version: 2 })).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'PATCH', `/api/task-items/${item.id}`, { title: 'x', version: 2 })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'PATCH', `/api/task-items/${MISSING}`, { title: 'x', version: 1 })).statusCode).toBe(404);
    expect(fieldsOf(await call(t, u.adminA, 'PATCH', `/api/task-items/${item.id}`, { leadNodeId: u.b.unit.id, version: 2 }))).toEqual(['leadNodeId']);
    expect(fieldsOf(await call(t, u.adminA, 'PATCH', `/api/task-items/${item.id}`, { standard: '', version: 2 }))).toEqual(['standard']);
  });

  it('refuses to hang an item under itself or its own descendant', async () => {
    const top = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.unit.id });
    const below = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.unit.id, parentItemId: top.id });
    expect(fieldsOf(await call(t, u.adminA, 'PATCH', `/api/task-items/${top.id}`, { parentItemId: below.id, version: 1 }))).toEqual(['parentItemId']);
    expect(fieldsOf(await call(t, u.adminA, 'PATCH', `/api/task-items/${top.id}`, { parentItemId: top.id, version: 1 }))).toEqual(['parentItemId']);
  });

  it('deletes an item nobody worked on (then 404); not one with sub-items or reported work, audited', async () => {
    const item = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.unit.id });
    expect((await call(t, null, 'DELETE', `/api/task-items/${item.id}`)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'DELETE', `/api/task-items/${item.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'DELETE', `/api/task-items/${item.id}`)).statusCode).toBe(200);
    expect((await call(t, u.adminA, 'GET', `/api/task-items/${item.id}`)).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'DELETE', `/api/task-items/${MISSING}`)).statusCode).toBe(404);
    expect(await auditEntriesOf(t, 'task_item.delete', item.id)).toHaveLength(1);

    const parent = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.unit.id });
    await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.unit.id, parentItemId: parent.id });
    expect((await call(t, u.adminA, 'DELETE', `/api/task-items/${parent.id}`)).statusCode).toBe(409);

    const worked = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.unit.id });
    await call(t, u.adminA, 'POST', `/api/task-items/${worked.id}/progress`, { note: '已起草方案' });
    expect((await call(t, u.adminA, 'DELETE', `/api/task-items/${worked.id}`)).statusCode).toBe(409);
  });
});
