import crypto from 'node:crypto';
import type { DirectiveBoard, DirectiveDetail, DirectivePage } from '@mofan/shared';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditEntriesOf } from '../../../test/fixtures';
import { type Session, call, fieldsOf, useTestApp } from '../../../test/test-app';
import { type DirectiveWorld, createDirectiveWorld, directiveInput, registerAs, signIn, stepOk, travel } from './directives.fixtures';

const t = useTestApp();
const missingId = crypto.randomUUID();
let w: DirectiveWorld;

const FRIDAY = '2025-09-26T09:00:00+08:00';

beforeAll(async () => {
  t.clock.set(FRIDAY);
  w = await createDirectiveWorld(t);
});

beforeEach(async () => {
  await travel(t, FRIDAY);
});

describe('POST /api/directives (立项)', () => {
  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'POST', '/api/directives', directiveInput(w))).statusCode).toBe(401);
  });

  it('registers a directive on a Friday before 国庆 2025 with its 7-working-day limit, its 承办 and 协办, audited', async () => {
    const res = await call(t, w.supervisor, 'POST', '/api/directives', directiveInput(w));
    expect(res.statusCode).toBe(201);
    const d = res.json<DirectiveDetail>();
    expect(d).toMatchObject({
      status: 'registered',
      limitKind: 'default',
      registeredOn: '2025-09-26',
      dueOn: '2025-10-13',
      effectiveDueOn: '2025-10-13',
      planDueOn: null,
      light: 'green',
      supervisorNodeId: w.u.a.unit.id,
      leadNodeId: w.u.a.departments[0].id,
      leadNodeName: '办公室',
      assistNodeNames: ['业务科'],
      instructedBy: '张书记',
      version: 1,
      actions: ['edit', 'assign'],
    });
    expect(d.assignees.map((a) => [a.nodeName, a.role, a.unitName])).toEqual([
      ['办公室', 'lead', w.u.a.unit.name],
      ['业务科', 'assist', w.u.a.unit.name],
    ]);
    expect(d.events).toHaveLength(1);
    expect(d.events[0]).toMatchObject({ action: 'registered', fromStatus: null, toStatus: 'registered', at: '2025-09-26T01:00:00.000Z', nodeId: w.u.a.unit.id });
    expect(await auditEntriesOf(t, 'directive.create', d.id)).toHaveLength(1);
  });

  it.each([
    ['urgent: the same day', { urgency: 'urgent' }, 'urgent', '2025-09-26', null, null],
    ['its own limit', { dueOn: '2025-10-20' }, 'own', '2025-10-20', null, null],
    ['a 党委政府工作安排: 方案 in 20 days (16 Oct), 措施 in 1 month (26 Oct is a Sunday → 27 Oct)', { source: 'party_government_arrangement' }, 'arrangement', '2025-10-27', '2025-10-16', '2025-10-27'],
  ])('computes the limit for %s', async (_name, overrides, limitKind, dueOn, planDueOn, measuresDueOn) => {
    const d = await registerAs(t, w.supervisor, directiveInput(w, overrides as Record<string, string>));
    expect(d).toMatchObject({ limitKind, dueOn, planDueOn, measuresDueOn });
  });

  it.each([
    ['no title', { title: '' }, 'title'],
    ['an unknown source', { source: 'rumour' }, 'source'],
    ['an own limit before registration', { dueOn: '2025-09-25' }, 'dueOn'],
    ['a lead node that does not exist', { leadNodeId: missingId }, 'leadNodeId'],
    ['a lead node of another unit', { leadNodeId: 'B' }, 'leadNodeId'],
    ['a branch (not a unit or 科室) as lead', { leadNodeId: 'branch' }, 'leadNodeId'],
    ['the lead also assisting', { assistNodeIds: ['lead'] }, 'assistNodeIds.0'],
    ['an assisting node twice', { assistNodeIds: ['d1', 'd1'] }, 'assistNodeIds.1'],
    ['a report interval of 0', { reportEveryWorkingDays: 0 }, 'reportEveryWorkingDays'],
    ['a supervising node that does not exist', { supervisorNodeId: missingId }, 'supervisorNodeId'],
  ])('answers 400 naming the field for %s', async (_name, overrides, field) => {
    const named: Record<string, string> = { B: w.u.b.departments[0].id, branch: w.u.a.branch.id, lead: w.u.a.departments[0].id, d1: w.u.a.departments[1].id };
    const body = Object.fromEntries(
      Object.entries(overrides).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => named[x] ?? x) : typeof v === 'string' ? (named[v] ?? v) : v]),
    );
    const res = await call(t, w.supervisor, 'POST', '/api/directives', directiveInput(w, body));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(field);
  });

  it("answers 403 when registering at another unit, and to a handler who does not supervise", async () => {
    expect((await call(t, w.outsider, 'POST', '/api/directives', directiveInput(w))).statusCode).toBe(403);
    expect((await call(t, w.lead, 'POST', '/api/directives', directiveInput(w))).statusCode).toBe(403);
  });

  it('refuses a limit in a year without a schedule with a 422 naming the year, saving nothing', async () => {
    await travel(t, '2026-12-28T09:00:00+08:00');
    const before = (await call(t, w.supervisor, 'GET', '/api/directives?view=supervising')).json<DirectivePage>().total;
    const res = await call(t, w.supervisor, 'POST', '/api/directives', directiveInput(w, { title: '跨年的督办件' }));
    expect(res.statusCode).toBe(422);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('2027 年');
    expect((await call(t, w.supervisor, 'GET', '/api/directives?view=supervising')).json<DirectivePage>().total).toBe(before);
  });
});

describe('GET /api/directives and /api/directives/:id', () => {
  let d: DirectiveDetail;
  let onlyLead: DirectiveDetail;
  let unassigned: DirectiveDetail;
  beforeAll(async () => {
    await travel(t, FRIDAY);
    d = await stepOk(t, w.supervisor, await registerAs(t, w.supervisor, directiveInput(w, { title: '列表用督办件', code: 'LIST-1' })), 'assign');
    onlyLead = await stepOk(t, w.supervisor, await registerAs(t, w.supervisor, directiveInput(w, { title: '只有办公室承办', assistNodeIds: [], source: 'meeting_decision' })), 'assign');
    unassigned = await registerAs(t, w.supervisor, directiveInput(w, { title: '尚未交办' }));
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'GET', '/api/directives')).statusCode).toBe(401);
    expect((await call(t, null, 'GET', `/api/directives/${d.id}`)).statusCode).toBe(401);
  });

  it('shows the supervisor, the 承办 and the 协办 their directives once assigned (交办), and unit B nothing', async () => {
    const ids = async (s: Session, query = '') => (await call(t, s, 'GET', `/api/directives?pageSize=200${query}`)).json<DirectivePage>().items.map((x) => x.id);
    expect(await ids(w.supervisor)).toEqual(expect.arrayContaining([d.id, onlyLead.id, unassigned.id]));
    expect(await ids(w.lead)).toEqual(expect.arrayContaining([d.id, onlyLead.id]));
    expect(await ids(w.lead)).not.toContain(unassigned.id);
    expect((await call(t, w.lead, 'GET', `/api/directives/${unassigned.id}`)).statusCode).toBe(403);
    const assisting = await ids(w.assist);
    expect(assisting).toContain(d.id);
    expect(assisting).not.toContain(onlyLead.id);
    expect(await ids(w.outsider)).toEqual([]);
    expect(await ids(w.lead, '&view=supervising')).toEqual([]);
  });

  it('filters by text, source, status, light, node and registration dates', async () => {
    const page = (query: string) => call(t, w.supervisor, 'GET', `/api/directives?${query}`).then((r) => r.json<DirectivePage>());
    expect((await page('q=LIST-1')).items.map((x) => x.id)).toEqual([d.id]);
    expect((await page('q=列表用')).items.map((x) => x.id)).toEqual([d.id]);
    expect((await page('source=meeting_decision&pageSize=200')).items.map((x) => x.id)).toContain(onlyLead.id);
    expect((await page('source=meeting_decision&pageSize=200')).items.map((x) => x.id)).not.toContain(d.id);
    expect((await page(`nodeId=${w.u.a.departments[1].id}&pageSize=200`)).items.map((x) => x.id)).not.toContain(onlyLead.id);
    expect((await page('status=assigned&light=green&registeredFrom=2025-09-26&registeredTo=2025-09-26&pageSize=200')).items.map((x) => x.id)).toEqual(expect.arrayContaining([d.id, onlyLead.id]));
    expect((await page('status=assigned&pageSize=200')).items.map((x) => x.id)).not.toContain(unassigned.id);
    expect((await page('light=red')).total).toBe(0);
    expect((await page('registeredFrom=2025-09-27')).total).toBe(0);
    await travel(t, '2025-10-14T09:00:00+08:00');
    expect((await page('light=red&pageSize=200')).items.map((x) => x.id)).toEqual(expect.arrayContaining([d.id, onlyLead.id]));
  });

  it('answers 400 naming a bad filter, 403 for a node of another unit or without any directive right', async () => {
    const bad = await call(t, w.supervisor, 'GET', '/api/directives?light=purple');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['light']);
    expect((await call(t, w.supervisor, 'GET', `/api/directives?nodeId=${w.u.b.unit.id}`)).statusCode).toBe(403);
    const stranger = await signIn(t, [{ role: 'branch_secretary', scope: w.u.a.branch }]);
    expect((await call(t, stranger, 'GET', '/api/directives')).statusCode).toBe(403);
  });

  it("shows the detail to those who may see it, 403 to another unit's user, 404 for a missing one", async () => {
    const detail = await call(t, w.assist, 'GET', `/api/directives/${d.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json<DirectiveDetail>()).toMatchObject({ id: d.id, content: d.content, createdByName: expect.any(String), actions: [] });
    expect((await call(t, w.outsider, 'GET', `/api/directives/${d.id}`)).statusCode).toBe(403);
    expect((await call(t, w.assist, 'GET', `/api/directives/${onlyLead.id}`)).statusCode).toBe(403);
    expect((await call(t, w.supervisor, 'GET', `/api/directives/${missingId}`)).statusCode).toBe(404);
    expect((await call(t, w.supervisor, 'GET', '/api/directives/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('PATCH /api/directives/:id (修改立项信息，交办前)', () => {
  let d: DirectiveDetail;
  beforeEach(async () => {
    d = await registerAs(t, w.supervisor, directiveInput(w, { title: '待修改' }));
  });

  it('changes what was registered and computes the limit again, audited and in the history', async () => {
    t.clock.advance(60_000);
    const res = await call(t, w.supervisor, 'PATCH', `/api/directives/${d.id}`, { version: d.version, title: '已修改', urgency: 'urgent', assistNodeIds: [] });
    expect(res.statusCode).toBe(200);
    expect(res.json<DirectiveDetail>()).toMatchObject({ title: '已修改', limitKind: 'urgent', dueOn: '2025-09-26', assistNodeNames: [], version: 2 });
    expect(res.json<DirectiveDetail>().events.map((e) => e.action)).toEqual(['registered', 'updated']);
    expect(await auditEntriesOf(t, 'directive.update', d.id)).toHaveLength(1);
  });

  it('answers 401, 403 for another unit and for a handler, 400 naming the field, 404', async () => {
    expect((await call(t, null, 'PATCH', `/api/directives/${d.id}`, { version: 1, title: 'x' })).statusCode).toBe(401);
    expect((await call(t, w.outsider, 'PATCH', `/api/directives/${d.id}`, { version: 1, title: 'x' })).statusCode).toBe(403);
    expect((await call(t, w.lead, 'PATCH', `/api/directives/${d.id}`, { version: 1, title: 'x' })).statusCode).toBe(403);
    const bad = await call(t, w.supervisor, 'PATCH', `/api/directives/${d.id}`, { version: 1, leadNodeId: w.u.b.unit.id });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['leadNodeId']);
    const noVersion = await call(t, w.supervisor, 'PATCH', `/api/directives/${d.id}`, { title: 'x' });
    expect(fieldsOf(noVersion)).toEqual(['version']);
    expect((await call(t, w.supervisor, 'PATCH', `/api/directives/${missingId}`, { version: 1, title: 'x' })).statusCode).toBe(404);
  });

  it('answers 409 for a stale version and once the directive is assigned', async () => {
    await call(t, w.supervisor, 'PATCH', `/api/directives/${d.id}`, { version: 1, title: '第一次' });
    expect((await call(t, w.supervisor, 'PATCH', `/api/directives/${d.id}`, { version: 1, title: '第二次' })).statusCode).toBe(409);
    const assigned = await stepOk(t, w.supervisor, { id: d.id, version: 2 }, 'assign');
    const late = await call(t, w.supervisor, 'PATCH', `/api/directives/${d.id}`, { version: assigned.version, title: '交办后' });
    expect(late.statusCode).toBe(409);
    expect(late.json<{ error: { message: string } }>().error.message).toContain('已交办，不能修改立项信息');
  });
});

describe('GET /api/directives/board (督办看板)', () => {
  it('counts per 承办 unit or 科室 by light and step, for supervisors only', async () => {
    const fresh = await createDirectiveWorld(t);
    await registerAs(t, fresh.supervisor, directiveInput(fresh, { urgency: 'urgent' }));
    await registerAs(t, fresh.supervisor, directiveInput(fresh));
    await registerAs(t, fresh.supervisor, directiveInput(fresh, { leadNodeId: fresh.u.a.departments[1].id, assistNodeIds: [] }));
    await travel(t, '2025-09-29T09:00:00+08:00');
    const res = await call(t, fresh.supervisor, 'GET', '/api/directives/board');
    expect(res.statusCode).toBe(200);
    const board = res.json<DirectiveBoard>();
    expect(board.today).toBe('2025-09-29');
    expect(board.rows.map((r) => [r.nodeName, r.unitName, r.total, r.lights])).toEqual([
      ['办公室', fresh.u.a.unit.name, 2, { green: 1, yellow: 0, red: 1 }],
      ['业务科', fresh.u.a.unit.name, 1, { green: 1, yellow: 0, red: 0 }],
    ]);
    expect(board.totals).toMatchObject({ total: 3, lights: { green: 2, yellow: 0, red: 1 }, statuses: { registered: 3, closed: 0 } });
    const one = (await call(t, fresh.supervisor, 'GET', `/api/directives/board?nodeId=${fresh.u.a.departments[1].id}`)).json<DirectiveBoard>();
    expect(one.totals.total).toBe(1);
  });

  it('answers 401, 403 to a handler and for another unit, 400 naming a bad filter', async () => {
    expect((await call(t, null, 'GET', '/api/directives/board')).statusCode).toBe(401);
    expect((await call(t, w.lead, 'GET', '/api/directives/board')).statusCode).toBe(403);
    expect((await call(t, w.supervisor, 'GET', `/api/directives/board?nodeId=${w.u.b.unit.id}`)).statusCode).toBe(403);
    expect((await call(t, w.outsider, 'GET', '/api/directives/board')).json<DirectiveBoard>().totals.total).toBe(0);
    const bad = await call(t, w.supervisor, 'GET', '/api/directives/board?registeredFrom=2025-13-01');
    expect(fieldsOf(bad)).toEqual(['registeredFrom']);
  });
});
