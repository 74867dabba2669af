import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OfficeOutput, OfficeOutputMonthly, OfficeOutputPage } from '@mofan/shared';
import { createUnit, createUser } from '../../../test/factories';
import { type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

// The clock stands at 2026-03-02.
const t = useTestApp();
const missingId = crypto.randomUUID();
let u: TwoUnits;
let cityAdmin: Session;

beforeAll(async () => {
  u = await createTwoUnits(t);
  const committee = await createUser(t, [{ role: 'committee_admin', scope: u.a.city }]);
  cityAdmin = await login(t, committee.username, committee.password);
});

async function register(session: Session, body: Record<string, unknown>): Promise<OfficeOutput> {
  const res = await call(t, session, 'POST', '/api/office-outputs', body);
  expect(res.statusCode).toBe(201);
  return res.json<OfficeOutput>();
}

describe('POST /api/office-outputs', () => {
  it('registers a document with its 文号 once, audited', async () => {
    const output = await register(u.adminA, { nodeId: u.a.departments[0].id, kind: 'document', occurredOn: '2026-02-10', title: '关于做好春节期间值班工作的通知', refNo: '示财发〔2026〕1号' });
    expect(output).toMatchObject({ nodeName: '办公室', unitName: u.a.unit.name, kind: 'document', refNo: '示财发〔2026〕1号', version: 1 });
    expect(await auditEntriesOf(t, 'office_output.create', output.id)).toHaveLength(1);
    const again = await call(t, u.adminA, 'POST', '/api/office-outputs', { nodeId: u.a.departments[0].id, kind: 'document', occurredOn: '2026-02-11', title: '重复登记', refNo: '示财发〔2026〕1号' });
    expect(again.statusCode).toBe(409);
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'POST', '/api/office-outputs', { nodeId: u.a.unit.id, kind: 'meeting', occurredOn: '2026-02-01', title: '会' })).statusCode).toBe(401);
  });

  it("answers 403 when registering for another unit", async () => {
    expect((await call(t, u.adminB, 'POST', '/api/office-outputs', { nodeId: u.a.unit.id, kind: 'meeting', occurredOn: '2026-02-01', title: '会' })).statusCode).toBe(403);
  });

  it.each([
    ['no title', { kind: 'meeting', occurredOn: '2026-02-01', title: ' ' }, 'title'],
    ['an unknown kind', { kind: 'notice', occurredOn: '2026-02-01', title: '通知' }, 'kind'],
    ['a bad date', { kind: 'meeting', occurredOn: '2026-02-30', title: '会' }, 'occurredOn'],
    ['a date after today', { kind: 'meeting', occurredOn: '2026-03-03', title: '会' }, 'occurredOn'],
    ['a 文号 on a meeting', { kind: 'meeting', occurredOn: '2026-02-01', title: '会', refNo: '示财发〔2026〕2号' }, 'refNo'],
    ['a node that does not exist', { nodeId: missingId, kind: 'meeting', occurredOn: '2026-02-01', title: '会' }, 'nodeId'],
  ])('answers 400 naming the field for %s', async (_name, body, field) => {
    const res = await call(t, u.adminA, 'POST', '/api/office-outputs', { nodeId: u.a.unit.id, ...body });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(field);
  });
});

describe('GET /api/office-outputs/:id, PATCH and DELETE', () => {
  let entry: OfficeOutput;
  beforeAll(async () => {
    entry = await register(u.adminA, { nodeId: u.a.unit.id, kind: 'meeting', occurredOn: '2026-02-26', title: '党组会' });
  });

  it('reads an entry; 401, 403, 404 and 400 for a bad id', async () => {
    expect((await call(t, u.adminA, 'GET', `/api/office-outputs/${entry.id}`)).json<OfficeOutput>()).toMatchObject({ title: '党组会', kind: 'meeting' });
    expect((await call(t, null, 'GET', `/api/office-outputs/${entry.id}`)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'GET', `/api/office-outputs/${entry.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/office-outputs/${missingId}`)).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'GET', '/api/office-outputs/not-an-id');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['id']);
  });

  it('updates with the version, audited, and answers 409 for a stale one', async () => {
    const res = await call(t, u.adminA, 'PATCH', `/api/office-outputs/${entry.id}`, { version: entry.version, title: '党组（扩大）会议', nodeId: u.a.departments[1].id });
    expect(res.statusCode).toBe(200);
    expect(res.json<OfficeOutput>()).toMatchObject({ title: '党组（扩大）会议', nodeName: '业务科', version: 2 });
    expect(await auditEntriesOf(t, 'office_output.update', entry.id)).toHaveLength(1);
    expect((await call(t, u.adminA, 'PATCH', `/api/office-outputs/${entry.id}`, { version: 1, title: '旧版本' })).statusCode).toBe(409);
  });

  it.each([
    ['an empty title', { title: '' }, 'title'],
    ['no version', { version: undefined, title: '会' }, 'version'],
    ['a 文号 on the meeting', { refNo: '示财发〔2026〕9号' }, 'refNo'],
    ['a move to a node that does not exist', { nodeId: missingId }, 'nodeId'],
  ])('PATCH answers 400 naming the field for %s', async (_name, body, field) => {
    const current = (await call(t, u.adminA, 'GET', `/api/office-outputs/${entry.id}`)).json<OfficeOutput>();
    const res = await call(t, u.adminA, 'PATCH', `/api/office-outputs/${entry.id}`, { version: current.version, ...body });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(field);
  });

  it('PATCH answers 401, 403 (also for a move into another unit) and 404', async () => {
    const current = (await call(t, u.adminA, 'GET', `/api/office-outputs/${entry.id}`)).json<OfficeOutput>();
    expect((await call(t, null, 'PATCH', `/api/office-outputs/${entry.id}`, { version: current.version, title: '会' })).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'PATCH', `/api/office-outputs/${entry.id}`, { version: current.version, title: '会' })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'PATCH', `/api/office-outputs/${entry.id}`, { version: current.version, nodeId: u.b.unit.id })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'PATCH', `/api/office-outputs/${missingId}`, { version: 1, title: '会' })).statusCode).toBe(404);
  });

  it('deletes, audited; 401, 403, 404 and 400 for a bad id', async () => {
    const doomed = await register(u.adminA, { nodeId: u.a.unit.id, kind: 'meeting', occurredOn: '2026-02-27', title: '误登记的会议' });
    expect((await call(t, null, 'DELETE', `/api/office-outputs/${doomed.id}`)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'DELETE', `/api/office-outputs/${doomed.id}`)).statusCode).toBe(403);
    const bad = await call(t, u.adminA, 'DELETE', '/api/office-outputs/not-an-id');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['id']);
    expect((await call(t, u.adminA, 'DELETE', `/api/office-outputs/${doomed.id}`)).json()).toEqual({ ok: true });
    expect(await auditEntriesOf(t, 'office_output.delete', doomed.id)).toHaveLength(1);
    expect((await call(t, u.adminA, 'DELETE', `/api/office-outputs/${doomed.id}`)).statusCode).toBe(404);
  });
});

describe('GET /api/office-outputs', () => {
  let b: OfficeOutput;
  beforeAll(async () => {
    b = await register(u.adminB, { nodeId: u.b.unit.id, kind: 'document', occurredOn: '2026-01-15', title: '乙单位年度工作要点', refNo: '乙发〔2026〕1号' });
  });

  it("lists the reader's own entries, filtered by node, kind, dates and text", async () => {
    const all = (await call(t, u.adminA, 'GET', '/api/office-outputs')).json<OfficeOutputPage>();
    expect(all.total).toBeGreaterThan(0);
    expect(all.items.map((i) => i.id)).not.toContain(b.id);
    const documents = (await call(t, u.adminA, 'GET', `/api/office-outputs?nodeId=${u.a.unit.id}&kind=document&from=2026-02-01&to=2026-02-28`)).json<OfficeOutputPage>();
    expect(documents.items.map((i) => i.title)).toEqual(['关于做好春节期间值班工作的通知']);
    const byText = (await call(t, cityAdmin, 'GET', `/api/office-outputs?q=${encodeURIComponent('乙发')}`)).json<OfficeOutputPage>();
    expect(byText.items.map((i) => i.id)).toEqual([b.id]);
  });

  it('answers 401, 403 for another unit, 404 for a missing node and 400 naming the field', async () => {
    expect((await call(t, null, 'GET', '/api/office-outputs')).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'GET', `/api/office-outputs?nodeId=${u.a.unit.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/office-outputs?nodeId=${missingId}`)).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'GET', '/api/office-outputs?kind=notice');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['kind']);
    const reversed = await call(t, u.adminA, 'GET', '/api/office-outputs?from=2026-02-01&to=2026-01-01');
    expect(reversed.statusCode).toBe(400);
    expect(fieldsOf(reversed)).toEqual(['to']);
  });

  it('answers 403 to a reader without office.write', async () => {
    const reader = await createUser(t, [{ role: 'branch_secretary', scope: u.a.branch }]);
    expect((await call(t, await login(t, reader.username, reader.password), 'GET', '/api/office-outputs')).statusCode).toBe(403);
  });
});

describe('GET /api/office-outputs/monthly', () => {
  it('counts documents and meetings per unit and month, every unit listed, the 工委 its own line', async () => {
    const c = await createUnit(t, u.a.city);
    await register(cityAdmin, { nodeId: u.a.city.id, kind: 'meeting', occurredOn: '2026-01-20', title: '市直机关党建工作会议' });
    await register(u.adminA, { nodeId: u.a.unit.id, kind: 'document', occurredOn: '2026-01-05', title: '年度工作要点', refNo: '示财发〔2026〕3号' });
    await register(u.adminA, { nodeId: u.a.unit.id, kind: 'document', occurredOn: '2025-12-30', title: '去年的文件', refNo: '示财发〔2025〕99号' });
    const res = await call(t, cityAdmin, 'GET', `/api/office-outputs/monthly?nodeId=${u.a.city.id}&year=2026`);
    expect(res.statusCode).toBe(200);
    const m = res.json<OfficeOutputMonthly>();
    expect(m.rows[0]).toMatchObject({ nodeId: u.a.city.id, total: { documents: 0, meetings: 1 } });
    const byId = new Map(m.rows.map((r) => [r.nodeId, r]));
    // Unit A: the 通知 of its 办公室 and the 工作要点 (documents); the 党组会 moved to 业务科 (meeting).
    expect(byId.get(u.a.unit.id)?.months.slice(0, 3)).toEqual([
      { documents: 1, meetings: 0 },
      { documents: 1, meetings: 1 },
      { documents: 0, meetings: 0 },
    ]);
    expect(byId.get(u.a.unit.id)?.total).toEqual({ documents: 2, meetings: 1 });
    expect(byId.get(u.b.unit.id)?.total).toEqual({ documents: 1, meetings: 0 });
    expect(byId.get(c.unit.id)?.total).toEqual({ documents: 0, meetings: 0 });
    expect(m.total).toEqual({ documents: 3, meetings: 2 });
    expect(m.months[0]).toEqual({ documents: 2, meetings: 1 });
  });

  it("gives a unit its own line only", async () => {
    const m = (await call(t, u.adminA, 'GET', `/api/office-outputs/monthly?nodeId=${u.a.unit.id}&year=2026`)).json<OfficeOutputMonthly>();
    expect(m.rows.map((r) => r.nodeId)).toEqual([u.a.unit.id]);
  });

  it('answers 401, 403 for another unit, 404 for a missing node and 400 naming the field', async () => {
    expect((await call(t, null, 'GET', `/api/office-outputs/monthly?nodeId=${u.a.unit.id}&year=2026`)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'GET', `/api/office-outputs/monthly?nodeId=${u.a.unit.id}&year=2026`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/office-outputs/monthly?nodeId=${missingId}&year=2026`)).statusCode).toBe(404);
    for (const [query, field] of [
      [`nodeId=${u.a.unit.id}`, 'year'],
      [`nodeId=${u.a.unit.id}&year=1999`, 'year'],
      ['year=2026', 'nodeId'],
    ] as const) {
      const res = await call(t, u.adminA, 'GET', `/api/office-outputs/monthly?${query}`);
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual([field]);
    }
  });
});
