import type { Permission } from '@mofan/shared';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { addPost, createPerson, createUnit, createUser } from '../../../test/factories';
import { useTestApp } from '../../../test/test-app';
import { requireGlobalPermission, requirePermission, requirePermissionAt, scopeCovers, scopeOf } from './access.rules';
import { loadEffectiveGrants } from './access.service';
import type { Actor, EffectiveGrant, Scope } from './access.types';

function grant(permissions: Permission[], scopePath: string | null, source: EffectiveGrant['source'] = 'grant'): EffectiveGrant {
  return {
    roleCode: source === 'post' ? 'branch_secretary' : 'custom',
    roleName: '测试角色',
    permissions: new Set(permissions),
    scopeNodeId: scopePath === null ? null : scopePath.split('/').at(-2) ?? null,
    scopeNodeName: null,
    scopePath,
    source,
  };
}

function actor(...grants: EffectiveGrant[]): Actor {
  return { userId: 'u', username: 'u', displayName: 'u', personId: null, mustChangePassword: false, grants, ip: null };
}

const nobody = actor();
const globalReader = actor(grant(['people.read'], null));
const unitB = actor(grant(['people.read', 'people.write'], '/city/b/'));
const twoSubtrees = actor(grant(['people.read'], '/city/b/'), grant(['people.read', 'org.read'], '/city/c/d1/'), grant(['people.read'], '/city/b/'));
const globalAndScoped = actor(grant(['people.read'], '/city/b/'), grant(['people.read'], null));
const branchSecretary = actor(grant(['org.read', 'people.read'], '/city/b/pc/br/', 'post'));

describe('scopeOf', () => {
  it.each<[string, Actor, Permission, Scope]>([
    ['no grants: nowhere', nobody, 'people.read', { all: false, paths: [] }],
    ['a global grant: everywhere', globalReader, 'people.read', { all: true }],
    ['a global grant of another permission: nowhere', globalReader, 'people.write', { all: false, paths: [] }],
    ['a subtree grant: that subtree', unitB, 'people.write', { all: false, paths: ['/city/b/'] }],
    ['several grants: each subtree once', twoSubtrees, 'people.read', { all: false, paths: ['/city/b/', '/city/c/d1/'] }],
    ['only grants carrying the permission', twoSubtrees, 'org.read', { all: false, paths: ['/city/c/d1/'] }],
    ['a global grant beside a scoped one: everywhere', globalAndScoped, 'people.read', { all: true }],
    ['a post-derived grant: its node', branchSecretary, 'people.read', { all: false, paths: ['/city/b/pc/br/'] }],
  ])('%s', (_label, who, permission, expected) => {
    expect(scopeOf(who, permission)).toEqual(expected);
  });
});

describe('scopeCovers', () => {
  it.each<[string, Scope, string, boolean]>([
    ['everything covers any path', { all: true }, '/x/y/', true],
    ['nothing covers no path', { all: false, paths: [] }, '/a/', false],
    ['a subtree covers its root', { all: false, paths: ['/a/b/'] }, '/a/b/', true],
    ['a subtree covers a descendant', { all: false, paths: ['/a/b/'] }, '/a/b/c/d/', true],
    ['a subtree does not cover its parent', { all: false, paths: ['/a/b/'] }, '/a/', false],
    ['a subtree does not cover a sibling', { all: false, paths: ['/a/b/'] }, '/a/c/', false],
    ['a subtree does not cover a sibling whose id starts with the same text', { all: false, paths: ['/a/b/'] }, '/a/bc/', false],
    ['nor that sibling\'s descendants', { all: false, paths: ['/a/b/'] }, '/a/bc/d/', false],
    ['any of several subtrees is enough', { all: false, paths: ['/a/b/', '/z/'] }, '/z/q/', true],
  ])('%s', (_label, scope, path, expected) => {
    expect(scopeCovers(scope, path)).toBe(expected);
  });
});

describe('requirePermissionAt', () => {
  function outcome(run: () => void): 'ok' | string {
    try {
      run();
      return 'ok';
    } catch (error) {
      return error instanceof AppError ? error.code : 'other';
    }
  }

  it.each<[string, Actor, Permission, string | string[], 'ok' | 'FORBIDDEN']>([
    ['global grant, any node', globalReader, 'people.read', '/anything/', 'ok'],
    ['global grant, a permission it lacks', globalReader, 'people.write', '/anything/', 'FORBIDDEN'],
    ['subtree grant, a node inside', unitB, 'people.write', '/city/b/d1/', 'ok'],
    ['subtree grant, a node of another unit', unitB, 'people.write', '/city/c/d1/', 'FORBIDDEN'],
    ['subtree grant, a sibling sharing a prefix', unitB, 'people.read', '/city/bc/', 'FORBIDDEN'],
    ['no grants at all', nobody, 'people.read', '/city/b/', 'FORBIDDEN'],
    ['one of several paths inside is enough (科室 out, 支部 in)', branchSecretary, 'people.read', ['/city/b/d1/', '/city/b/pc/br/'], 'ok'],
    ['none of several paths inside', branchSecretary, 'people.read', ['/city/b/d1/', '/city/b/pc/br2/'], 'FORBIDDEN'],
    ['post-derived grant, its own branch', branchSecretary, 'people.read', '/city/b/pc/br/g/', 'ok'],
    ['post-derived grant, the unit above its branch', branchSecretary, 'people.read', '/city/b/', 'FORBIDDEN'],
    ['post-derived grant, a permission its role lacks', branchSecretary, 'people.write', '/city/b/pc/br/', 'FORBIDDEN'],
    ['an empty list of paths', globalReader, 'people.read', [], 'FORBIDDEN'],
  ])('%s', (_label, who, permission, paths, expected) => {
    expect(outcome(() => requirePermissionAt(who, permission, paths))).toBe(expected);
  });

  it('requirePermission asks for the permission somewhere, requireGlobalPermission everywhere', () => {
    expect(outcome(() => requirePermission(unitB, 'people.write'))).toBe('ok');
    expect(outcome(() => requirePermission(unitB, 'org.write'))).toBe('FORBIDDEN');
    expect(outcome(() => requireGlobalPermission(unitB, 'people.write'))).toBe('FORBIDDEN');
    expect(outcome(() => requireGlobalPermission(globalReader, 'people.read'))).toBe('ok');
  });
});

describe('loadEffectiveGrants', () => {
  const t = useTestApp();

  it('gives a 支部书记 a branch_secretary scope over their branch, beside their own grants', async () => {
    const fixture = await createUnit(t);
    const person = await createPerson(t, fixture);
    await addPost(t, person.id, fixture.branch.id, 'branch_secretary', '2025-01-01', null);
    const user = await createUser(t, [{ role: 'auditor', scope: null }], { personId: person.id });
    const grants = await loadEffectiveGrants(t.ctx.db, user.id, person.id, t.clock.now());
    expect(grants).toHaveLength(2);
    const fromPost = grants.find((g) => g.source === 'post');
    expect(fromPost).toMatchObject({ roleCode: 'branch_secretary', scopeNodeId: fixture.branch.id, scopeNodeName: fixture.branch.name, scopePath: fixture.branch.path });
    expect([...(fromPost?.permissions ?? [])].sort()).toEqual(['org.read', 'people.read', 'records.read', 'records.write']);
    expect(grants.find((g) => g.source === 'grant')).toMatchObject({ roleCode: 'auditor', scopeNodeId: null, scopePath: null });
  });

  it('gives a 班子成员 a leader scope over the whole unit and a 科室负责人 over the 科室', async () => {
    const fixture = await createUnit(t);
    const member = await createPerson(t, fixture);
    await addPost(t, member.id, fixture.unit.id, 'leadership_member');
    const head = await createPerson(t, fixture);
    await addPost(t, head.id, fixture.departments[1].id, 'department_head');
    const memberUser = await createUser(t, [], { personId: member.id });
    const headUser = await createUser(t, [], { personId: head.id });
    const memberGrants = await loadEffectiveGrants(t.ctx.db, memberUser.id, member.id, t.clock.now());
    const headGrants = await loadEffectiveGrants(t.ctx.db, headUser.id, head.id, t.clock.now());
    expect(memberGrants).toEqual([expect.objectContaining({ roleCode: 'leader', scopeNodeId: fixture.unit.id, scopePath: fixture.unit.path, source: 'post' })]);
    expect(headGrants).toEqual([expect.objectContaining({ roleCode: 'leader', scopeNodeId: fixture.departments[1].id, source: 'post' })]);
  });

  it('gives nothing for a post that ended before today or starts after it, by the test clock', async () => {
    const fixture = await createUnit(t);
    const person = await createPerson(t, fixture);
    const today = '2026-03-02';
    expect(t.clock.now().toISOString()).toBe('2026-03-02T01:00:00.000Z');
    await addPost(t, person.id, fixture.branch.id, 'branch_secretary', '2023-01-01', '2026-03-01');
    await addPost(t, person.id, fixture.unit.id, 'top_leader', '2026-03-03', null);
    const user = await createUser(t, [], { personId: person.id });
    expect(await loadEffectiveGrants(t.ctx.db, user.id, person.id, t.clock.now())).toEqual([]);
    // The day a post ends it still counts; the day it starts, it already does.
    await addPost(t, person.id, fixture.departments[1].id, 'department_head', '2024-01-01', today);
    const onLastDay = await loadEffectiveGrants(t.ctx.db, user.id, person.id, t.clock.now());
    expect(onLastDay.map((g) => g.scopeNodeId)).toEqual([fixture.departments[1].id]);
    t.clock.set('2026-03-03T08:00:00+08:00');
    try {
      const next = await loadEffectiveGrants(t.ctx.db, user.id, person.id, t.clock.now());
      expect(next.map((g) => g.scopeNodeId)).toEqual([fixture.unit.id]);
    } finally {
      t.clock.set('2026-03-02T09:00:00+08:00');
    }
  });

  it('gives no grant for posts that confer none (科室成员), and none without a person', async () => {
    const fixture = await createUnit(t);
    const person = await createPerson(t, fixture);
    const user = await createUser(t, [], { personId: person.id });
    expect(await loadEffectiveGrants(t.ctx.db, user.id, person.id, t.clock.now())).toEqual([]);
    expect(await loadEffectiveGrants(t.ctx.db, user.id, null, t.clock.now())).toEqual([]);
  });
});
