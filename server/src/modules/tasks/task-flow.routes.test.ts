import type { TaskItemDetail, TaskPlanDetail } from '@mofan/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { addPost, createPerson, createUser } from '../../../test/factories';
import { type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';
import { createItemAs, createPlanAs, getItemAs } from './tasks.test-support';

// Long sessions: the steps below are hours apart on the test clock.
const t = useTestApp({ SESSION_IDLE_MINUTES: '1440', SESSION_ABSOLUTE_HOURS: '720' });
const MISSING = '00000000-0000-4000-8000-000000000000';
let u: TwoUnits;
let plan: TaskPlanDetail;
/** The 科室负责人 of 办公室: handles the items 办公室 leads, through the post alone. */
let deptHead: Session;
let deptHeadName: string;
let adminLogin: { username: string; password: string };
let adminAName: string;

async function post(session: Session | null, path: string, body: unknown) {
  return call(t, session, 'POST', path, body);
}

beforeAll(async () => {
  u = await createTwoUnits(t);
  plan = await createPlanAs(t, u.adminA, { nodeId: u.a.unit.id, title: '2026年重点任务清单' });
  const person = await createPerson(t, u.a, { department: u.a.departments[0] });
  await addPost(t, person.id, u.a.departments[0].id, 'department_head', '2024-01-01');
  const user = await createUser(t, [], { personId: person.id });
  deptHead = await login(t, user.username, user.password);
  deptHeadName = user.username;
  adminLogin = await createUser(t, [{ role: 'unit_admin', scope: u.a.unit }]);
  adminAName = (await call(t, u.adminA, 'GET', '/api/me')).json<{ displayName: string }>().displayName;
});

describe('report → complete → reject → complete → verify (责任倒查)', () => {
  it('keeps every step with its actor, time and words', async () => {
    const start = t.clock.now().getTime();
    const item = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.departments[0].id, title: '开展警示教育', standard: '全年不少于4次，全员参加' });

    t.clock.advance(3_600_000);
    let res = await post(deptHead, `/api/task-items/${item.id}/progress`, { note: '已组织观看《零容忍》，参加42人' });
    expect(res.statusCode).toBe(200);

    t.clock.advance(3_600_000);
    res = await post(deptHead, `/api/task-items/${item.id}/complete`, { note: '共开展4次，签到表见台账', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json<TaskItemDetail>()).toMatchObject({ status: 'completed', completedOn: '2026-03-02', completionNote: '共开展4次，签到表见台账', version: 2 });

    // The one who reported completion cannot be its reviewer; someone who keeps the plan is.
    expect((await post(deptHead, `/api/task-items/${item.id}/reject`, { reason: 'x', version: 2 })).statusCode).toBe(403);
    expect((await getItemAs(t, u.adminA, item.id)).mayVerify).toBe(true);

    t.clock.advance(3_600_000);
    res = await post(u.adminA, `/api/task-items/${item.id}/reject`, { reason: '第4次只有12人参加，未达到“全员参加”', version: 2 });
    expect(res.statusCode).toBe(200);
    expect(res.json<TaskItemDetail>()).toMatchObject({ status: 'open', completedOn: null, completionNote: null, version: 3 });

    t.clock.advance(72_000_000);
    res = await post(deptHead, `/api/task-items/${item.id}/complete`, { note: '补开展1次，全员参加', version: 3 });
    expect(res.statusCode).toBe(200);

    t.clock.advance(3_600_000);
    res = await post(u.adminA, `/api/task-items/${item.id}/verify`, { note: '符合工作标准', version: 4 });
    expect(res.statusCode).toBe(200);
    const done = res.json<TaskItemDetail>();
    expect(done).toMatchObject({ status: 'verified', verifiedByName: adminAName, completedOn: '2026-03-03', version: 5, mayVerify: false });

    expect(done.events.map((e) => [e.action, e.actorName, e.note])).toEqual([
      ['created', adminAName, null],
      ['progress', deptHeadName, '已组织观看《零容忍》，参加42人'],
      ['completed', deptHeadName, '共开展4次，签到表见台账'],
      ['rejected', adminAName, '第4次只有12人参加，未达到“全员参加”'],
      ['completed', deptHeadName, '补开展1次，全员参加'],
      ['verified', adminAName, '符合工作标准'],
    ]);
    const times = done.events.map((e) => new Date(e.at).getTime() - start);
    expect(times).toEqual([0, 3_600_000, 7_200_000, 10_800_000, 82_800_000, 86_400_000]);
    for (const action of ['task_item.progress', 'task_item.complete', 'task_item.reject', 'task_item.verify']) {
      expect((await auditEntriesOf(t, action, item.id)).length).toBeGreaterThan(0);
    }
    // Verified is final.
    expect((await post(u.adminA, `/api/task-items/${item.id}/reject`, { reason: 'x', version: 5 })).statusCode).toBe(409);
    expect((await post(deptHead, `/api/task-items/${item.id}/progress`, { note: 'x' })).statusCode).toBe(409);
    expect((await call(t, u.adminA, 'PATCH', `/api/task-items/${item.id}`, { title: 'x', version: 5 })).statusCode).toBe(409);
  });
});

describe('each step’s checks', () => {
  let item: TaskItemDetail;
  beforeAll(async () => {
    item = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.departments[0].id });
  });

  it.each([
    ['progress', { note: 'x' }],
    ['complete', { note: 'x', version: 1 }],
    ['verify', { version: 1 }],
    ['reject', { reason: 'x', version: 1 }],
    ['drop', { reason: 'x', version: 1 }],
  ])('POST …/%s answers 401 without a session, 403 for another unit, 404 for a missing item', async (step, body) => {
    expect((await post(null, `/api/task-items/${item.id}/${step}`, body)).statusCode).toBe(401);
    expect((await post(u.adminB, `/api/task-items/${item.id}/${step}`, body)).statusCode).toBe(403);
    expect((await post(u.adminA, `/api/task-items/${MISSING}/${step}`, body)).statusCode).toBe(404);
  });

  it.each([
    ['progress', {}, 'note'],
    ['complete', { version: 1 }, 'note'],
    ['complete', { note: '完成' }, 'version'],
    ['reject', { version: 1, reason: ' ' }, 'reason'],
    ['drop', { version: 1 }, 'reason'],
    ['verify', {}, 'version'],
  ])('POST …/%s answers 400 naming the field %j → %s', async (step, body, field) => {
    const res = await post(u.adminA, `/api/task-items/${item.id}/${step}`, body);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  });

  it('verifies only what was reported complete; refuses a stale version at every step', async () => {
    expect((await post(u.adminA, `/api/task-items/${item.id}/verify`, { version: 1 })).statusCode).toBe(409);
    expect((await post(deptHead, `/api/task-items/${item.id}/complete`, { note: '完成', version: 9 })).statusCode).toBe(409);
    expect((await post(u.adminA, `/api/task-items/${item.id}/drop`, { reason: '并入其他任务', version: 9 })).statusCode).toBe(409);
    const other = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.departments[0].id });
    await post(deptHead, `/api/task-items/${other.id}/complete`, { note: '完成', version: 1 });
    expect((await post(u.adminA, `/api/task-items/${other.id}/verify`, { version: 1 })).statusCode).toBe(409);
    expect((await post(u.adminA, `/api/task-items/${other.id}/reject`, { reason: '不合标准', version: 1 })).statusCode).toBe(409);
    expect((await post(u.adminA, `/api/task-items/${other.id}/verify`, { version: 2 })).statusCode).toBe(200);
  });

  it('lets the 科室 head handle but not verify: verification needs tasks.write over the plan node', async () => {
    const other = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.departments[0].id });
    await post(u.adminA, `/api/task-items/${other.id}/complete`, { note: '完成', version: 1 });
    expect((await post(deptHead, `/api/task-items/${other.id}/verify`, { version: 2 })).statusCode).toBe(403);
    // adminA reported it, so adminA may not verify it either.
    expect((await post(u.adminA, `/api/task-items/${other.id}/verify`, { version: 2 })).statusCode).toBe(403);
    expect((await getItemAs(t, u.adminA, other.id)).mayVerify).toBe(false);
  });

  it('drops an item with the reason in its history; then it is no longer overdue', async () => {
    const late = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.departments[0].id, dueOn: '2026-02-27' });
    expect(late.overdue).toBe(true);
    expect((await post(deptHead, `/api/task-items/${late.id}/drop`, { reason: 'x', version: 1 })).statusCode).toBe(403);
    const res = await post(u.adminA, `/api/task-items/${late.id}/drop`, { reason: '上级已调整部署，本年度不再开展', version: 1 });
    expect(res.statusCode).toBe(200);
    const dropped = res.json<TaskItemDetail>();
    expect(dropped).toMatchObject({ status: 'dropped', overdue: false });
    expect(dropped.events.at(-1)).toMatchObject({ action: 'dropped', note: '上级已调整部署，本年度不再开展' });
    expect(await auditEntriesOf(t, 'task_item.drop', late.id)).toHaveLength(1);
    expect((await post(u.adminA, `/api/task-items/${late.id}/drop`, { reason: 'again', version: 2 })).statusCode).toBe(409);
  });
});

describe('overdue, derived at read', () => {
  it.each([
    ['the day of the deadline', '2026-06-30T18:00:00+08:00', 'open', false],
    ['the day after', '2026-07-01T00:30:00+08:00', 'open', true],
    ['reported complete but not verified, the day after', '2026-07-01T09:00:00+08:00', 'completed', true],
    ['verified, long after', '2026-12-31T09:00:00+08:00', 'verified', false],
  ])('%s → overdue %s', async (_name, now, status, overdue) => {
    const item = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.departments[0].id, dueOn: '2026-06-30' });
    if (status !== 'open') await post(deptHead, `/api/task-items/${item.id}/complete`, { note: '完成', version: 1 });
    if (status === 'verified') await post(u.adminA, `/api/task-items/${item.id}/verify`, { version: 2 });
    const at = t.clock.now().toISOString();
    t.clock.set(now);
    // Months later: a new sign-in, as a person would.
    const reader = await login(t, adminLogin.username, adminLogin.password);
    const read = await getItemAs(t, reader, item.id);
    const listed = (await call(t, reader, 'GET', `/api/task-plans/${plan.id}`)).json<TaskPlanDetail>();
    t.clock.set(at);
    expect(read).toMatchObject({ status, overdue });
    expect(listed.items.find((i) => i.id === item.id)?.overdue).toBe(overdue);
  });
});
