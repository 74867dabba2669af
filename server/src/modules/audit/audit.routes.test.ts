import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, roles, userGrants, users } from '../../db/schema/index';
import { type UnitFixture, createPerson, createUnit, createUser, makeIdCard } from '../../../test/factories';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

const t = useTestApp();

interface EntryBody {
  id: string;
  at: string;
  userId: string | null;
  username: string | null;
  ip: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  objectLabel: string | null;
  result: string;
  details: Record<string, unknown> | null;
}

function postLogin(username: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
}

async function entries(session: Session, query = ''): Promise<EntryBody[]> {
  const res = await call(t, session, 'GET', `/api/audit?pageSize=200${query}`);
  if (res.statusCode !== 200) throw new Error(`audit: ${res.statusCode} ${res.body}`);
  return res.json<{ items: EntryBody[] }>().items;
}

async function createPersonVia(session: Session, fixture: UnitFixture): Promise<string> {
  const res = await call(t, session, 'POST', '/api/people', { name: '审计对象', idCardNo: makeIdCard(), departmentId: fixture.departments[0].id, politicalStatus: 'masses' });
  if (res.statusCode !== 201) throw new Error(`create person: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** A global auditor, the sign-in history of one user, and person records made in units A and B. */
const world = {} as {
  a: UnitFixture;
  b: UnitFixture;
  auditor: Session;
  adminA: Session;
  subject: { id: string; username: string; password: string };
  personA: string;
  personB: string;
};

beforeAll(async () => {
  const a = await createUnit(t);
  const b = await createUnit(t, a.city);
  const auditorUser = await createUser(t, [{ role: 'auditor', scope: null }]);
  const adminAUser = await createUser(t, [{ role: 'unit_admin', scope: a.unit }]);
  const adminBUser = await createUser(t, [{ role: 'unit_admin', scope: b.unit }]);
  const subject = await createUser(t, []);
  const subjectSession = await login(t, subject.username, subject.password);
  await call(t, subjectSession, 'POST', '/api/auth/logout');
  for (let i = 0; i < 5; i++) await postLogin(subject.username, `Wrong#Pass${i}`);
  const adminA = await login(t, adminAUser.username, adminAUser.password);
  const adminB = await login(t, adminBUser.username, adminBUser.password);
  const personA = await createPersonVia(adminA, a);
  const personB = await createPersonVia(adminB, b);
  const auditor = await login(t, auditorUser.username, auditorUser.password);
  Object.assign(world, { a, b, auditor, adminA, subject, personA, personB });
});

describe('GET /api/audit', () => {
  it('shows a system-wide auditor sign-ins, sign-outs, failures and the lockout: who, when, from where, what, on what, how it went', async () => {
    const list = await entries(world.auditor, `&username=${world.subject.username}`);
    const summary = list.map((e) => [e.action, e.result]);
    expect(summary.filter(([a, r]) => a === 'auth.login' && r === 'success')).toHaveLength(1);
    expect(summary.filter(([a]) => a === 'auth.logout')).toHaveLength(1);
    expect(summary.filter(([a, r]) => a === 'auth.login' && r === 'failure')).toHaveLength(5);
    expect(summary.filter(([a]) => a === 'auth.lockout')).toHaveLength(1);
    for (const e of list) {
      expect(e.username).toBe(world.subject.username);
      expect(e.userId).toBe(world.subject.id);
      expect(e.ip).toBeTruthy();
      expect(Number.isNaN(Date.parse(e.at))).toBe(false);
    }
    // Newest first: the lockout came after the failures, the failures after the logout.
    expect(list[0]?.action).toBe('auth.lockout');
    expect(list.at(-1)?.action).toBe('auth.login');
  });

  it('names the object of a change', async () => {
    const list = await entries(world.auditor, '&action=person.create');
    expect(list).toContainEqual(expect.objectContaining({ action: 'person.create', objectType: 'person', objectId: world.personA, objectLabel: '审计对象', result: 'success' }));
  });

  it('shows an auditor scoped to unit A only what happened in A: not B, not sign-ins', async () => {
    const [role] = await t.ctx.db.insert(roles).values({ code: `audit_a_${crypto.randomBytes(3).toString('hex')}`, name: '单位审计', permissions: ['audit.read'] }).returning();
    const scoped = await createUser(t, []);
    await t.ctx.db.insert(userGrants).values({ userId: scoped.id, roleId: role?.id ?? '', scopeNodeId: world.a.unit.id });
    const session = await login(t, scoped.username, scoped.password);
    const list = await entries(session);
    expect(list.map((e) => e.objectId)).toContain(world.personA);
    expect(list.map((e) => e.objectId)).not.toContain(world.personB);
    expect(list.filter((e) => e.action.startsWith('auth.'))).toEqual([]);
    expect(await entries(session, '&action=auth.login')).toEqual([]);
  });

  it('answers 403 to a unit admin, who has no audit.read', async () => {
    const res = await call(t, world.adminA, 'GET', '/api/audit');
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'GET', '/api/audit')).statusCode).toBe(401);
  });

  it('filters by action, result and username', async () => {
    const failures = await entries(world.auditor, `&action=auth.login&result=failure&username=${world.subject.username}`);
    expect(failures).toHaveLength(5);
    expect(failures.every((e) => e.action === 'auth.login' && e.result === 'failure')).toBe(true);
    const partOfName = world.subject.username.slice(0, -3).toUpperCase();
    const byName = await entries(world.auditor, `&username=${partOfName}`);
    expect(byName.map((e) => e.username)).toContain(world.subject.username);
    expect(await entries(world.auditor, '&username=nobody_by_that_name')).toEqual([]);
  });

  it('treats % and _ in the username filter as plain characters', async () => {
    const list = await entries(world.auditor, `&username=${encodeURIComponent('%')}`);
    expect(list).toEqual([]);
  });

  it('filters by from and to dates, whole days in Shanghai time, both inclusive', async () => {
    const who = `datecheck_${crypto.randomBytes(3).toString('hex')}`;
    // 23:30 on 1 March and 00:10 on 2 March in Shanghai are both 1 March in UTC: the days must be Shanghai's.
    await t.ctx.db.insert(auditLog).values([
      { at: new Date('2026-03-01T23:30:00+08:00'), username: who, action: 'test.event', result: 'success', objectId: 'late-first' },
      { at: new Date('2026-03-02T00:10:00+08:00'), username: who, action: 'test.event', result: 'success', objectId: 'early-second' },
      { at: new Date('2026-03-03T23:59:00+08:00'), username: who, action: 'test.event', result: 'success', objectId: 'late-third' },
    ]);
    const ids = async (query: string) => (await entries(world.auditor, `&username=${who}${query}`)).map((e) => e.objectId).sort();
    expect(await ids('')).toEqual(['early-second', 'late-first', 'late-third']);
    expect(await ids('&from=2026-03-02')).toEqual(['early-second', 'late-third']);
    expect(await ids('&to=2026-03-01')).toEqual(['late-first']);
    expect(await ids('&from=2026-03-02&to=2026-03-02')).toEqual(['early-second']);
    expect(await ids('&from=2026-03-03&to=2026-03-03')).toEqual(['late-third']);
    expect(await ids('&from=2026-03-04')).toEqual([]);
  });

  it.each([
    ['from', '&from=2026-13-01'],
    ['from', '&from=yesterday'],
    ['to', '&to=2026-02-30'],
    ['result', '&result=maybe'],
  ])('answers 400 naming %s for a bad value', async (field, query) => {
    const res = await call(t, world.auditor, 'GET', `/api/audit?${query.slice(1)}`);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  });

  it('pages', async () => {
    const res = await call(t, world.auditor, 'GET', `/api/audit?pageSize=2&page=2&username=${world.subject.username}`);
    expect(res.statusCode).toBe(200);
    const page = res.json<{ items: EntryBody[]; total: number; page: number; pageSize: number }>();
    expect(page).toMatchObject({ total: 8, page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(2);
  });
});

describe('the audit trail is append-only', () => {
  it.each([
    ['UPDATE', sql`update audit_log set result = 'success', username = 'someone_else'`],
    ['DELETE', sql`delete from audit_log`],
    ['TRUNCATE', sql`truncate audit_log`],
  ])('the database refuses %s', async (_label, statement) => {
    const before = await t.ctx.db.select().from(auditLog).orderBy(auditLog.id);
    expect(before.length).toBeGreaterThan(0);
    await expect(t.ctx.db.execute(statement)).rejects.toMatchObject({ cause: { message: expect.stringContaining('append-only') } });
    const after = await t.ctx.db.select().from(auditLog).orderBy(auditLog.id);
    expect(after).toEqual(before);
  });

  it('keeps the entries of a user even after the user is gone', async () => {
    const gone = await createUser(t, []);
    await login(t, gone.username, gone.password);
    await t.ctx.db.delete(users).where(eq(users.id, gone.id));
    const list = await entries(world.auditor, `&username=${gone.username}`);
    expect(list).toEqual([expect.objectContaining({ action: 'auth.login', userId: gone.id })]);
  });
});

describe('refused requests', () => {
  it('leaves a trace: a unit admin probing another unit is recorded as denied, with route and IP', async () => {
    const a = await createUnit(t);
    const b = await createUnit(t, a.city);
    const person = await createPerson(t, b);
    const prober = await createUser(t, [{ role: 'unit_admin', scope: a.unit }]);
    const session = await login(t, prober.username, prober.password);
    expect((await call(t, session, 'GET', `/api/people/${person.id}`)).statusCode).toBe(403);
    const entries = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'access.denied'), eq(auditLog.userId, prober.id)));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ result: 'denied', objectLabel: 'GET /api/people/:id', username: prober.username });
    expect(entries[0]!.ip).toBeTruthy();
  });
});
