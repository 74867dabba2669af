import type { MilestoneProposal, TaskItemDetail, TaskPlanDetail } from '@mofan/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { call, fieldsOf, useTestApp } from '../../../test/test-app';
import { createItemAs, createPlanAs, seedOfficialCalendar } from './tasks.test-support';

const t = useTestApp();
const MISSING = '00000000-0000-4000-8000-000000000000';
let u: TwoUnits;
let plan: TaskPlanDetail;

beforeAll(async () => {
  u = await createTwoUnits(t);
  await seedOfficialCalendar(t);
  plan = await createPlanAs(t, u.adminA, { nodeId: u.a.unit.id });
});

const STEPS = [
  { title: '起草方案', workingDays: 3 },
  { title: '征求意见', workingDays: 5 },
  { title: '印发实施', workingDays: 2 },
];

describe('POST /api/task-items/:id/milestones/proposal (时间倒排)', () => {
  let item: TaskItemDetail;
  beforeAll(async () => {
    item = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.departments[0].id, dueOn: '2026-05-15' });
  });

  it('counts the steps back from the deadline on the official calendar (劳动节 2026 and its 调休 Saturday), writing nothing', async () => {
    const res = await call(t, u.adminA, 'POST', `/api/task-items/${item.id}/milestones/proposal`, { steps: STEPS });
    expect(res.statusCode).toBe(200);
    expect(res.json<MilestoneProposal>()).toEqual({
      dueOn: '2026-05-15',
      startOn: '2026-04-29',
      startsBeforeToday: false,
      milestones: [
        { title: '起草方案', dueOn: '2026-05-07' },
        { title: '征求意见', dueOn: '2026-05-13' },
        { title: '印发实施', dueOn: '2026-05-15' },
      ],
    });
    const after = (await call(t, u.adminA, 'GET', `/api/task-items/${item.id}`)).json<TaskItemDetail>();
    expect(after.milestones).toEqual([]);
  });

  it('says when the time is too short: the start falls before today (the 调休 Saturday 28 February counted)', async () => {
    const soon = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.unit.id, dueOn: '2026-03-04' });
    const res = await call(t, u.adminA, 'POST', `/api/task-items/${soon.id}/milestones/proposal`, { steps: [{ title: '全部', workingDays: 5 }] });
    expect(res.json<MilestoneProposal>()).toMatchObject({ startOn: '2026-02-26', startsBeforeToday: true });
  });

  it('refuses a deadline in a year the calendar does not cover, naming the field, never guessing Monday–Friday', async () => {
    const next = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.unit.id, dueOn: '2027-03-31' });
    const res = await call(t, u.adminA, 'POST', `/api/task-items/${next.id}/milestones/proposal`, { steps: STEPS });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['steps']);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('2027');
  });

  it('answers 401, 403 for another unit, 404, and 400 naming the field', async () => {
    const url = `/api/task-items/${item.id}/milestones/proposal`;
    expect((await call(t, null, 'POST', url, { steps: STEPS })).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'POST', url, { steps: STEPS })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', `/api/task-items/${MISSING}/milestones/proposal`, { steps: STEPS })).statusCode).toBe(404);
    expect(fieldsOf(await call(t, u.adminA, 'POST', url, { steps: [] }))).toEqual(['steps']);
    expect(fieldsOf(await call(t, u.adminA, 'POST', url, { steps: [{ title: '起草', workingDays: -1 }] }))).toEqual(['steps.0.workingDays']);
  });
});

describe('POST /api/task-items/:id/milestones, PATCH and DELETE /api/task-milestones/:id', () => {
  it('keeps the proposed milestones, marks one done, moves one, deletes one — each step in the history, audited', async () => {
    const item = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.departments[0].id, dueOn: '2026-05-15' });
    const proposal = (await call(t, u.adminA, 'POST', `/api/task-items/${item.id}/milestones/proposal`, { steps: STEPS })).json<MilestoneProposal>();
    const created = await call(t, u.adminA, 'POST', `/api/task-items/${item.id}/milestones`, { milestones: proposal.milestones });
    expect(created.statusCode).toBe(201);
    const withMilestones = created.json<TaskItemDetail>();
    expect(withMilestones.milestones.map((m) => [m.title, m.dueOn, m.doneOn])).toEqual([
      ['起草方案', '2026-05-07', null],
      ['征求意见', '2026-05-13', null],
      ['印发实施', '2026-05-15', null],
    ]);
    expect(withMilestones.milestoneMarks).toEqual([
      { dueOn: '2026-05-07', done: false },
      { dueOn: '2026-05-13', done: false },
      { dueOn: '2026-05-15', done: false },
    ]);
    expect(await auditEntriesOf(t, 'task_milestone.create', item.id)).toHaveLength(1);

    const [first, second, third] = withMilestones.milestones;
    const done = await call(t, u.adminA, 'PATCH', `/api/task-milestones/${first!.id}`, { done: true });
    expect(done.statusCode).toBe(200);
    expect(done.json<TaskItemDetail>().milestones[0]).toMatchObject({ doneOn: '2026-03-02', overdue: false });
    const moved = await call(t, u.adminA, 'PATCH', `/api/task-milestones/${second!.id}`, { dueOn: '2026-05-12', title: '征求各科室意见' });
    expect(moved.json<TaskItemDetail>().milestones[1]).toMatchObject({ title: '征求各科室意见', dueOn: '2026-05-12' });
    expect((await call(t, u.adminA, 'DELETE', `/api/task-milestones/${third!.id}`)).statusCode).toBe(200);

    const history = (await call(t, u.adminA, 'GET', `/api/task-items/${item.id}`)).json<TaskItemDetail>();
    expect(history.milestones).toHaveLength(2);
    expect(history.events.map((e) => e.action)).toEqual(['created', 'milestones_added', 'milestone_done', 'milestone_changed', 'milestone_deleted']);
    expect(history.events[3]!.note).toContain('日期：2026-05-13 → 2026-05-12');
    expect(await auditEntriesOf(t, 'task_milestone.update', first!.id)).toHaveLength(1);
    expect(await auditEntriesOf(t, 'task_milestone.delete', third!.id)).toHaveLength(1);
  });

  it('refuses a milestone after the deadline, naming it', async () => {
    const item = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.unit.id, dueOn: '2026-04-30' });
    const res = await call(t, u.adminA, 'POST', `/api/task-items/${item.id}/milestones`, { milestones: [{ title: '启动', dueOn: '2026-04-01' }, { title: '验收', dueOn: '2026-05-08' }] });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['milestones.1.dueOn']);
    const ok = (await call(t, u.adminA, 'POST', `/api/task-items/${item.id}/milestones`, { milestones: [{ title: '启动', dueOn: '2026-04-01' }] })).json<TaskItemDetail>();
    const patch = await call(t, u.adminA, 'PATCH', `/api/task-milestones/${ok.milestones[0]!.id}`, { dueOn: '2026-05-01' });
    expect(fieldsOf(patch)).toEqual(['dueOn']);
  });

  it('shows a past milestone not done as overdue', async () => {
    const item = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.unit.id, dueOn: '2026-04-30' });
    const res = (await call(t, u.adminA, 'POST', `/api/task-items/${item.id}/milestones`, { milestones: [{ title: '动员部署', dueOn: '2026-02-27' }] })).json<TaskItemDetail>();
    expect(res.milestones[0]).toMatchObject({ overdue: true, doneOn: null });
  });

  it('answers 401, 403 for another unit, 404, 400 naming the field', async () => {
    const item = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.unit.id });
    const body = { milestones: [{ title: '启动', dueOn: '2026-04-01' }] };
    expect((await call(t, null, 'POST', `/api/task-items/${item.id}/milestones`, body)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'POST', `/api/task-items/${item.id}/milestones`, body)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', `/api/task-items/${MISSING}/milestones`, body)).statusCode).toBe(404);
    expect(fieldsOf(await call(t, u.adminA, 'POST', `/api/task-items/${item.id}/milestones`, { milestones: [{ title: '', dueOn: '2026-04-01' }] }))).toEqual(['milestones.0.title']);
    const saved = (await call(t, u.adminA, 'POST', `/api/task-items/${item.id}/milestones`, body)).json<TaskItemDetail>();
    const id = saved.milestones[0]!.id;
    expect((await call(t, null, 'PATCH', `/api/task-milestones/${id}`, { done: true })).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'PATCH', `/api/task-milestones/${id}`, { done: true })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'PATCH', `/api/task-milestones/${MISSING}`, { done: true })).statusCode).toBe(404);
    expect(fieldsOf(await call(t, u.adminA, 'PATCH', `/api/task-milestones/${id}`, { dueOn: '2026-13-01' }))).toEqual(['dueOn']);
    expect((await call(t, null, 'DELETE', `/api/task-milestones/${id}`)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'DELETE', `/api/task-milestones/${id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'DELETE', `/api/task-milestones/${MISSING}`)).statusCode).toBe(404);
  });

  it('freezes the milestones of a dropped item (409)', async () => {
    const item = await createItemAs(t, u.adminA, plan.id, { leadNodeId: u.a.unit.id });
    const saved = (await call(t, u.adminA, 'POST', `/api/task-items/${item.id}/milestones`, { milestones: [{ title: '启动', dueOn: '2026-04-01' }] })).json<TaskItemDetail>();
    await call(t, u.adminA, 'POST', `/api/task-items/${item.id}/drop`, { reason: '并入其他任务', version: 1 });
    expect((await call(t, u.adminA, 'PATCH', `/api/task-milestones/${saved.milestones[0]!.id}`, { done: true })).statusCode).toBe(409);
    expect((await call(t, u.adminA, 'POST', `/api/task-items/${item.id}/milestones`, { milestones: [{ title: '再启动', dueOn: '2026-04-02' }] })).statusCode).toBe(409);
  });
});
