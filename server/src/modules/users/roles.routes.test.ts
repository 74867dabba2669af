import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, roles, userGrants } from '../../db/schema/index';
import { BUILTIN_ROLES } from '../access/access.rules';
import { createPerson, createUnit, createUser } from '../../../test/factories';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

const t = useTestApp();

interface RoleBody {
  id: string;
  code: string;
  name: string;
  description: string | null;
  permissions: string[];
  builtin: boolean;
  version: number;
}

const MISSING_ID = crypto.randomUUID();

async function systemAdmin(): Promise<Session> {
  const admin = await createUser(t, [{ role: 'system_admin', scope: null }]);
  return login(t, admin.username, admin.password);
}

async function unitAdmin(): Promise<Session> {
  const fixture = await createUnit(t);
  const admin = await createUser(t, [{ role: 'unit_admin', scope: fixture.unit }]);
  return login(t, admin.username, admin.password);
}

function uniqueCode(): string {
  return `r_${crypto.randomBytes(4).toString('hex')}`;
}

async function builtinId(code: string): Promise<string> {
  const [row] = await t.ctx.db.select({ id: roles.id }).from(roles).where(eq(roles.code, code));
  return row?.id ?? '';
}

async function createRole(session: Session, permissions = ['people.read']): Promise<RoleBody> {
  const res = await call(t, session, 'POST', '/api/roles', { code: uniqueCode(), name: '统计员', description: '只读统计', permissions });
  if (res.statusCode !== 201) throw new Error(`create role: ${res.statusCode} ${res.body}`);
  return res.json<RoleBody>();
}

describe('GET /api/roles', () => {
  it('lists the built-in roles with their permissions to anyone who reads accounts', async () => {
    const session = await unitAdmin();
    const res = await call(t, session, 'GET', '/api/roles');
    expect(res.statusCode).toBe(200);
    const list = res.json<RoleBody[]>();
    for (const builtin of BUILTIN_ROLES) {
      expect(list).toContainEqual(expect.objectContaining({ code: builtin.code, name: builtin.name, builtin: true, permissions: builtin.permissions }));
    }
  });

  it('answers 401 without a session and 403 without users.read', async () => {
    expect((await call(t, null, 'GET', '/api/roles')).statusCode).toBe(401);
    const auditor = await createUser(t, [{ role: 'auditor', scope: null }]);
    const session = await login(t, auditor.username, auditor.password);
    expect((await call(t, session, 'GET', '/api/roles')).statusCode).toBe(403);
  });
});

describe('POST /api/roles', () => {
  it('creates a custom role for a system-wide system admin, audited', async () => {
    const session = await systemAdmin();
    const code = uniqueCode();
    const res = await call(t, session, 'POST', '/api/roles', { code, name: '纪检查看', permissions: ['people.read', 'org.read', 'people.read'] });
    expect(res.statusCode).toBe(201);
    const role = res.json<RoleBody>();
    expect(role).toMatchObject({ code, name: '纪检查看', builtin: false, version: 1 });
    expect([...role.permissions].sort()).toEqual(['org.read', 'people.read']);
    const entries = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'role.create'), eq(auditLog.objectId, role.id)));
    expect(entries).toHaveLength(1);
    const listed = (await call(t, session, 'GET', '/api/roles')).json<RoleBody[]>();
    expect(listed.map((r) => r.code)).toContain(code);
  });

  it('answers 403 to a unit admin and to a system admin whose grant covers one unit only', async () => {
    const byUnitAdmin = await call(t, await unitAdmin(), 'POST', '/api/roles', { code: uniqueCode(), name: '甲', permissions: ['people.read'] });
    expect(byUnitAdmin.statusCode).toBe(403);
    const fixture = await createUnit(t);
    const scoped = await createUser(t, [{ role: 'system_admin', scope: fixture.unit }]);
    const session = await login(t, scoped.username, scoped.password);
    const byScoped = await call(t, session, 'POST', '/api/roles', { code: uniqueCode(), name: '乙', permissions: ['people.read'] });
    expect(byScoped.statusCode).toBe(403);
  });

  it.each([['Bad-Code'], ['1abc'], ['x'], ['中文']])('answers 400 naming code for %j', async (code) => {
    const session = await systemAdmin();
    const res = await call(t, session, 'POST', '/api/roles', { code, name: '甲', permissions: ['people.read'] });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['code']);
  });

  it('answers 400 naming permissions for an empty or unknown permission list', async () => {
    const session = await systemAdmin();
    const empty = await call(t, session, 'POST', '/api/roles', { code: uniqueCode(), name: '甲', permissions: [] });
    expect(empty.statusCode).toBe(400);
    expect(fieldsOf(empty)).toEqual(['permissions']);
    const unknown = await call(t, session, 'POST', '/api/roles', { code: uniqueCode(), name: '甲', permissions: ['everything'] });
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(unknown)).toEqual(['permissions.0']);
  });

  it('answers 409 for a code already in use, built-in or not', async () => {
    const session = await systemAdmin();
    const existing = await createRole(session);
    expect((await call(t, session, 'POST', '/api/roles', { code: existing.code, name: '重复', permissions: ['org.read'] })).statusCode).toBe(409);
    expect((await call(t, session, 'POST', '/api/roles', { code: 'unit_admin', name: '重复', permissions: ['org.read'] })).statusCode).toBe(409);
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'POST', '/api/roles', { code: uniqueCode(), name: '甲', permissions: ['people.read'] })).statusCode).toBe(401);
  });
});

describe('PATCH /api/roles/:id', () => {
  it('changes a custom role, and the change reaches its holders at once', async () => {
    const session = await systemAdmin();
    const role = await createRole(session, ['org.read']);
    const fixture = await createUnit(t);
    const person = await createPerson(t, fixture);
    const holder = await createUser(t, [], { personId: person.id });
    await t.ctx.db.insert(userGrants).values({ userId: holder.id, roleId: role.id, scopeNodeId: fixture.unit.id });
    const holderSession = await login(t, holder.username, holder.password);
    expect((await call(t, holderSession, 'GET', `/api/people/${person.id}`)).statusCode).toBe(403);

    const res = await call(t, session, 'PATCH', `/api/roles/${role.id}`, { name: '人员查看', permissions: ['org.read', 'people.read'], version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: '人员查看', version: 2, permissions: ['org.read', 'people.read'] });
    expect((await call(t, holderSession, 'GET', `/api/people/${person.id}`)).statusCode).toBe(200);
    const entries = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'role.update'), eq(auditLog.objectId, role.id)));
    expect(entries).toEqual([expect.objectContaining({ details: { before: ['org.read'], after: ['org.read', 'people.read'] } })]);
  });

  it('answers 409 for a built-in role and for a stale version', async () => {
    const session = await systemAdmin();
    const builtin = await call(t, session, 'PATCH', `/api/roles/${await builtinId('leader')}`, { permissions: ['audit.read'], version: 1 });
    expect(builtin.statusCode).toBe(409);
    const [leader] = await t.ctx.db.select().from(roles).where(eq(roles.code, 'leader'));
    expect(leader?.permissions).not.toContain('audit.read');
    const role = await createRole(session);
    expect((await call(t, session, 'PATCH', `/api/roles/${role.id}`, { name: '一', version: 1 })).statusCode).toBe(200);
    const stale = await call(t, session, 'PATCH', `/api/roles/${role.id}`, { name: '二', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
  });

  it('answers 403 to a unit admin', async () => {
    const role = await createRole(await systemAdmin());
    expect((await call(t, await unitAdmin(), 'PATCH', `/api/roles/${role.id}`, { name: '改名', version: 1 })).statusCode).toBe(403);
  });

  it('answers 404 for a missing role, 400 naming version when missing, 401 without a session', async () => {
    const session = await systemAdmin();
    expect((await call(t, session, 'PATCH', `/api/roles/${MISSING_ID}`, { name: '甲', version: 1 })).statusCode).toBe(404);
    const role = await createRole(session);
    const noVersion = await call(t, session, 'PATCH', `/api/roles/${role.id}`, { name: '甲' });
    expect(noVersion.statusCode).toBe(400);
    expect(fieldsOf(noVersion)).toEqual(['version']);
    expect((await call(t, null, 'PATCH', `/api/roles/${role.id}`, { name: '甲', version: 1 })).statusCode).toBe(401);
  });
});

describe('DELETE /api/roles/:id', () => {
  it('deletes an unused custom role, audited', async () => {
    const session = await systemAdmin();
    const role = await createRole(session);
    const res = await call(t, session, 'DELETE', `/api/roles/${role.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect(await t.ctx.db.select().from(roles).where(eq(roles.id, role.id))).toEqual([]);
    expect(await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'role.delete'), eq(auditLog.objectId, role.id)))).toHaveLength(1);
  });

  it('answers 409 for a built-in role and for a role still granted', async () => {
    const session = await systemAdmin();
    expect((await call(t, session, 'DELETE', `/api/roles/${await builtinId('auditor')}`)).statusCode).toBe(409);
    const role = await createRole(session);
    const fixture = await createUnit(t);
    const holder = await createUser(t, []);
    await t.ctx.db.insert(userGrants).values({ userId: holder.id, roleId: role.id, scopeNodeId: fixture.unit.id });
    const res = await call(t, session, 'DELETE', `/api/roles/${role.id}`);
    expect(res.statusCode).toBe(409);
    expect(await t.ctx.db.select().from(roles).where(eq(roles.id, role.id))).toHaveLength(1);
  });

  it('answers 403 to a unit admin, 404 for a missing role, 401 without a session', async () => {
    const role = await createRole(await systemAdmin());
    expect((await call(t, await unitAdmin(), 'DELETE', `/api/roles/${role.id}`)).statusCode).toBe(403);
    expect((await call(t, await systemAdmin(), 'DELETE', `/api/roles/${MISSING_ID}`)).statusCode).toBe(404);
    expect((await call(t, null, 'DELETE', `/api/roles/${role.id}`)).statusCode).toBe(401);
    expect(await t.ctx.db.select().from(roles).where(eq(roles.id, role.id))).toHaveLength(1);
  });
});
