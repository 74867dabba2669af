import crypto from 'node:crypto';
import type { ActivityRecord } from '@mofan/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { addPost, createPerson, createUser } from '../../../test/factories';
import { type Page, type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const missingId = crypto.randomUUID();
let u: TwoUnits;

/** A 主题党日 of A's branch that also was a 党课 and a 警示教育 — one record, three kinds. */
async function themeDay(session: Session, participants: { personId: string; present: boolean; absenceReason?: string }[]) {
  return call(t, session, 'POST', '/api/records', {
    ownerNodeId: u.a.branch.id,
    kinds: ['theme_day', 'party_lecture', 'warning_education'],
    occurredOn: '2026-02-27',
    topic: '学习党章，观看警示教育片',
    lecturerName: '市委党校王教授',
    participants,
  });
}

beforeAll(async () => {
  u = await createTwoUnits(t);
});

describe('POST /api/records', () => {
  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'POST', '/api/records', { kinds: ['theme_day'], occurredOn: '2026-02-01' })).statusCode).toBe(401);
  });

  it('records one meeting with many kinds and its attendance in one step, audited', async () => {
    const members = await Promise.all(Array.from({ length: 12 }, () => createPerson(t, u.a)));
    const res = await themeDay(
      u.adminA,
      members.map((m, i) => (i === 11 ? { personId: m.id, present: false, absenceReason: '请假（出差）' } : { personId: m.id, present: true })),
    );
    expect(res.statusCode).toBe(201);
    const record = res.json<ActivityRecord>();
    expect(record).toMatchObject({ kinds: ['theme_day', 'party_lecture', 'warning_education'], presentCount: 11, absentCount: 1, ownerNodeId: u.a.branch.id, version: 1 });
    expect(record.participants.find((p) => !p.present)).toMatchObject({ absenceReason: '请假（出差）' });
    expect(await auditEntriesOf(t, 'record.create', record.id)).toHaveLength(1);
  });

  it.each([
    ['no kind', { ownerNodeId: 'A', kinds: [], occurredOn: '2026-02-01' }, 'kinds'],
    ['a date after today (the test clock is 2026-03-02)', { ownerNodeId: 'A', kinds: ['theme_day'], occurredOn: '2026-03-03' }, 'occurredOn'],
    ['an end before the start', { ownerNodeId: 'A', kinds: ['field_trip'], occurredOn: '2026-02-10', endsOn: '2026-02-09' }, 'endsOn'],
    ['no owner for an org record', { kinds: ['theme_day'], occurredOn: '2026-02-01' }, 'ownerNodeId'],
    ['a bad date', { ownerNodeId: 'A', kinds: ['theme_day'], occurredOn: '2026-02-30' }, 'occurredOn'],
    ['a kind the catalogue does not know', { ownerNodeId: 'A', kinds: ['theme_day', 'karaoke'], occurredOn: '2026-02-01' }, 'kinds.1'],
    ['a personal kind entered as an org record', { ownerNodeId: 'A', kinds: ['monthly_book'], occurredOn: '2026-02-01' }, 'kinds.0'],
    ['a 党课 without its lecturer (the kind requires one)', { ownerNodeId: 'A', kinds: ['theme_day', 'party_lecture'], occurredOn: '2026-02-01' }, 'lecturerPersonId'],
  ])('answers 400 naming the field for %s', async (_name, body, field) => {
    const payload = { ...body, ...('ownerNodeId' in body ? { ownerNodeId: u.a.branch.id } : {}) };
    const res = await call(t, u.adminA, 'POST', '/api/records', payload);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(field);
  });

  it("answers 400 naming the participant who is not of the owner's unit", async () => {
    const outsider = await createPerson(t, u.b);
    const res = await themeDay(u.adminA, [{ personId: outsider.id, present: true }]);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['participants.0.personId']);
  });

  it('answers 400 naming ownerNodeId when the kind cannot belong to that kind of node (主题党日 of a 科室)', async () => {
    const res = await call(t, u.adminA, 'POST', '/api/records', { ownerNodeId: u.a.departments[0].id, kinds: ['theme_day'], occurredOn: '2026-02-01' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['ownerNodeId']);
  });

  it("answers 403 when recording for another unit's branch", async () => {
    const res = await call(t, u.adminB, 'POST', '/api/records', { ownerNodeId: u.a.branch.id, kinds: ['theme_day'], occurredOn: '2026-02-01' });
    expect(res.statusCode).toBe(403);
  });

  it('lets anyone keep their own personal records, and nobody else without the right', async () => {
    const member = await createPerson(t, u.a);
    const user = await createUser(t, [], { personId: member.id });
    const session = await login(t, user.username, user.password);
    const own = await call(t, session, 'POST', '/api/records', { personId: member.id, kinds: ['monthly_book'], occurredOn: '2026-02-20', details: { bookTitle: '习近平谈治国理政' } });
    expect(own.statusCode).toBe(201);
    expect(own.json<ActivityRecord>()).toMatchObject({ ownerNodeId: member.departmentId, personId: member.id, details: { bookTitle: '习近平谈治国理政' } });
    const other = await createPerson(t, u.a);
    const foreign = await call(t, session, 'POST', '/api/records', { personId: other.id, kinds: ['monthly_book'], occurredOn: '2026-02-20' });
    expect(foreign.statusCode).toBe(403);
    const mine = await call(t, session, 'GET', '/api/records');
    expect(mine.json<Page<ActivityRecord>>().items.map((r) => r.id)).toEqual([own.json<ActivityRecord>().id]);
  });

  it('lets a 支部书记 record for their branch through the post alone, not for another branch', async () => {
    const secretary = await createPerson(t, u.a);
    await addPost(t, secretary.id, u.a.branch.id, 'branch_secretary', '2024-05-01');
    const user = await createUser(t, [], { personId: secretary.id });
    const session = await login(t, user.username, user.password);
    const ok = await call(t, session, 'POST', '/api/records', { ownerNodeId: u.a.branch.id, kinds: ['committee_meeting'], occurredOn: '2026-02-05' });
    expect(ok.statusCode).toBe(201);
    const elsewhere = await call(t, session, 'POST', '/api/records', { ownerNodeId: u.a.departments[0].id, kinds: ['union_activity'], occurredOn: '2026-02-05' });
    expect(elsewhere.statusCode).toBe(403);
  });
});

describe('GET /api/records and /api/records/:id', () => {
  let record: ActivityRecord;
  let member: Awaited<ReturnType<typeof createPerson>>;
  beforeAll(async () => {
    member = await createPerson(t, u.a);
    record = (await themeDay(u.adminA, [{ personId: member.id, present: true }])).json<ActivityRecord>();
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'GET', '/api/records')).statusCode).toBe(401);
    expect((await call(t, null, 'GET', `/api/records/${record.id}`)).statusCode).toBe(401);
  });

  it("lists the unit's records, filtered by node, kind, person and dates", async () => {
    const byKind = await call(t, u.adminA, 'GET', `/api/records?nodeId=${u.a.branch.id}&kind=party_lecture&personId=${member.id}&from=2026-02-01&to=2026-02-28`);
    expect(byKind.statusCode).toBe(200);
    expect(byKind.json<Page<ActivityRecord>>().items.map((r) => r.id)).toContain(record.id);
    const otherKind = await call(t, u.adminA, 'GET', `/api/records?kind=union_activity&personId=${member.id}`);
    expect(otherKind.json<Page<ActivityRecord>>().total).toBe(0);
  });

  it("keeps A's records from B: not listed, 403 on read, 403 on a filter by A's node", async () => {
    const listed = await call(t, u.adminB, 'GET', '/api/records?pageSize=200');
    expect(listed.json<Page<ActivityRecord>>().items.map((r) => r.id)).not.toContain(record.id);
    expect((await call(t, u.adminB, 'GET', `/api/records/${record.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'GET', `/api/records?nodeId=${u.a.branch.id}`)).statusCode).toBe(403);
  });

  it('gives the record with its attendance; 404 for a missing id, 400 for a bad one', async () => {
    const res = await call(t, u.adminA, 'GET', `/api/records/${record.id}`);
    expect(res.json<ActivityRecord>().participants).toEqual([{ personId: member.id, name: member.name, present: true, absenceReason: null }]);
    expect((await call(t, u.adminA, 'GET', `/api/records/${missingId}`)).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'GET', '/api/records/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('PATCH and DELETE /api/records/:id', () => {
  it('changes a record with its version, replaces attendance, refuses a stale version, audited', async () => {
    const [p1, p2] = [await createPerson(t, u.a), await createPerson(t, u.a)];
    const record = (await themeDay(u.adminA, [{ personId: p1.id, present: true }])).json<ActivityRecord>();
    const res = await call(t, u.adminA, 'PATCH', `/api/records/${record.id}`, { topic: '新主题', participants: [{ personId: p2.id, present: true }], version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json<ActivityRecord>()).toMatchObject({ topic: '新主题', version: 2, participants: [{ personId: p2.id }] });
    const stale = await call(t, u.adminA, 'PATCH', `/api/records/${record.id}`, { topic: '旧版本', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(await auditEntriesOf(t, 'record.update', record.id)).toHaveLength(1);
    expect((await call(t, u.adminB, 'PATCH', `/api/records/${record.id}`, { topic: 'x', version: 2 })).statusCode).toBe(403);
    expect((await call(t, null, 'PATCH', `/api/records/${record.id}`, { topic: 'x', version: 2 })).statusCode).toBe(401);
    expect((await call(t, u.adminA, 'PATCH', `/api/records/${missingId}`, { topic: 'x', version: 1 })).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'PATCH', `/api/records/${record.id}`, { occurredOn: '2030-01-01', version: 2 });
    expect(fieldsOf(bad)).toContain('occurredOn');
  });

  it('deletes a record (then 404), not for another unit, audited', async () => {
    const record = (await themeDay(u.adminA, [])).json<ActivityRecord>();
    expect((await call(t, u.adminB, 'DELETE', `/api/records/${record.id}`)).statusCode).toBe(403);
    expect((await call(t, null, 'DELETE', `/api/records/${record.id}`)).statusCode).toBe(401);
    expect((await call(t, u.adminA, 'DELETE', `/api/records/${record.id}`)).statusCode).toBe(200);
    expect((await call(t, u.adminA, 'GET', `/api/records/${record.id}`)).statusCode).toBe(404);
    expect(await auditEntriesOf(t, 'record.delete', record.id)).toHaveLength(1);
  });
});
