import type { GuidanceForUnit, GuidanceLocalisations, TaskItemDetail, TaskPlanDetail } from '@mofan/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUnit, createUser } from '../../../test/factories';
import { type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';
import { createItemAs, createPlanAs } from './tasks.test-support';

const t = useTestApp();
const MISSING = '00000000-0000-4000-8000-000000000000';
let u: TwoUnits;
let committee: Session;
let guidance: TaskPlanDetail;
let warning: TaskItemDetail;
let talks: TaskItemDetail;
let talksSub: TaskItemDetail;
let family: TaskItemDetail;

beforeAll(async () => {
  u = await createTwoUnits(t);
  const official = await createUser(t, [{ role: 'committee_admin', scope: u.a.city }]);
  committee = await login(t, official.username, official.password);
  guidance = await createPlanAs(t, committee, { nodeId: u.a.city.id, kind: 'guidance', title: '2026年打造模范机关重点任务指引' });
  warning = await createItemAs(t, committee, guidance.id, { title: '开展警示教育', standard: '全年不少于4次', dueOn: '2026-12-15' });
  talks = await createItemAs(t, committee, guidance.id, { title: '落实廉政谈话', leadNodeId: u.a.unit.id, partnerNodeIds: [u.b.unit.id], standard: '班子成员每半年至少1次', dueOn: '2026-06-30' });
  talksSub = await createItemAs(t, committee, guidance.id, { title: '与分管科室干部谈话', parentItemId: talks.id, standard: '形成谈话记录', dueOn: '2026-06-30' });
  family = await createItemAs(t, committee, guidance.id, { title: '开展廉政家访', standard: '年内至少1次', dueOn: '2026-11-30' });
});

async function guidanceFor(session: Session, unitId: string): Promise<GuidanceForUnit[]> {
  const res = await call(t, session, 'GET', `/api/task-guidance?unitId=${unitId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<GuidanceForUnit[]>();
}

describe('a 工委 issues its 重点任务指引', () => {
  it('keeps a draft guidance from the units', async () => {
    expect(await guidanceFor(u.adminA, u.a.unit.id)).toEqual([]);
    expect((await call(t, u.adminA, 'GET', `/api/task-plans/${guidance.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', `/api/task-plans/${guidance.id}/localise`, { unitId: u.a.unit.id })).statusCode).toBe(409);
  });

  it('issues it: every unit below sees it, not yet localised', async () => {
    const res = await call(t, committee, 'POST', `/api/task-plans/${guidance.id}/issue`, { version: 1 });
    expect(res.statusCode).toBe(200);
    const seen = await guidanceFor(u.adminB, u.b.unit.id);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ guidance: { id: guidance.id, kind: 'guidance', status: 'issued', itemCount: 4 }, localisedPlan: null });
    const read = await call(t, u.adminA, 'GET', `/api/task-plans/${guidance.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json<TaskPlanDetail>()).toMatchObject({ mayWrite: false, mayOversee: false, itemCount: 4 });
    expect((await call(t, u.adminA, 'GET', `/api/task-items/${warning.id}`)).statusCode).toBe(200);
  });

  it('is never late itself and is not worked on in the guidance: the units carry it out in their own lists', async () => {
    const past = await createItemAs(t, committee, guidance.id, { title: '推行项目工作法', standard: '各科室建立项目化清单', dueOn: '2026-02-27' });
    expect(past.overdue).toBe(false);
    expect((await call(t, committee, 'GET', `/api/task-plans/${guidance.id}`)).json<TaskPlanDetail>().overdueCount).toBe(0);
    expect(past.mayHandle).toBe(false);
    expect((await call(t, committee, 'POST', `/api/task-items/${past.id}/progress`, { note: '已部署' })).statusCode).toBe(409);
    expect((await call(t, committee, 'POST', `/api/task-items/${past.id}/complete`, { note: '已完成', version: 1 })).statusCode).toBe(409);
    expect((await call(t, committee, 'POST', `/api/task-items/${past.id}/drop`, { reason: '不要了', version: 1 })).statusCode).toBe(409);
    expect((await call(t, committee, 'DELETE', `/api/task-items/${past.id}`)).statusCode).toBe(200);
  });

  it('does not show it to a unit of another city', async () => {
    const elsewhere = await createUnit(t);
    const admin = await createUser(t, [{ role: 'unit_admin', scope: elsewhere.unit }]);
    const session = await login(t, admin.username, admin.password);
    expect(await guidanceFor(session, elsewhere.unit.id)).toEqual([]);
    expect((await call(t, session, 'GET', `/api/task-plans/${guidance.id}`)).statusCode).toBe(403);
  });

  it('answers GET /api/task-guidance with 401, 403 for another unit, 400 naming unitId', async () => {
    expect((await call(t, null, 'GET', `/api/task-guidance?unitId=${u.a.unit.id}`)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'GET', `/api/task-guidance?unitId=${u.a.unit.id}`)).statusCode).toBe(403);
    expect(fieldsOf(await call(t, u.adminA, 'GET', '/api/task-guidance'))).toEqual(['unitId']);
    expect(fieldsOf(await call(t, u.adminA, 'GET', `/api/task-guidance?unitId=${u.a.departments[0].id}`))).toEqual(['unitId']);
    expect(fieldsOf(await call(t, u.adminA, 'GET', `/api/task-guidance?unitId=${MISSING}`))).toEqual(['unitId']);
  });
});

describe('a unit localises it (结合实际、因地制宜)', () => {
  let own: TaskPlanDetail;

  it('answers 401, 403 for another unit, 404 for a missing guidance, 400 naming unitId', async () => {
    const url = `/api/task-plans/${guidance.id}/localise`;
    expect((await call(t, null, 'POST', url, { unitId: u.a.unit.id })).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'POST', url, { unitId: u.a.unit.id })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', `/api/task-plans/${MISSING}/localise`, { unitId: u.a.unit.id })).statusCode).toBe(404);
    expect(fieldsOf(await call(t, u.adminA, 'POST', url, { unitId: u.a.departments[0].id }))).toEqual(['unitId']);
    expect(fieldsOf(await call(t, u.adminA, 'POST', url, {}))).toEqual(['unitId']);
  });

  it('copies every item into its own 重点任务清单, keeping the nesting, its own lead, and where each came from', async () => {
    const res = await call(t, u.adminA, 'POST', `/api/task-plans/${guidance.id}/localise`, { unitId: u.a.unit.id, title: '本单位2026年重点任务清单' });
    expect(res.statusCode).toBe(201);
    own = res.json<TaskPlanDetail>();
    expect(own).toMatchObject({
      nodeId: u.a.unit.id,
      kind: 'key_tasks',
      year: 2026,
      status: 'draft',
      title: '本单位2026年重点任务清单',
      sourcePlan: { id: guidance.id, kind: 'guidance', nodeName: u.a.city.name },
      itemCount: 4,
      mayWrite: true,
    });
    const bySource = new Map(own.items.map((i) => [i.sourceItemId, i]));
    expect(bySource.get(talks.id)).toMatchObject({ title: '落实廉政谈话', leadNodeId: u.a.unit.id, partners: [], standard: '班子成员每半年至少1次', dueOn: '2026-06-30' });
    expect(bySource.get(talksSub.id)?.parentItemId).toBe(bySource.get(talks.id)?.id);
    expect(bySource.get(warning.id)).toMatchObject({ leadNodeId: null, standard: '全年不少于4次' });
    const copy = (await call(t, u.adminA, 'GET', `/api/task-items/${bySource.get(warning.id)!.id}`)).json<TaskItemDetail>();
    expect(copy.events).toMatchObject([{ action: 'localised', note: `转化自${u.a.city.name}《2026年打造模范机关重点任务指引》` }]);
    expect(await auditEntriesOf(t, 'task_plan.localise', own.id)).toHaveLength(1);
    expect((await guidanceFor(u.adminA, u.a.unit.id))[0]!.localisedPlan).toEqual({ id: own.id, title: own.title, status: 'draft' });
    expect((await call(t, u.adminA, 'POST', `/api/task-plans/${guidance.id}/localise`, { unitId: u.a.unit.id })).statusCode).toBe(409);
  });

  it('adjusts, adds to and drops with a reason; a copied item cannot simply be deleted', async () => {
    const bySource = new Map(own.items.map((i) => [i.sourceItemId, i]));
    const warningCopy = bySource.get(warning.id)!;
    const changed = await call(t, u.adminA, 'PATCH', `/api/task-items/${warningCopy.id}`, { standard: '全年不少于6次，覆盖全体干部职工', leadNodeId: u.a.departments[0].id, version: 1 });
    expect(changed.statusCode).toBe(200);
    const familyCopy = bySource.get(family.id)!;
    expect((await call(t, u.adminA, 'DELETE', `/api/task-items/${familyCopy.id}`)).statusCode).toBe(409);
    const dropped = await call(t, u.adminA, 'POST', `/api/task-items/${familyCopy.id}/drop`, { reason: '本单位干部均已于2025年完成家访，本年度改为家庭助廉座谈', version: 1 });
    expect(dropped.statusCode).toBe(200);
    await createItemAs(t, u.adminA, own.id, { title: '开展家庭助廉座谈', leadNodeId: u.a.departments[1].id, dueOn: '2026-10-31', standard: '干部家属参加不少于30人' });
    // The guidance's own items now have copies: the 工委 can no longer delete them.
    expect((await call(t, committee, 'DELETE', `/api/task-items/${family.id}`)).statusCode).toBe(409);
  });

  it('shows the 工委, per unit, what was adopted, changed or dropped (with the reason) and what was added', async () => {
    expect((await call(t, committee, 'GET', `/api/task-plans/${guidance.id}`)).json<TaskPlanDetail>()).toMatchObject({ mayWrite: true, mayOversee: true });
    const res = await call(t, committee, 'GET', `/api/task-plans/${guidance.id}/localisations`);
    expect(res.statusCode).toBe(200);
    const view = res.json<GuidanceLocalisations>();
    expect(view.items.map((i) => i.id)).toEqual([warning.id, talks.id, talksSub.id, family.id]);
    const a = view.units.find((x) => x.unitId === u.a.unit.id)!;
    expect(a).toMatchObject({ plan: { id: own.id, status: 'draft' }, adoptedCount: 2, changedCount: 1, droppedCount: 1, addedCount: 1 });
    expect(a.outcomes.map((o) => [o.sourceItemId, o.outcome, o.changedFields, o.reason])).toEqual([
      [warning.id, 'changed', ['standard'], null],
      [talks.id, 'adopted', [], null],
      [talksSub.id, 'adopted', [], null],
      [family.id, 'dropped', [], '本单位干部均已于2025年完成家访，本年度改为家庭助廉座谈'],
    ]);
    const b = view.units.find((x) => x.unitId === u.b.unit.id)!;
    expect(b).toMatchObject({ plan: null, outcomes: [], addedCount: 0 });
  });

  it('answers the localisations with 401, 403 for a unit, 404, and 409 for a plan that is no guidance', async () => {
    expect((await call(t, null, 'GET', `/api/task-plans/${guidance.id}/localisations`)).statusCode).toBe(401);
    expect((await call(t, u.adminA, 'GET', `/api/task-plans/${guidance.id}/localisations`)).statusCode).toBe(403);
    expect((await call(t, committee, 'GET', `/api/task-plans/${MISSING}/localisations`)).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'GET', `/api/task-plans/${own.id}/localisations`)).statusCode).toBe(409);
  });
});
