import crypto from 'node:crypto';
import type { PersonDetail, Post } from '@mofan/shared';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { posts } from '../../db/schema/index';
import { addPost, createPerson, createUnit, createUser } from '../../../test/factories';
import { type Page, type TwoUnits, createTwoUnits, auditEntriesOf } from '../../../test/fixtures';
import { storeCompliance, storedComplianceCount } from '../../../test/stored-compliance';
import { call, fieldsOf, login, useTestApp } from '../../../test/test-app';

const t = useTestApp();

const auditEntries = (action: string, objectId: string) => auditEntriesOf(t, action, objectId);

async function primaryPostOf(personId: string) {
  const [row] = await t.ctx.db.select().from(posts).where(and(eq(posts.personId, personId), eq(posts.isPrimary, true)));
  return row!;
}

const missingId = crypto.randomUUID();

describe('POST /api/people/:id/posts', () => {
  let u: TwoUnits;
  beforeAll(async () => {
    u = await createTwoUnits(t);
  });

  async function expectField(personId: string, payload: Record<string, unknown>, field: string) {
    const res = await call(t, u.adminA, 'POST', `/api/people/${personId}/posts`, payload);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  }

  it('answers 401 without a session', async () => {
    const person = await createPerson(t, u.a);
    const res = await call(t, null, 'POST', `/api/people/${person.id}/posts`, { role: 'branch_secretary', nodeId: u.a.branch.id, startDate: '2024-01-01' });
    expect(res.statusCode).toBe(401);
  });

  it('makes a person 支部书记 of a branch, audited; the post gives them the branch', async () => {
    const person = await createPerson(t, u.a);
    const res = await call(t, u.adminA, 'POST', `/api/people/${person.id}/posts`, { role: 'branch_secretary', nodeId: u.a.branch.id, startDate: '2024-01-01' });
    expect(res.statusCode).toBe(201);
    const post = res.json<Post>();
    expect(post).toMatchObject({ personId: person.id, personName: person.name, role: 'branch_secretary', nodeId: u.a.branch.id, nodeName: '第一党支部', isPrimary: false, startDate: '2024-01-01', endDate: null, version: 1, supervisedDepartments: [] });
    expect(await auditEntries('post.create', post.id)).toHaveLength(1);
    const user = await createUser(t, [], { personId: person.id });
    const session = await login(t, user.username, user.password);
    expect((await call(t, session, 'GET', `/api/org/nodes/${u.a.branch.id}`)).statusCode).toBe(200);
  });

  it('answers 400 naming nodeId for a post the node kind cannot hold, or a node that does not exist', async () => {
    const person = await createPerson(t, u.a);
    await expectField(person.id, { role: 'department_head', nodeId: u.a.branch.id, startDate: '2024-01-01' }, 'nodeId');
    await expectField(person.id, { role: 'branch_secretary', nodeId: u.a.departments[0].id, startDate: '2024-01-01' }, 'nodeId');
    await expectField(person.id, { role: 'branch_secretary', nodeId: missingId, startDate: '2024-01-01' }, 'nodeId');
  });

  it('stores and returns the 分管科室 of a 班子成员', async () => {
    const person = await createPerson(t, u.a);
    const [d1, d2] = u.a.departments;
    const res = await call(t, u.adminA, 'POST', `/api/people/${person.id}/posts`, { role: 'leadership_member', nodeId: u.a.unit.id, startDate: '2024-01-01', supervisedDepartmentIds: [d2.id, d1.id, d1.id] });
    expect(res.statusCode).toBe(201);
    const supervised = res.json<Post>().supervisedDepartments.map((d) => d.id).sort();
    expect(supervised).toEqual([d1.id, d2.id].sort());
    const detail = (await call(t, u.adminA, 'GET', `/api/people/${person.id}`)).json<PersonDetail>();
    const leadership = detail.posts.find((p) => p.role === 'leadership_member');
    expect(leadership?.supervisedDepartments.map((d) => d.name).sort()).toEqual(['业务科', '办公室'].sort());
  });

  it('answers 400 naming supervisedDepartmentIds for a 科室 of another unit, or on a post that has none', async () => {
    const person = await createPerson(t, u.a);
    await expectField(person.id, { role: 'leadership_member', nodeId: u.a.unit.id, startDate: '2024-01-01', supervisedDepartmentIds: [u.b.departments[0].id] }, 'supervisedDepartmentIds');
    await expectField(person.id, { role: 'leadership_member', nodeId: u.a.unit.id, startDate: '2024-01-01', supervisedDepartmentIds: [u.a.branch.id] }, 'supervisedDepartmentIds');
    await expectField(person.id, { role: 'top_leader', nodeId: u.a.unit.id, startDate: '2024-01-01', supervisedDepartmentIds: [u.a.departments[0].id] }, 'supervisedDepartmentIds');
    const held = await t.ctx.db.select().from(posts).where(eq(posts.personId, person.id));
    expect(held.map((p) => p.role)).toEqual(['department_member']);
  });

  it('answers 400 naming role when a 党内职务 is given to someone who is not a full party member', async () => {
    const masses = await createPerson(t, u.a, { status: 'masses' });
    await expectField(masses.id, { role: 'branch_committee_member', nodeId: u.a.branch.id, startDate: '2024-01-01' }, 'role');
    const probationary = await createPerson(t, u.a, { status: 'probationary_member' });
    await expectField(probationary.id, { role: 'party_group_leader', nodeId: u.a.group.id, startDate: '2024-01-01' }, 'role');
    // An administrative post needs no party membership.
    const res = await call(t, u.adminA, 'POST', `/api/people/${masses.id}/posts`, { role: 'department_head', nodeId: u.a.departments[0].id, startDate: '2024-01-01' });
    expect(res.statusCode).toBe(201);
  });

  it('answers 409 naming startDate for a second 支部书记 in the same term, and takes a handover', async () => {
    const created = await createUnit(t, u.a.city);
    const first = await createPerson(t, created);
    const second = await createPerson(t, created);
    const admin = await createUser(t, [{ role: 'unit_admin', scope: created.unit }]);
    const session = await login(t, admin.username, admin.password);
    const appoint = (personId: string, body: Record<string, unknown>) =>
      call(t, session, 'POST', `/api/people/${personId}/posts`, { role: 'branch_secretary', nodeId: created.branch.id, ...body });
    const term = await appoint(first.id, { startDate: '2021-01-01' });
    expect(term.statusCode).toBe(201);
    const clash = await appoint(second.id, { startDate: '2024-01-01' });
    expect(clash.statusCode).toBe(409);
    expect(fieldsOf(clash)).toEqual(['startDate']);
    // The same person twice in one period is a duplicate too.
    expect((await appoint(first.id, { startDate: '2022-01-01', endDate: '2022-12-31' })).statusCode).toBe(409);
    const ended = await call(t, session, 'PATCH', `/api/posts/${term.json<Post>().id}`, { endDate: '2023-12-31', version: 1 });
    expect(ended.statusCode).toBe(200);
    expect((await appoint(second.id, { startDate: '2024-01-01' })).statusCode).toBe(201);
    // Reopening the ended term would overlap the new one.
    const reopen = await call(t, session, 'PATCH', `/api/posts/${term.json<Post>().id}`, { endDate: null, version: 2 });
    expect(reopen.statusCode).toBe(409);
  });

  it('answers 400 naming endDate before startDate', async () => {
    const person = await createPerson(t, u.a);
    await expectField(person.id, { role: 'branch_secretary', nodeId: u.a.branch.id, startDate: '2024-01-01', endDate: '2023-12-31' }, 'endDate');
  });

  it("answers 403 for a person of B and for a node of B, 404 for a missing person", async () => {
    const personB = await createPerson(t, u.b);
    expect((await call(t, u.adminA, 'POST', `/api/people/${personB.id}/posts`, { role: 'branch_secretary', nodeId: u.a.branch.id, startDate: '2024-01-01' })).statusCode).toBe(403);
    const person = await createPerson(t, u.a);
    expect((await call(t, u.adminA, 'POST', `/api/people/${person.id}/posts`, { role: 'branch_secretary', nodeId: u.b.branch.id, startDate: '2024-01-01' })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', `/api/people/${missingId}/posts`, { role: 'branch_secretary', nodeId: u.a.branch.id, startDate: '2024-01-01' })).statusCode).toBe(404);
  });
});

describe('PATCH /api/posts/:id', () => {
  let u: TwoUnits;
  beforeAll(async () => {
    u = await createTwoUnits(t);
  });

  it('answers 401 without a session', async () => {
    const person = await createPerson(t, u.a);
    const post = await addPost(t, person.id, u.a.branch.id, 'branch_committee_member');
    expect((await call(t, null, 'PATCH', `/api/posts/${post.id}`, { endDate: '2026-01-01', version: 1 })).statusCode).toBe(401);
  });

  it('ends a post by setting its end date, audited; the reach it gave ends too', async () => {
    const person = await createPerson(t, u.a);
    const post = await addPost(t, person.id, u.a.branch.id, 'branch_secretary', '2024-01-01');
    const user = await createUser(t, [], { personId: person.id });
    const holder = await login(t, user.username, user.password);
    expect((await call(t, holder, 'GET', '/api/people')).statusCode).toBe(200);

    const res = await call(t, u.adminA, 'PATCH', `/api/posts/${post.id}`, { endDate: '2026-02-28', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json<Post>()).toMatchObject({ startDate: '2024-01-01', endDate: '2026-02-28', version: 2 });
    const audit = await auditEntries('post.update', post.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ before: { endDate: null }, after: { endDate: '2026-02-28' } });
    expect((await call(t, holder, 'GET', '/api/people')).statusCode).toBe(403);
  });

  it('replaces the 分管科室 of a 班子成员 post', async () => {
    const person = await createPerson(t, u.a);
    const created = await call(t, u.adminA, 'POST', `/api/people/${person.id}/posts`, { role: 'leadership_member', nodeId: u.a.unit.id, startDate: '2024-01-01', supervisedDepartmentIds: [u.a.departments[0].id] });
    const post = created.json<Post>();
    const res = await call(t, u.adminA, 'PATCH', `/api/posts/${post.id}`, { supervisedDepartmentIds: [u.a.departments[1].id], version: post.version });
    expect(res.statusCode).toBe(200);
    expect(res.json<Post>().supervisedDepartments.map((d) => d.id)).toEqual([u.a.departments[1].id]);
    const other = await call(t, u.adminA, 'PATCH', `/api/posts/${post.id}`, { supervisedDepartmentIds: [u.b.departments[0].id], version: post.version + 1 });
    expect(other.statusCode).toBe(400);
    expect(fieldsOf(other)).toEqual(['supervisedDepartmentIds']);
  });

  it('answers 400 naming endDate before the start date', async () => {
    const person = await createPerson(t, u.a);
    const post = await addPost(t, person.id, u.a.branch.id, 'branch_committee_member', '2024-01-01');
    const res = await call(t, u.adminA, 'PATCH', `/api/posts/${post.id}`, { endDate: '2023-01-01', version: 1 });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['endDate']);
  });

  it('answers 409 VERSION_CONFLICT to a stale version and keeps the row', async () => {
    const person = await createPerson(t, u.a);
    const post = await addPost(t, person.id, u.a.branch.id, 'discipline_member', '2024-01-01');
    expect((await call(t, u.adminA, 'PATCH', `/api/posts/${post.id}`, { note: '换届连任', version: 1 })).statusCode).toBe(200);
    const stale = await call(t, u.adminA, 'PATCH', `/api/posts/${post.id}`, { endDate: '2025-12-31', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
    const [row] = await t.ctx.db.select().from(posts).where(eq(posts.id, post.id));
    expect(row).toMatchObject({ endDate: null, note: '换届连任', version: 2 });
  });

  it('refuses to end the primary 科室 post directly', async () => {
    const person = await createPerson(t, u.a);
    const primary = await primaryPostOf(person.id);
    const res = await call(t, u.adminA, 'PATCH', `/api/posts/${primary.id}`, { endDate: '2025-12-31', version: primary.version });
    expect(res.statusCode).toBe(409);
  });

  it("answers 403 for B's post and 404 for a missing one", async () => {
    const personB = await createPerson(t, u.b);
    const postB = await addPost(t, personB.id, u.b.branch.id, 'branch_secretary');
    expect((await call(t, u.adminA, 'PATCH', `/api/posts/${postB.id}`, { endDate: '2026-01-01', version: 1 })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'PATCH', `/api/posts/${missingId}`, { endDate: '2026-01-01', version: 1 })).statusCode).toBe(404);
  });
});

describe('DELETE /api/posts/:id', () => {
  let u: TwoUnits;
  beforeAll(async () => {
    u = await createTwoUnits(t);
  });

  it('answers 401 without a session', async () => {
    const person = await createPerson(t, u.a);
    const post = await addPost(t, person.id, u.a.branch.id, 'branch_secretary');
    expect((await call(t, null, 'DELETE', `/api/posts/${post.id}`)).statusCode).toBe(401);
  });

  it('deletes a post entered by mistake, audited', async () => {
    const person = await createPerson(t, u.a);
    const post = await addPost(t, person.id, u.a.branch.id, 'branch_secretary');
    const res = await call(t, u.adminA, 'DELETE', `/api/posts/${post.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    const detail = (await call(t, u.adminA, 'GET', `/api/people/${person.id}`)).json<PersonDetail>();
    expect(detail.posts.map((p) => p.role)).toEqual(['department_member']);
    expect(await auditEntries('post.delete', post.id)).toHaveLength(1);
    expect((await call(t, u.adminA, 'DELETE', `/api/posts/${post.id}`)).statusCode).toBe(404);
  });

  it('answers 409 for the primary 科室 post', async () => {
    const person = await createPerson(t, u.a);
    const primary = await primaryPostOf(person.id);
    const res = await call(t, u.adminA, 'DELETE', `/api/posts/${primary.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'CONFLICT' } });
  });

  it("answers 403 for B's post, 404 for a missing one and 400 naming id for a malformed one", async () => {
    const personB = await createPerson(t, u.b);
    const postB = await addPost(t, personB.id, u.b.branch.id, 'branch_secretary');
    expect((await call(t, u.adminA, 'DELETE', `/api/posts/${postB.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'DELETE', `/api/posts/${missingId}`)).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'DELETE', '/api/posts/abc');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['id']);
  });
});

describe('GET /api/posts', () => {
  let u: TwoUnits;
  let lastTerm: string;
  let current: string;
  beforeAll(async () => {
    u = await createTwoUnits(t);
    const former = await createPerson(t, u.a, { name: '前任书记' });
    const now = await createPerson(t, u.a, { name: '现任书记' });
    lastTerm = (await addPost(t, former.id, u.a.branch.id, 'branch_secretary', '2021-01-01', '2023-12-31')).id;
    current = (await addPost(t, now.id, u.a.branch.id, 'branch_secretary', '2024-01-01', null)).id;
    // A 支部委员 of the same branch, and B's secretary: neither is asked for.
    await addPost(t, former.id, u.a.branch.id, 'branch_committee_member', '2024-01-01', null);
    const personB = await createPerson(t, u.b);
    await addPost(t, personB.id, u.b.branch.id, 'branch_secretary', '2021-01-01', null);
  });

  function url(query: string): string {
    return `/api/posts?nodeId=${u.a.branch.id}&role=branch_secretary&${query}`;
  }

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'GET', url('onDate=2023-06-01'))).statusCode).toBe(401);
  });

  it('tells who was 支部书记 on a past date and who is now', async () => {
    const then = await call(t, u.adminA, 'GET', url('onDate=2023-06-01'));
    expect(then.statusCode).toBe(200);
    expect(then.json<Page<Post>>().items.map((p) => [p.id, p.personName])).toEqual([[lastTerm, '前任书记']]);
    const later = await call(t, u.adminA, 'GET', url('onDate=2025-06-01'));
    expect(later.json<Page<Post>>().items.map((p) => [p.id, p.personName])).toEqual([[current, '现任书记']]);
    const today = await call(t, u.adminA, 'GET', url('current=true'));
    expect(today.json<Page<Post>>().items.map((p) => p.id)).toEqual([current]);
    const all = await call(t, u.adminA, 'GET', url(''));
    expect(all.json<Page<Post>>().items.map((p) => p.id)).toEqual([current, lastTerm]);
    expect(all.json<Page<Post>>().total).toBe(2);
  });

  it('lists only posts in the scope when no node is named', async () => {
    const res = await call(t, u.adminB, 'GET', '/api/posts?role=branch_secretary');
    expect(res.statusCode).toBe(200);
    expect(res.json<Page<Post>>().items.every((p) => p.nodeId === u.b.branch.id)).toBe(true);
    expect(res.json<Page<Post>>().total).toBe(1);
  });

  it('answers 403 to a nodeId of B', async () => {
    expect((await call(t, u.adminA, 'GET', `/api/posts?nodeId=${u.b.branch.id}`)).statusCode).toBe(403);
  });

  it('answers 400 naming onDate for a date that is not one, and nodeId for a node that does not exist', async () => {
    const badDate = await call(t, u.adminA, 'GET', url('onDate=2023-02-30'));
    expect(badDate.statusCode).toBe(400);
    expect(fieldsOf(badDate)).toEqual(['onDate']);
    const missing = await call(t, u.adminA, 'GET', `/api/posts?nodeId=${missingId}`);
    expect(missing.statusCode).toBe(400);
    expect(fieldsOf(missing)).toEqual(['nodeId']);
  });
});

describe('one 支部书记 at a time, even when two admins save at once', () => {
  it('accepts one of two simultaneous overlapping appointments and refuses the other with 409', async () => {
    const u = await createTwoUnits(t);
    const [first, second] = [await createPerson(t, u.a), await createPerson(t, u.a)];
    const body = { role: 'branch_secretary', nodeId: u.a.branch.id, startDate: '2025-05-01' };
    const results = await Promise.all([
      call(t, u.adminA, 'POST', `/api/people/${first.id}/posts`, body),
      call(t, u.adminA, 'POST', `/api/people/${second.id}/posts`, body),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const held = await t.ctx.db.select().from(posts).where(and(eq(posts.nodeId, u.a.branch.id), eq(posts.role, 'branch_secretary')));
    expect(held).toHaveLength(1);
  });
});

describe("stored compliance of the holder's unit", () => {
  it('is dropped by taking, changing (分管 included), ending and deleting a post, and kept in other units', async () => {
    const u = await createTwoUnits(t);
    const person = await createPerson(t, u.a);
    const stored = async () => [await storedComplianceCount(t, u.a.unit.id), await storedComplianceCount(t, u.b.unit.id)];
    const storeBoth = async () => {
      await storeCompliance(t, u.a.unit.id);
      await storeCompliance(t, u.b.unit.id);
    };

    await storeBoth();
    const created = await call(t, u.adminA, 'POST', `/api/people/${person.id}/posts`, { role: 'leadership_member', nodeId: u.a.unit.id, startDate: '2024-01-01' });
    expect(created.statusCode).toBe(201);
    expect(await stored()).toEqual([0, 1]);
    const post = created.json<Post>();

    await storeBoth();
    expect((await call(t, u.adminA, 'PATCH', `/api/posts/${post.id}`, { supervisedDepartmentIds: [u.a.departments[0].id], version: 1 })).statusCode).toBe(200);
    expect(await stored()).toEqual([0, 1]);

    await storeBoth();
    expect((await call(t, u.adminA, 'PATCH', `/api/posts/${post.id}`, { endDate: '2025-12-31', version: 2 })).statusCode).toBe(200);
    expect(await stored()).toEqual([0, 1]);

    await storeBoth();
    expect((await call(t, u.adminA, 'DELETE', `/api/posts/${post.id}`)).statusCode).toBe(200);
    expect(await stored()).toEqual([0, 1]);
  });
});
