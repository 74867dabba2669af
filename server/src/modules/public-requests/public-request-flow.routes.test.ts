import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PublicRequestDetail, PublicRequestPage, PublicRequestWithCode } from '@mofan/shared';
import { createPerson, createUser } from '../../../test/factories';
import { type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

// The clock stands at 2026-03-02; it moves a minute between steps so that the history is in order.
const t = useTestApp();
const missingId = crypto.randomUUID();
let u: TwoUnits;
let cityAdmin: Session;
/** The head of unit A's 办公室: handles requests of that 科室 only. */
let officeHead: Session;
let inspectorA: Session;
let memberA: { id: string; name: string };
let memberB: { id: string; name: string };

beforeAll(async () => {
  u = await createTwoUnits(t);
  const committee = await createUser(t, [{ role: 'committee_admin', scope: u.a.city }]);
  cityAdmin = await login(t, committee.username, committee.password);
  const head = await createUser(t, [{ role: 'leader', scope: u.a.departments[0] }]);
  officeHead = await login(t, head.username, head.password);
  const inspector = await createUser(t, [{ role: 'supervisor', scope: u.a.unit }]);
  inspectorA = await login(t, inspector.username, inspector.password);
  memberA = await createPerson(t, u.a, { name: '李办实' });
  memberB = await createPerson(t, u.b, { name: '乙单位人' });
});

async function register(session: Session, nodeId: string, title: string): Promise<PublicRequestDetail> {
  const res = await call(t, session, 'POST', '/api/public-requests', { nodeId, title, content: `${title}的详细情况`, requesterName: '群众甲', requesterContact: '13700001234', raisedOn: '2026-02-20' });
  expect(res.statusCode).toBe(201);
  return res.json<PublicRequestWithCode>().request;
}

async function step(session: Session, r: PublicRequestDetail, name: string, body: Record<string, unknown>): Promise<PublicRequestDetail> {
  t.clock.advance(60_000);
  const res = await call(t, session, 'POST', `/api/public-requests/${r.id}/${name}`, { version: r.version, ...body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<PublicRequestDetail>();
}

async function read(session: Session, id: string): Promise<PublicRequestDetail> {
  return (await call(t, session, 'GET', `/api/public-requests/${id}`)).json<PublicRequestDetail>();
}

describe('了解需求 → 认领问题 → 解决问题 → 完善机制', () => {
  it('offers a need gathered by the 工委 to a 科室, which claims, solves and closes it; every step with actor and time', async () => {
    let r = await register(cityAdmin, u.a.city.id, '老旧小区加装电梯');
    const pool = (await call(t, officeHead, 'GET', '/api/public-requests?status=received')).json<PublicRequestPage>();
    expect(pool.items.map((i) => i.id)).toContain(r.id);
    expect((await read(officeHead, r.id)).actions).toEqual(['claim']);

    r = await step(officeHead, r, 'claim', { nodeId: u.a.departments[0].id, personId: memberA.id, note: '由李办实对接' });
    expect(r).toMatchObject({ status: 'claimed', claimedNodeName: `${u.a.unit.name} 办公室`, claimedPersonName: '李办实', requesterContact: '13700001234', contactMasked: false });
    expect(r.actions).toEqual(['solve']);
    // Claimed by unit A, it is no longer offered to unit B.
    expect((await call(t, u.adminB, 'GET', `/api/public-requests/${r.id}`)).statusCode).toBe(403);
    // The 工委 that received it still follows and may handle it.
    expect((await read(cityAdmin, r.id)).actions).toEqual(['update', 'solve', 'reissue_code']);

    r = await step(officeHead, r, 'solve', { solution: '已协调住建部门纳入加装计划', solvedOn: '2026-03-02' });
    expect(r).toMatchObject({ status: 'solved', solution: '已协调住建部门纳入加装计划', solvedOn: '2026-03-02', actions: ['close'] });
    r = await step(officeHead, r, 'close', { improvement: '建立老旧小区加装电梯联席会议制度，每月会商' });
    expect(r).toMatchObject({ status: 'closed', closedOn: '2026-03-02', improvement: '建立老旧小区加装电梯联席会议制度，每月会商', actions: [] });

    expect(r.events.map((e) => [e.action, e.note])).toEqual([
      ['received', null],
      ['claimed', '由李办实对接'],
      ['solved', '已协调住建部门纳入加装计划'],
      ['closed', '建立老旧小区加装电梯联席会议制度，每月会商'],
    ]);
    const times = r.events.map((e) => e.at);
    expect([...times].sort()).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
    expect(r.events.every((e) => e.actorName.length > 0)).toBe(true);
    for (const action of ['public_request.create', 'public_request.claim', 'public_request.solve', 'public_request.close']) expect(await auditEntriesOf(t, action, r.id)).toHaveLength(1);
  });
});

describe('POST /api/public-requests/:id/claim', () => {
  let r: PublicRequestDetail;
  beforeAll(async () => {
    r = await register(u.adminA, u.a.unit.id, '单位门前积水');
  });

  it('answers 401, 403 for another unit or a reader, and 404', async () => {
    const body = { version: r.version, nodeId: u.a.unit.id };
    expect((await call(t, null, 'POST', `/api/public-requests/${r.id}/claim`, body)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'POST', `/api/public-requests/${r.id}/claim`, body)).statusCode).toBe(403);
    expect((await call(t, inspectorA, 'POST', `/api/public-requests/${r.id}/claim`, body)).statusCode).toBe(403);
    // A 科室 head may claim for their 科室, not for the unit.
    expect((await call(t, officeHead, 'POST', `/api/public-requests/${r.id}/claim`, body)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', `/api/public-requests/${missingId}/claim`, body)).statusCode).toBe(404);
  });

  it.each([
    ['no node', () => ({}), 'nodeId'],
    ['a node that does not exist', () => ({ nodeId: missingId }), 'nodeId'],
    ['a node outside the receiving one', () => ({ nodeId: u.a.city.id }), 'nodeId'],
    ['a person who does not exist', () => ({ nodeId: u.a.departments[1].id, personId: missingId }), 'personId'],
    ['a person of another unit', () => ({ nodeId: u.a.departments[1].id, personId: memberB.id }), 'personId'],
    ['no version', () => ({ version: undefined, nodeId: u.a.unit.id }), 'version'],
  ])('answers 400 naming the field for %s', async (_name, body, field) => {
    const res = await call(t, u.adminA, 'POST', `/api/public-requests/${r.id}/claim`, { version: r.version, ...body() });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(field);
  });

  it('answers 409 for a stale version and for a request already claimed', async () => {
    expect((await call(t, u.adminA, 'POST', `/api/public-requests/${r.id}/claim`, { version: r.version + 1, nodeId: u.a.unit.id })).statusCode).toBe(409);
    const claimed = await step(u.adminA, r, 'claim', { nodeId: u.a.departments[1].id });
    expect(claimed).toMatchObject({ status: 'claimed', claimedNodeName: `${u.a.unit.name} 业务科`, claimedPersonName: null });
    const again = await call(t, u.adminA, 'POST', `/api/public-requests/${r.id}/claim`, { version: claimed.version, nodeId: u.a.unit.id });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { message: string } }>().error.message).toBe('该诉求已被认领');
  });
});

describe('POST /api/public-requests/:id/solve', () => {
  let r: PublicRequestDetail;
  beforeAll(async () => {
    r = await register(u.adminA, u.a.unit.id, '办事指南不清楚');
  });

  it('answers 409 before the request is claimed', async () => {
    expect((await call(t, u.adminA, 'POST', `/api/public-requests/${r.id}/solve`, { version: r.version, solution: '已修订', solvedOn: '2026-03-01' })).statusCode).toBe(409);
    r = await step(u.adminA, r, 'claim', { nodeId: u.a.departments[0].id });
  });

  it('answers 401, 403 for another unit or a reader, 404 and 409 for a stale version', async () => {
    const body = { version: r.version, solution: '已修订', solvedOn: '2026-03-01' };
    expect((await call(t, null, 'POST', `/api/public-requests/${r.id}/solve`, body)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'POST', `/api/public-requests/${r.id}/solve`, body)).statusCode).toBe(403);
    expect((await call(t, inspectorA, 'POST', `/api/public-requests/${r.id}/solve`, body)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', `/api/public-requests/${missingId}/solve`, body)).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'POST', `/api/public-requests/${r.id}/solve`, { ...body, version: r.version - 1 })).statusCode).toBe(409);
  });

  it.each([
    ['no solution', { solution: ' ', solvedOn: '2026-03-01' }, 'solution'],
    ['no date', { solution: '已修订' }, 'solvedOn'],
    ['a date before the need was raised', { solution: '已修订', solvedOn: '2026-02-19' }, 'solvedOn'],
    ['a date after today', { solution: '已修订', solvedOn: '2026-03-03' }, 'solvedOn'],
  ])('answers 400 naming the field for %s', async (_name, body, field) => {
    const res = await call(t, officeHead, 'POST', `/api/public-requests/${r.id}/solve`, { version: r.version, ...body });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(field);
  });
});

describe('POST /api/public-requests/:id/close and /revisit', () => {
  let r: PublicRequestDetail;
  beforeAll(async () => {
    r = await register(u.adminA, u.a.unit.id, '窗口午休无人');
    r = await step(u.adminA, r, 'claim', { nodeId: u.a.unit.id });
  });

  it('close answers 409 before the request is solved, then 400 without the improvement, 401, 403, 404', async () => {
    expect((await call(t, u.adminA, 'POST', `/api/public-requests/${r.id}/close`, { version: r.version, improvement: '午休轮岗' })).statusCode).toBe(409);
    r = await step(u.adminA, r, 'solve', { solution: '安排午间值班', solvedOn: '2026-03-02' });
    const missing = await call(t, u.adminA, 'POST', `/api/public-requests/${r.id}/close`, { version: r.version, improvement: '' });
    expect(missing.statusCode).toBe(400);
    expect(fieldsOf(missing)).toEqual(['improvement']);
    const body = { version: r.version, improvement: '建立午间轮岗制度' };
    expect((await call(t, null, 'POST', `/api/public-requests/${r.id}/close`, body)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'POST', `/api/public-requests/${r.id}/close`, body)).statusCode).toBe(403);
    expect((await call(t, inspectorA, 'POST', `/api/public-requests/${r.id}/close`, body)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', `/api/public-requests/${missingId}/close`, body)).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'POST', `/api/public-requests/${r.id}/close`, { ...body, version: 1 })).statusCode).toBe(409);
  });

  it('revisit answers 409 unless the public reopened it, 400 without a note, 401, 403, 404', async () => {
    const body = { version: r.version, note: '电话回访' };
    expect((await call(t, u.adminA, 'POST', `/api/public-requests/${r.id}/revisit`, body)).statusCode).toBe(409);
    const missing = await call(t, u.adminA, 'POST', `/api/public-requests/${r.id}/revisit`, { version: r.version, note: '' });
    expect(missing.statusCode).toBe(400);
    expect(fieldsOf(missing)).toEqual(['note']);
    expect((await call(t, null, 'POST', `/api/public-requests/${r.id}/revisit`, body)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'POST', `/api/public-requests/${r.id}/revisit`, body)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', `/api/public-requests/${missingId}/revisit`, body)).statusCode).toBe(404);
  });
});
