import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, sessions, users } from '../../db/schema/index';
import { TEST_PASSWORD, addPost, createPerson, createUnit, createUser } from '../../../test/factories';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function postLogin(username: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
}

async function auditOf(username: string) {
  return t.ctx.db.select().from(auditLog).where(eq(auditLog.username, username)).orderBy(auditLog.id);
}

/** An account whose one-time password is still pending, as after creation or a reset. */
async function createPendingUser() {
  const fixture = await createUnit(t);
  const user = await createUser(t, [{ role: 'unit_admin', scope: fixture.unit }]);
  await t.ctx.db.update(users).set({ mustChangePassword: true }).where(eq(users.id, user.id));
  return user;
}

describe('POST /api/auth/login', () => {
  it('opens a session: an httpOnly SameSite=Strict cookie and a CSRF token in the body', async () => {
    const user = await createUser(t, []);
    const res = await postLogin(user.username, user.password);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'mofan_sid');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.value.length).toBeGreaterThan(30);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const body = res.json<{ id: string; username: string; csrfToken: string; mustChangePassword: boolean }>();
    expect(body).toMatchObject({ id: user.id, username: user.username, mustChangePassword: false });
    expect(body.csrfToken.length).toBeGreaterThan(20);
    // The table keeps only a hash of the token: the cookie's value is not a stored id.
    const stored = await t.ctx.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id).not.toBe(cookie?.value);
    const entries = await auditOf(user.username);
    expect(entries.map((e) => [e.action, e.result])).toEqual([['auth.login', 'success']]);
    expect(entries[0]?.ip).toBeTruthy();
  });

  it('takes the username in any case and with spaces around it', async () => {
    const user = await createUser(t, []);
    const res = await postLogin(`  ${user.username.toUpperCase()} `, user.password);
    expect(res.statusCode).toBe(200);
  });

  it('answers 401 UNAUTHENTICATED to a wrong password and to an unknown user with the same message', async () => {
    const user = await createUser(t, []);
    const wrong = await postLogin(user.username, 'Wrong#Pass2026');
    expect(wrong.statusCode).toBe(401);
    const unknown = await postLogin('nobody_here', 'Wrong#Pass2026');
    expect(unknown.statusCode).toBe(401);
    const a = wrong.json<{ error: { code: string; message: string } }>().error;
    const b = unknown.json<{ error: { code: string; message: string } }>().error;
    expect(a.code).toBe('UNAUTHENTICATED');
    expect(b.code).toBe('UNAUTHENTICATED');
    expect(a.message).toBe(b.message);
    expect(wrong.cookies.find((c) => c.name === 'mofan_sid')).toBeUndefined();
    const failures = await auditOf('nobody_here');
    expect(failures.map((e) => [e.action, e.result, e.details?.reason])).toEqual([['auth.login', 'failure', 'unknown_user']]);
  });

  it('answers 401 to a deactivated account even with the right password', async () => {
    const user = await createUser(t, []);
    await t.ctx.db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    const res = await postLogin(user.username, user.password);
    expect(res.statusCode).toBe(401);
  });

  it('answers 400 naming username (or password) when it is missing', async () => {
    const noName = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { password: 'x' } });
    expect(noName.statusCode).toBe(400);
    expect(noName.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect(fieldsOf(noName)).toEqual(['username']);
    const noPassword = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'someone', password: '' } });
    expect(noPassword.statusCode).toBe(400);
    expect(fieldsOf(noPassword)).toEqual(['password']);
  });

  it('locks the account after 5 wrong passwords: the 6th try gets 423 even when right; 15 minutes later it works', async () => {
    const user = await createUser(t, []);
    for (let i = 0; i < 5; i++) {
      const res = await postLogin(user.username, `Wrong#Pass${i}`);
      expect(res.statusCode).toBe(401);
    }
    const locked = await postLogin(user.username, user.password);
    expect(locked.statusCode).toBe(423);
    expect(locked.json()).toMatchObject({ error: { code: 'ACCOUNT_LOCKED' } });
    expect(locked.cookies.find((c) => c.name === 'mofan_sid')).toBeUndefined();

    const entries = await auditOf(user.username);
    const wrongPasswords = entries.filter((e) => e.action === 'auth.login' && e.result === 'failure' && e.details?.reason === 'wrong_password');
    expect(wrongPasswords).toHaveLength(5);
    expect(entries.filter((e) => e.action === 'auth.lockout')).toHaveLength(1);
    expect(entries.filter((e) => e.action === 'auth.login' && e.details?.reason === 'locked')).toHaveLength(1);

    t.clock.advance(14 * MINUTE);
    expect((await postLogin(user.username, user.password)).statusCode).toBe(423);
    t.clock.advance(2 * MINUTE);
    const again = await postLogin(user.username, user.password);
    expect(again.statusCode).toBe(200);
    // A successful login clears the count: four more mistakes do not lock again.
    for (let i = 0; i < 4; i++) expect((await postLogin(user.username, 'Wrong#Again1')).statusCode).toBe(401);
    expect((await postLogin(user.username, user.password)).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('end after 15 idle minutes', async () => {
    const user = await createUser(t, []);
    const session = await login(t, user.username, user.password);
    t.clock.advance(14 * MINUTE);
    expect((await call(t, session, 'GET', '/api/me')).statusCode).toBe(200);
    t.clock.advance(16 * MINUTE);
    const res = await call(t, session, 'GET', '/api/me');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    // The session is gone for good, not just refused once.
    t.clock.advance(-15 * MINUTE);
    expect((await call(t, session, 'GET', '/api/me')).statusCode).toBe(401);
    t.clock.advance(15 * MINUTE);
  });

  it('stay alive while there is activity within 15 minutes', async () => {
    const user = await createUser(t, []);
    const session = await login(t, user.username, user.password);
    for (let i = 0; i < 6; i++) {
      t.clock.advance(10 * MINUTE);
      expect((await call(t, session, 'GET', '/api/me')).statusCode).toBe(200);
    }
  });

  it('end after 12 hours even with steady activity', async () => {
    const user = await createUser(t, []);
    const session = await login(t, user.username, user.password);
    let elapsed = 0;
    while (elapsed + 14 * MINUTE < 12 * HOUR) {
      t.clock.advance(14 * MINUTE);
      elapsed += 14 * MINUTE;
      expect((await call(t, session, 'GET', '/api/me')).statusCode).toBe(200);
    }
    t.clock.advance(14 * MINUTE);
    expect((await call(t, session, 'GET', '/api/me')).statusCode).toBe(401);
  });

  it('end when the account is deactivated', async () => {
    const user = await createUser(t, []);
    const session = await login(t, user.username, user.password);
    await t.ctx.db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    expect((await call(t, session, 'GET', '/api/me')).statusCode).toBe(401);
  });

  it('refuse a forged cookie', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: 'mofan_sid=forged-token-value' } });
    expect(res.statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a write with the cookie but without or with a wrong x-csrf-token (403 CSRF_FAILED)', async () => {
    const user = await createUser(t, []);
    const session = await login(t, user.username, user.password);
    const without = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: session.cookie } });
    expect(without.statusCode).toBe(403);
    expect(without.json()).toMatchObject({ error: { code: 'CSRF_FAILED' } });
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: session.cookie, 'x-csrf-token': 'not-the-token' } });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ error: { code: 'CSRF_FAILED' } });
    // Another session's token does not do either.
    const other = await login(t, user.username, user.password);
    const crossed = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: session.cookie, 'x-csrf-token': other.csrfToken } });
    expect(crossed.statusCode).toBe(403);
    // The session survived all three: none of them logged it out.
    expect((await call(t, session, 'GET', '/api/me')).statusCode).toBe(200);
  });

  it('is not needed for reads', async () => {
    const user = await createUser(t, []);
    const session = await login(t, user.username, user.password);
    const res = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } });
    expect(res.statusCode).toBe(200);
  });
});

describe('GET /api/me', () => {
  it('tells who is signed in, their permissions and their grants with scope', async () => {
    const fixture = await createUnit(t);
    const user = await createUser(t, [
      { role: 'unit_admin', scope: fixture.unit },
      { role: 'auditor', scope: null },
    ]);
    const session = await login(t, user.username, user.password);
    const res = await call(t, session, 'GET', '/api/me');
    expect(res.statusCode).toBe(200);
    const me = res.json<{ id: string; permissions: string[]; grants: { roleCode: string; scopeNodeId: string | null; scopeNodeName: string | null; source: string }[]; csrfToken: string }>();
    expect(me.id).toBe(user.id);
    expect(me.csrfToken).toBe(session.csrfToken);
    expect(me.permissions).toEqual(expect.arrayContaining(['users.write', 'people.read', 'audit.read']));
    expect(me.permissions).not.toContain('roles.write');
    expect(me.grants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ roleCode: 'unit_admin', scopeNodeId: fixture.unit.id, scopeNodeName: fixture.unit.name, source: 'grant' }),
        expect.objectContaining({ roleCode: 'auditor', scopeNodeId: null, source: 'grant' }),
      ]),
    );
  });

  it('lists the grants a post confers', async () => {
    const fixture = await createUnit(t);
    const person = await createPerson(t, fixture);
    await addPost(t, person.id, fixture.branch.id, 'branch_secretary');
    const user = await createUser(t, [], { personId: person.id });
    const session = await login(t, user.username, user.password);
    const me = (await call(t, session, 'GET', '/api/me')).json<{ grants: { roleCode: string; scopeNodeId: string; source: string }[] }>();
    expect(me.grants).toEqual([expect.objectContaining({ roleCode: 'branch_secretary', scopeNodeId: fixture.branch.id, source: 'post' })]);
  });

  it('answers 401 without a session', async () => {
    const res = await call(t, null, 'GET', '/api/me');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('POST /api/auth/logout', () => {
  it('ends the session: the old cookie gets 401, and the logout is audited', async () => {
    const user = await createUser(t, []);
    const session = await login(t, user.username, user.password);
    const other = await login(t, user.username, user.password);
    const res = await call(t, session, 'POST', '/api/auth/logout');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    const cleared = res.cookies.find((c) => c.name === 'mofan_sid');
    expect(cleared?.value).toBe('');
    expect((await call(t, session, 'GET', '/api/me')).statusCode).toBe(401);
    // Only this session ended: the same user on another device stays signed in.
    expect((await call(t, other, 'GET', '/api/me')).statusCode).toBe(200);
    const entries = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.userId, user.id), eq(auditLog.action, 'auth.logout')));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ username: user.username, result: 'success' });
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'POST', '/api/auth/logout')).statusCode).toBe(401);
  });
});

describe('POST /api/auth/change-password', () => {
  const NEW_PASSWORD = 'Fresh#Pass2027';

  it('is required first: a pending one-time password blocks everything but me, change-password and logout', async () => {
    const user = await createPendingUser();
    const session = await login(t, user.username, user.password);
    const blocked = await call(t, session, 'GET', '/api/people');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    expect((await call(t, session, 'GET', '/api/users')).statusCode).toBe(403);
    const me = await call(t, session, 'GET', '/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ mustChangePassword: true });
    expect((await call(t, session, 'POST', '/api/auth/logout')).statusCode).toBe(200);
  });

  it('clears the flag, ends the other sessions and stores an argon2id hash', async () => {
    const user = await createPendingUser();
    const session = await login(t, user.username, user.password);
    const elsewhere = await login(t, user.username, user.password);
    const res = await call(t, session, 'POST', '/api/auth/change-password', { currentPassword: user.password, newPassword: NEW_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: user.id, mustChangePassword: false });
    expect((await call(t, session, 'GET', '/api/people')).statusCode).toBe(200);
    expect((await call(t, elsewhere, 'GET', '/api/me')).statusCode).toBe(401);
    const [row] = await t.ctx.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.mustChangePassword).toBe(false);
    expect(row?.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(row?.passwordHash).not.toContain(NEW_PASSWORD);
    expect((await postLogin(user.username, user.password)).statusCode).toBe(401);
    expect((await postLogin(user.username, NEW_PASSWORD)).statusCode).toBe(200);
    const entries = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.userId, user.id), eq(auditLog.action, 'auth.password_change')));
    expect(entries.map((e) => e.result)).toEqual(['success']);
  });

  it.each([
    ['too short', 'Ab#1'],
    ['too few character classes', 'alllowercaseletters'],
    ['containing the username', null],
    ['the same as the current one', TEST_PASSWORD],
  ])('answers 400 naming newPassword for a password %s', async (_label, candidate) => {
    const user = await createUser(t, []);
    const session = await login(t, user.username, user.password);
    const newPassword = candidate ?? `X#9${user.username}`;
    const res = await call(t, session, 'POST', '/api/auth/change-password', { currentPassword: user.password, newPassword });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['newPassword']);
    expect((await postLogin(user.username, user.password)).statusCode).toBe(200);
  });

  it('answers 400 naming currentPassword when it is wrong, and audits the failure', async () => {
    const user = await createUser(t, []);
    const session = await login(t, user.username, user.password);
    const res = await call(t, session, 'POST', '/api/auth/change-password', { currentPassword: 'Wrong#Pass2026', newPassword: NEW_PASSWORD });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['currentPassword']);
    const entries = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.userId, user.id), eq(auditLog.action, 'auth.password_change')));
    expect(entries.map((e) => e.result)).toEqual(['failure']);
  });

  it('answers 400 naming newPassword when it is missing', async () => {
    const user = await createUser(t, []);
    const session = await login(t, user.username, user.password);
    const res = await call(t, session, 'POST', '/api/auth/change-password', { currentPassword: user.password });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['newPassword']);
  });

  it('answers 401 without a session', async () => {
    const res = await call(t, null, 'POST', '/api/auth/change-password', { currentPassword: 'a', newPassword: 'b' });
    expect(res.statusCode).toBe(401);
  });

  it('counts wrong current passwords towards the lockout, so a stolen session cannot guess the password', async () => {
    const user = await createUser(t, []);
    const session: Session = await login(t, user.username, user.password);
    for (let i = 0; i < 5; i++) {
      const res = await call(t, session, 'POST', '/api/auth/change-password', { currentPassword: `Guess#${i}abc`, newPassword: NEW_PASSWORD });
      expect(res.statusCode).toBe(400);
    }
    const sixth = await call(t, session, 'POST', '/api/auth/change-password', { currentPassword: user.password, newPassword: NEW_PASSWORD });
    expect(sixth.statusCode).toBe(423);
    expect(sixth.json()).toMatchObject({ error: { code: 'ACCOUNT_LOCKED' } });
  });
});

describe('lockout under parallel guessing', () => {
  it('checks at most the threshold of passwords, however many guesses arrive at once', async () => {
    const user = await createUser(t, []);
    const guesses = Array.from({ length: 12 }, () => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: 'Wrong#Guess1' } }));
    const statuses = (await Promise.all(guesses)).map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 423).length).toBeGreaterThanOrEqual(7);
    const checked = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.userId, user.id)));
    expect(checked.filter((e) => e.details?.reason === 'wrong_password').length).toBeLessThanOrEqual(5);
    const right = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: user.password } });
    expect(right.statusCode).toBe(423);
  });
});
