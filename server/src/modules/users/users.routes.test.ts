import crypto from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { roles, userGrants, users } from '../../db/schema/index';
import { type UnitFixture, addPost, createPerson, createUnit, createUser } from '../../../test/factories';
import { auditEntriesOf } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

const t = useTestApp();

interface UserBody {
  id: string;
  username: string;
  displayName: string;
  personId: string | null;
  isActive: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  grants: { id: string; roleCode: string; scopeNodeId: string | null }[];
  version: number;
}

function postLogin(username: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
}

async function roleId(code: string): Promise<string> {
  const [row] = await t.ctx.db.select({ id: roles.id }).from(roles).where(eq(roles.code, code));
  if (!row) throw new Error(`no role ${code}`);
  return row.id;
}

/** Two units in one city and a signed-in unit admin of the first. */
async function twoUnits() {
  const a = await createUnit(t);
  const b = await createUnit(t, a.city);
  const adminA = await createUser(t, [{ role: 'unit_admin', scope: a.unit }]);
  const sessionA = await login(t, adminA.username, adminA.password);
  return { a, b, adminA, sessionA };
}

/** An account linked to a new person of the unit, with no grants of its own. */
async function accountIn(fixture: UnitFixture) {
  const person = await createPerson(t, fixture);
  const user = await createUser(t, [], { personId: person.id });
  return { person, user };
}

async function systemAdmin(): Promise<Session> {
  const admin = await createUser(t, [{ role: 'system_admin', scope: null }]);
  return login(t, admin.username, admin.password);
}

const auditEntries = (action: string, objectId: string) => auditEntriesOf(t, action, objectId);

const MISSING_ID = crypto.randomUUID();

describe('GET /api/users', () => {
  it("shows a unit admin the accounts of their unit's people only", async () => {
    const { a, b, sessionA } = await twoUnits();
    const inA = await accountIn(a);
    const inB = await accountIn(b);
    const res = await call(t, sessionA, 'GET', '/api/users?pageSize=200');
    expect(res.statusCode).toBe(200);
    const page = res.json<{ items: UserBody[]; total: number }>();
    expect(page.items.map((u) => u.id)).toEqual([inA.user.id]);
    expect(page.total).toBe(1);
    expect(page.items.map((u) => u.id)).not.toContain(inB.user.id);
  });

  it('shows a system-wide admin every account, including those without a person, and filters by q', async () => {
    const { a } = await twoUnits();
    const inA = await accountIn(a);
    const loose = await createUser(t, []);
    const session = await systemAdmin();
    const all = (await call(t, session, 'GET', '/api/users?pageSize=200')).json<{ items: UserBody[] }>();
    expect(all.items.map((u) => u.id)).toEqual(expect.arrayContaining([inA.user.id, loose.id]));
    const found = (await call(t, session, 'GET', `/api/users?q=${loose.username}`)).json<{ items: UserBody[] }>();
    expect(found.items.map((u) => u.id)).toEqual([loose.id]);
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'GET', '/api/users')).statusCode).toBe(401);
  });

  it('answers 403 to a user without users.read', async () => {
    const auditor = await createUser(t, [{ role: 'auditor', scope: null }]);
    const session = await login(t, auditor.username, auditor.password);
    const res = await call(t, session, 'GET', '/api/users');
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('answers 400 naming pageSize when it is out of range', async () => {
    const { sessionA } = await twoUnits();
    const res = await call(t, sessionA, 'GET', '/api/users?pageSize=1000');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['pageSize']);
  });
});

describe('GET /api/users/:id', () => {
  it("returns an account of the admin's unit with its grants", async () => {
    const { a, sessionA } = await twoUnits();
    const person = await createPerson(t, a);
    const user = await createUser(t, [{ role: 'leader', scope: a.departments[0] }], { personId: person.id });
    const res = await call(t, sessionA, 'GET', `/api/users/${user.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json<UserBody>();
    expect(body).toMatchObject({ id: user.id, username: user.username, personId: person.id, isActive: true });
    expect(body.grants).toEqual([expect.objectContaining({ roleCode: 'leader', scopeNodeId: a.departments[0].id })]);
    expect(JSON.stringify(body)).not.toContain('argon2');
  });

  it("answers 403 for another unit's account and for an account without a person", async () => {
    const { b, sessionA } = await twoUnits();
    const inB = await accountIn(b);
    const loose = await createUser(t, []);
    const res = await call(t, sessionA, 'GET', `/api/users/${inB.user.id}`);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await call(t, sessionA, 'GET', `/api/users/${loose.id}`)).statusCode).toBe(403);
  });

  it('answers 404 for a missing id and 400 naming id for a malformed one', async () => {
    const { sessionA } = await twoUnits();
    const missing = await call(t, sessionA, 'GET', `/api/users/${MISSING_ID}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const malformed = await call(t, sessionA, 'GET', '/api/users/not-an-id');
    expect(malformed.statusCode).toBe(400);
    expect(fieldsOf(malformed)).toEqual(['id']);
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'GET', `/api/users/${MISSING_ID}`)).statusCode).toBe(401);
  });
});

describe('POST /api/users', () => {
  it('creates an account for a person with a one-time password that must be changed at first login', async () => {
    const { a, sessionA } = await twoUnits();
    const person = await createPerson(t, a, { name: '张三丰' });
    const res = await call(t, sessionA, 'POST', '/api/users', { username: 'Zhang.SanFeng', personId: person.id });
    expect(res.statusCode).toBe(201);
    const body = res.json<{ user: UserBody; oneTimePassword: string }>();
    expect(body.user).toMatchObject({ username: 'zhang.sanfeng', displayName: '张三丰', personId: person.id, mustChangePassword: true, grants: [] });
    expect(body.oneTimePassword).toMatch(/^.{16}$/);
    const [row] = await t.ctx.db.select().from(users).where(eq(users.id, body.user.id));
    expect(row?.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(await auditEntries('user.create', body.user.id)).toEqual([expect.objectContaining({ result: 'success', scopePath: a.departments[0].path })]);

    const session = await login(t, 'zhang.sanfeng', body.oneTimePassword);
    const gated = await call(t, session, 'GET', '/api/people');
    expect(gated.statusCode).toBe(403);
    expect(gated.json()).toMatchObject({ error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
  });

  it('takes a given password when it meets the policy, still to be changed at first login', async () => {
    const { a, sessionA } = await twoUnits();
    const person = await createPerson(t, a);
    const res = await call(t, sessionA, 'POST', '/api/users', { username: `given${person.id.slice(0, 6)}`, personId: person.id, password: 'Chosen#Pass2026' });
    expect(res.statusCode).toBe(201);
    const body = res.json<{ user: UserBody; oneTimePassword: string | null }>();
    expect(body.oneTimePassword).toBeNull();
    expect(body.user.mustChangePassword).toBe(true);
    expect((await postLogin(body.user.username, 'Chosen#Pass2026')).statusCode).toBe(200);
  });

  it.each([['a'], ['has space'], ['名字abc'], ['']])('answers 400 naming username for %j', async (username) => {
    const { a, sessionA } = await twoUnits();
    const person = await createPerson(t, a);
    const res = await call(t, sessionA, 'POST', '/api/users', { username, personId: person.id });
    expect(res.statusCode).toBe(400);
    expect([...new Set(fieldsOf(res))]).toEqual(['username']);
  });

  it.each([['Ab#1'], ['onlylowercase'], [null]])('answers 400 naming password for the weak password %j', async (weak) => {
    const { a, sessionA } = await twoUnits();
    const person = await createPerson(t, a);
    const username = `weak${crypto.randomBytes(3).toString('hex')}`;
    const res = await call(t, sessionA, 'POST', '/api/users', { username, personId: person.id, password: weak ?? `Xy#1${username}` });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['password']);
    expect(await t.ctx.db.select().from(users).where(eq(users.username, username))).toEqual([]);
  });

  it('answers 400 naming personId for a person that does not exist', async () => {
    const { sessionA } = await twoUnits();
    const res = await call(t, sessionA, 'POST', '/api/users', { username: 'ghostperson', personId: MISSING_ID });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['personId']);
  });

  it('answers 403 when linking a person of another unit', async () => {
    const { b, sessionA } = await twoUnits();
    const person = await createPerson(t, b);
    const res = await call(t, sessionA, 'POST', '/api/users', { username: `other${person.id.slice(0, 6)}`, personId: person.id });
    expect(res.statusCode).toBe(403);
    expect(await t.ctx.db.select().from(users).where(eq(users.personId, person.id))).toEqual([]);
  });

  it('answers 409 for a username already taken, whatever its case, and for a person who already has an account', async () => {
    const { a, sessionA } = await twoUnits();
    const existing = await accountIn(a);
    const person = await createPerson(t, a);
    const taken = await call(t, sessionA, 'POST', '/api/users', { username: existing.user.username.toUpperCase(), personId: person.id });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ error: { code: 'CONFLICT', details: [{ field: 'username' }] } });
    const linked = await call(t, sessionA, 'POST', '/api/users', { username: `second${person.id.slice(0, 6)}`, personId: existing.person.id });
    expect(linked.statusCode).toBe(409);
    expect(linked.json()).toMatchObject({ error: { code: 'CONFLICT', details: [{ field: 'personId' }] } });
  });

  it('needs a system-wide users.write for an account without a person', async () => {
    const { sessionA } = await twoUnits();
    const byUnitAdmin = await call(t, sessionA, 'POST', '/api/users', { username: `loose${crypto.randomBytes(3).toString('hex')}`, displayName: '外部账号' });
    expect(byUnitAdmin.statusCode).toBe(403);
    const session = await systemAdmin();
    const bySystemAdmin = await call(t, session, 'POST', '/api/users', { username: `loose${crypto.randomBytes(3).toString('hex')}`, displayName: '外部账号' });
    expect(bySystemAdmin.statusCode).toBe(201);
    expect(bySystemAdmin.json()).toMatchObject({ user: { displayName: '外部账号', personId: null } });
  });

  it("answers 403 when the person's posts reach further than the creator's scope", async () => {
    const a = await createUnit(t);
    // An admin of one 科室 only; the person is that 科室's member and the unit's 一把手.
    const deptAdmin = await createUser(t, [{ role: 'unit_admin', scope: a.departments[0] }]);
    const session = await login(t, deptAdmin.username, deptAdmin.password);
    const person = await createPerson(t, a);
    await addPost(t, person.id, a.unit.id, 'top_leader');
    const res = await call(t, session, 'POST', '/api/users', { username: `leader${person.id.slice(0, 6)}`, personId: person.id });
    expect(res.statusCode).toBe(403);
    expect(await t.ctx.db.select().from(users).where(eq(users.personId, person.id))).toEqual([]);
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'POST', '/api/users', { username: 'anonymous1' })).statusCode).toBe(401);
  });
});

describe('PATCH /api/users/:id', () => {
  it('deactivates an account: its sessions end and it cannot sign in; reactivating lets it in again', async () => {
    const { a, sessionA } = await twoUnits();
    const target = await accountIn(a);
    const targetSession = await login(t, target.user.username, target.user.password);
    const res = await call(t, sessionA, 'PATCH', `/api/users/${target.user.id}`, { isActive: false, version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ isActive: false, version: 2 });
    expect((await call(t, targetSession, 'GET', '/api/me')).statusCode).toBe(401);
    expect((await postLogin(target.user.username, target.user.password)).statusCode).toBe(401);
    expect(await auditEntries('user.update', target.user.id)).toHaveLength(1);

    const back = await call(t, sessionA, 'PATCH', `/api/users/${target.user.id}`, { isActive: true, displayName: '新名字', version: 2 });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ isActive: true, displayName: '新名字', version: 3 });
    expect((await postLogin(target.user.username, target.user.password)).statusCode).toBe(200);
  });

  it('answers 409 VERSION_CONFLICT for a stale version', async () => {
    const { a, sessionA } = await twoUnits();
    const target = await accountIn(a);
    expect((await call(t, sessionA, 'PATCH', `/api/users/${target.user.id}`, { displayName: '甲', version: 1 })).statusCode).toBe(200);
    const stale = await call(t, sessionA, 'PATCH', `/api/users/${target.user.id}`, { displayName: '乙', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
  });

  it('answers 400 naming isActive to an admin deactivating themselves', async () => {
    const a = await createUnit(t);
    const person = await createPerson(t, a);
    const admin = await createUser(t, [{ role: 'unit_admin', scope: a.unit }], { personId: person.id });
    const session = await login(t, admin.username, admin.password);
    const res = await call(t, session, 'PATCH', `/api/users/${admin.id}`, { isActive: false, version: 1 });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['isActive']);
    expect((await call(t, session, 'GET', '/api/me')).statusCode).toBe(200);
  });

  it('answers 400 naming version when it is missing', async () => {
    const { a, sessionA } = await twoUnits();
    const target = await accountIn(a);
    const res = await call(t, sessionA, 'PATCH', `/api/users/${target.user.id}`, { isActive: false });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['version']);
  });

  it("answers 403 for another unit's account, 404 for a missing one, 401 without a session", async () => {
    const { b, sessionA } = await twoUnits();
    const inB = await accountIn(b);
    expect((await call(t, sessionA, 'PATCH', `/api/users/${inB.user.id}`, { isActive: false, version: 1 })).statusCode).toBe(403);
    expect((await postLogin(inB.user.username, inB.user.password)).statusCode).toBe(200);
    expect((await call(t, sessionA, 'PATCH', `/api/users/${MISSING_ID}`, { isActive: false, version: 1 })).statusCode).toBe(404);
    expect((await call(t, null, 'PATCH', `/api/users/${inB.user.id}`, { isActive: false, version: 1 })).statusCode).toBe(401);
  });

  it("answers 403 to a unit admin deactivating an account more powerful than they are, though its person is in their unit", async () => {
    const { a, sessionA } = await twoUnits();
    const person = await createPerson(t, a);
    const boss = await createUser(t, [{ role: 'system_admin', scope: null }], { personId: person.id });
    const res = await call(t, sessionA, 'PATCH', `/api/users/${boss.id}`, { isActive: false, version: 1 });
    expect(res.statusCode).toBe(403);
    expect((await postLogin(boss.username, boss.password)).statusCode).toBe(200);
  });
});

describe('POST /api/users/:id/reset-password', () => {
  it('issues a one-time password: the old one stops working, sessions end, the new one must be changed', async () => {
    const { a, sessionA } = await twoUnits();
    const target = await accountIn(a);
    const targetSession = await login(t, target.user.username, target.user.password);
    const res = await call(t, sessionA, 'POST', `/api/users/${target.user.id}/reset-password`);
    expect(res.statusCode).toBe(200);
    const { oneTimePassword } = res.json<{ oneTimePassword: string }>();
    expect(oneTimePassword).toMatch(/^.{16}$/);
    expect((await call(t, targetSession, 'GET', '/api/me')).statusCode).toBe(401);
    expect((await postLogin(target.user.username, target.user.password)).statusCode).toBe(401);
    const session = await login(t, target.user.username, oneTimePassword);
    expect((await call(t, session, 'GET', '/api/me')).json()).toMatchObject({ mustChangePassword: true });
    expect(await auditEntries('auth.password_reset', target.user.id)).toHaveLength(1);
  });

  it("answers 403 for another unit's account and leaves its password alone", async () => {
    const { b, sessionA } = await twoUnits();
    const inB = await accountIn(b);
    expect((await call(t, sessionA, 'POST', `/api/users/${inB.user.id}/reset-password`)).statusCode).toBe(403);
    expect((await postLogin(inB.user.username, inB.user.password)).statusCode).toBe(200);
  });

  it("answers 403 to a unit admin resetting a system admin's password, so they cannot take over the account", async () => {
    const { a, sessionA } = await twoUnits();
    const person = await createPerson(t, a);
    const boss = await createUser(t, [{ role: 'system_admin', scope: null }], { personId: person.id });
    const res = await call(t, sessionA, 'POST', `/api/users/${boss.id}/reset-password`);
    expect(res.statusCode).toBe(403);
    expect((await postLogin(boss.username, boss.password)).statusCode).toBe(200);
  });

  it('answers 404 for a missing account and 401 without a session', async () => {
    const { sessionA } = await twoUnits();
    expect((await call(t, sessionA, 'POST', `/api/users/${MISSING_ID}/reset-password`)).statusCode).toBe(404);
    expect((await call(t, null, 'POST', `/api/users/${MISSING_ID}/reset-password`)).statusCode).toBe(401);
  });
});

describe('POST /api/users/:id/unlock', () => {
  it('lets a locked account sign in again at once', async () => {
    const { a, sessionA } = await twoUnits();
    const target = await accountIn(a);
    for (let i = 0; i < 5; i++) await postLogin(target.user.username, `Wrong#Pass${i}`);
    expect((await postLogin(target.user.username, target.user.password)).statusCode).toBe(423);
    const before = (await call(t, sessionA, 'GET', `/api/users/${target.user.id}`)).json<UserBody>();
    expect(before.lockedUntil).not.toBeNull();
    const res = await call(t, sessionA, 'POST', `/api/users/${target.user.id}/unlock`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: target.user.id, lockedUntil: null });
    expect((await postLogin(target.user.username, target.user.password)).statusCode).toBe(200);
    expect(await auditEntries('user.unlock', target.user.id)).toHaveLength(1);
  });

  it("answers 403 for another unit's account, 404 for a missing one, 401 without a session", async () => {
    const { b, sessionA } = await twoUnits();
    const inB = await accountIn(b);
    for (let i = 0; i < 5; i++) await postLogin(inB.user.username, `Wrong#Pass${i}`);
    expect((await call(t, sessionA, 'POST', `/api/users/${inB.user.id}/unlock`)).statusCode).toBe(403);
    expect((await postLogin(inB.user.username, inB.user.password)).statusCode).toBe(423);
    expect((await call(t, sessionA, 'POST', `/api/users/${MISSING_ID}/unlock`)).statusCode).toBe(404);
    expect((await call(t, null, 'POST', `/api/users/${inB.user.id}/unlock`)).statusCode).toBe(401);
  });
});

describe('POST /api/users/:id/grants and DELETE /api/users/:id/grants/:grantId', () => {
  it('grants a scope that takes effect at once, audited; revoking takes it away again', async () => {
    const { a, b, sessionA } = await twoUnits();
    const grantee = await accountIn(a);
    const personA = await createPerson(t, a, { department: a.departments[1] });
    const personB = await createPerson(t, b);
    const granteeSession = await login(t, grantee.user.username, grantee.user.password);
    expect((await call(t, granteeSession, 'GET', '/api/people')).statusCode).toBe(403);

    const res = await call(t, sessionA, 'POST', `/api/users/${grantee.user.id}/grants`, { roleId: await roleId('leader'), scopeNodeId: a.unit.id });
    expect(res.statusCode).toBe(201);
    const body = res.json<UserBody>();
    expect(body.grants).toEqual([expect.objectContaining({ roleCode: 'leader', scopeNodeId: a.unit.id })]);
    const created = await auditEntries('grant.create', grantee.user.id);
    expect(created).toEqual([expect.objectContaining({ result: 'success', scopePath: a.unit.path, details: expect.objectContaining({ role: 'leader', scopeNodeId: a.unit.id }) })]);

    // The grantee's open session sees the new scope on its next request: A's people, not B's.
    const list = await call(t, granteeSession, 'GET', '/api/people?pageSize=200');
    expect(list.statusCode).toBe(200);
    const ids = list.json<{ items: { id: string }[] }>().items.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining([personA.id, grantee.person.id]));
    expect(ids).not.toContain(personB.id);
    expect((await call(t, granteeSession, 'GET', `/api/people/${personA.id}`)).statusCode).toBe(200);
    expect((await call(t, granteeSession, 'GET', `/api/people/${personB.id}`)).statusCode).toBe(403);

    const grantId = body.grants[0]?.id ?? '';
    const revoked = await call(t, sessionA, 'DELETE', `/api/users/${grantee.user.id}/grants/${grantId}`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json<UserBody>().grants).toEqual([]);
    expect(await auditEntries('grant.delete', grantee.user.id)).toHaveLength(1);
    expect((await call(t, granteeSession, 'GET', `/api/people/${personA.id}`)).statusCode).toBe(403);
  });

  it('answers 403 to a unit admin granting system_admin over their own unit: nobody hands out more than they hold', async () => {
    const { a, sessionA } = await twoUnits();
    const grantee = await accountIn(a);
    const res = await call(t, sessionA, 'POST', `/api/users/${grantee.user.id}/grants`, { roleId: await roleId('system_admin'), scopeNodeId: a.unit.id });
    expect(res.statusCode).toBe(403);
    expect(await t.ctx.db.select().from(userGrants).where(eq(userGrants.userId, grantee.user.id))).toEqual([]);
    expect(await auditEntries('grant.create', grantee.user.id)).toEqual([]);
  });

  it('answers 403 to a unit admin granting over another unit or system-wide', async () => {
    const { a, b, sessionA } = await twoUnits();
    const grantee = await accountIn(a);
    const leader = await roleId('leader');
    expect((await call(t, sessionA, 'POST', `/api/users/${grantee.user.id}/grants`, { roleId: leader, scopeNodeId: b.unit.id })).statusCode).toBe(403);
    expect((await call(t, sessionA, 'POST', `/api/users/${grantee.user.id}/grants`, { roleId: leader, scopeNodeId: null })).statusCode).toBe(403);
    expect(await t.ctx.db.select().from(userGrants).where(eq(userGrants.userId, grantee.user.id))).toEqual([]);
  });

  it("answers 403 when the account is another unit's", async () => {
    const { b, sessionA } = await twoUnits();
    const inB = await accountIn(b);
    const res = await call(t, sessionA, 'POST', `/api/users/${inB.user.id}/grants`, { roleId: await roleId('leader'), scopeNodeId: b.unit.id });
    expect(res.statusCode).toBe(403);
  });

  it('answers 400 naming scopeNodeId for a node that does not exist, and roleId for a missing role', async () => {
    const { a, sessionA } = await twoUnits();
    const grantee = await accountIn(a);
    const noNode = await call(t, sessionA, 'POST', `/api/users/${grantee.user.id}/grants`, { roleId: await roleId('leader'), scopeNodeId: MISSING_ID });
    expect(noNode.statusCode).toBe(400);
    expect(fieldsOf(noNode)).toEqual(['scopeNodeId']);
    const noRole = await call(t, sessionA, 'POST', `/api/users/${grantee.user.id}/grants`, { roleId: MISSING_ID, scopeNodeId: a.unit.id });
    expect(noRole.statusCode).toBe(400);
    expect(fieldsOf(noRole)).toEqual(['roleId']);
    const malformed = await call(t, sessionA, 'POST', `/api/users/${grantee.user.id}/grants`, { roleId: 'leader', scopeNodeId: a.unit.id });
    expect(malformed.statusCode).toBe(400);
    expect(fieldsOf(malformed)).toEqual(['roleId']);
  });

  it('answers 409 for the same grant twice', async () => {
    const { a, sessionA } = await twoUnits();
    const grantee = await accountIn(a);
    const payload = { roleId: await roleId('leader'), scopeNodeId: a.departments[0].id };
    expect((await call(t, sessionA, 'POST', `/api/users/${grantee.user.id}/grants`, payload)).statusCode).toBe(201);
    expect((await call(t, sessionA, 'POST', `/api/users/${grantee.user.id}/grants`, payload)).statusCode).toBe(409);
  });

  it('answers 404 for a missing account or grant, 401 without a session', async () => {
    const { a, sessionA } = await twoUnits();
    const grantee = await accountIn(a);
    const leader = await roleId('leader');
    expect((await call(t, sessionA, 'POST', `/api/users/${MISSING_ID}/grants`, { roleId: leader, scopeNodeId: a.unit.id })).statusCode).toBe(404);
    expect((await call(t, sessionA, 'DELETE', `/api/users/${grantee.user.id}/grants/${MISSING_ID}`)).statusCode).toBe(404);
    expect((await call(t, null, 'POST', `/api/users/${grantee.user.id}/grants`, { roleId: leader, scopeNodeId: a.unit.id })).statusCode).toBe(401);
    expect((await call(t, null, 'DELETE', `/api/users/${grantee.user.id}/grants/${MISSING_ID}`)).statusCode).toBe(401);
  });

  it('answers 403 to a unit admin revoking a grant over another unit, and keeps the grant', async () => {
    const { a, b, sessionA } = await twoUnits();
    const person = await createPerson(t, a);
    const grantee = await createUser(t, [{ role: 'leader', scope: b.unit }], { personId: person.id });
    const [grant] = await t.ctx.db.select().from(userGrants).where(eq(userGrants.userId, grantee.id));
    const res = await call(t, sessionA, 'DELETE', `/api/users/${grantee.id}/grants/${grant?.id ?? ''}`);
    expect(res.statusCode).toBe(403);
    expect(await t.ctx.db.select().from(userGrants).where(eq(userGrants.userId, grantee.id))).toHaveLength(1);
  });

  it('answers 409 to revoking the last system-wide system_admin grant', async () => {
    const admin = await createUser(t, [{ role: 'system_admin', scope: null }]);
    const session = await login(t, admin.username, admin.password);
    const systemAdminRole = await roleId('system_admin');
    const others = await t.ctx.db
      .select({ userId: userGrants.userId })
      .from(userGrants)
      .innerJoin(users, eq(users.id, userGrants.userId))
      .where(and(eq(userGrants.roleId, systemAdminRole), isNull(userGrants.scopeNodeId), eq(users.isActive, true)));
    const otherIds = others.map((o) => o.userId).filter((id) => id !== admin.id);
    // Make this admin the only active one for the duration of the test.
    if (otherIds.length > 0) await t.ctx.db.update(users).set({ isActive: false }).where(inArray(users.id, otherIds));
    try {
      const [grant] = await t.ctx.db.select().from(userGrants).where(eq(userGrants.userId, admin.id));
      const res = await call(t, session, 'DELETE', `/api/users/${admin.id}/grants/${grant?.id ?? ''}`);
      expect(res.statusCode).toBe(409);
      expect(await t.ctx.db.select().from(userGrants).where(eq(userGrants.userId, admin.id))).toHaveLength(1);
    } finally {
      if (otherIds.length > 0) await t.ctx.db.update(users).set({ isActive: true }).where(inArray(users.id, otherIds));
    }
    // With a second system admin it can go.
    const second = await createUser(t, [{ role: 'system_admin', scope: null }]);
    const [grant] = await t.ctx.db.select().from(userGrants).where(eq(userGrants.userId, second.id));
    expect((await call(t, session, 'DELETE', `/api/users/${second.id}/grants/${grant?.id ?? ''}`)).statusCode).toBe(200);
  });
});

describe('managing one\'s own account', () => {
  it('refuses resetting or unlocking oneself: a stolen session must not take the account over', async () => {
    const admin = await createUser(t, [{ role: 'system_admin', scope: null }]);
    const session = await login(t, admin.username, admin.password);
    const reset = await call(t, session, 'POST', `/api/users/${admin.id}/reset-password`);
    expect(reset.statusCode).toBe(403);
    const unlock = await call(t, session, 'POST', `/api/users/${admin.id}/unlock`);
    expect(unlock.statusCode).toBe(403);
    expect((await login(t, admin.username, admin.password)).csrfToken).toBeTruthy();
  });
});
