import crypto, { type UUID } from 'node:crypto';
import type { OrgNode, OrgNodeDetail } from '@mofan/shared';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { orgNodes, people, postSupervisedDepartments } from '../../db/schema/index';
import { type NodeRef, addPost, createPerson, createUnit, createUser } from '../../../test/factories';
import { type Page, type TwoUnits, createTwoUnits, auditEntriesOf } from '../../../test/fixtures';
import { storeCompliance, storedComplianceCount } from '../../../test/stored-compliance';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

const t = useTestApp();



let city: NodeRef;
let globalAdmin: Session;


const auditEntries = (action: string, objectId: string) => auditEntriesOf(t, action, objectId);

function ids(res: { json<T>(): T }): string[] {
  return res.json<Page<OrgNode>>().items.map((n) => n.id);
}

const missingId = crypto.randomUUID();

function isUuid(id: string): id is UUID {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);
}

/** A node created through the API, as the factories take it, its path read from the database. */
async function refOf(id: string): Promise<NodeRef> {
  const [row] = await t.ctx.db.select().from(orgNodes).where(eq(orgNodes.id, id));
  if (!row || !isUuid(row.id)) throw new Error(`no node ${id}`);
  return { id: row.id, path: row.path, name: row.name };
}

beforeAll(async () => {
  // One city for the whole file, so the global admin's admin-tree root is exactly this city.
  city = (await createUnit(t)).city;
  const g = await createUser(t, [{ role: 'system_admin', scope: null }]);
  globalAdmin = await login(t, g.username, g.password);
});

describe('GET /api/org/nodes', () => {
  let u: TwoUnits;
  beforeAll(async () => {
    u = await createTwoUnits(t, city);
  });

  it('answers 401 without a session', async () => {
    const res = await call(t, null, 'GET', '/api/org/nodes?roots=true');
    expect(res.statusCode).toBe(401);
  });

  it("gives a unit admin A's unit as the admin-tree root and A's 机关党委 as the party-tree root, nothing of B", async () => {
    const admin = await call(t, u.adminA, 'GET', '/api/org/nodes?roots=true&tree=admin');
    expect(admin.statusCode).toBe(200);
    expect(ids(admin)).toEqual([u.a.unit.id]);
    expect(admin.json<Page<OrgNode>>().total).toBe(1);
    const party = await call(t, u.adminA, 'GET', '/api/org/nodes?roots=true&tree=party');
    expect(party.statusCode).toBe(200);
    expect(ids(party)).toEqual([u.a.committee.id]);
    expect(party.json<Page<OrgNode>>().items[0]).toMatchObject({ tree: 'party', kind: 'party_committee', unitId: u.a.unit.id, unitName: u.a.unit.name });
  });

  it('gives a 支部书记 whose only reach is the post their branch as the only root', async () => {
    const person = await createPerson(t, u.a);
    await addPost(t, person.id, u.a.branch.id, 'branch_secretary', '2024-01-01');
    const user = await createUser(t, [], { personId: person.id });
    const session = await login(t, user.username, user.password);
    expect(ids(await call(t, session, 'GET', '/api/org/nodes?roots=true&tree=party'))).toEqual([u.a.branch.id]);
    expect(ids(await call(t, session, 'GET', '/api/org/nodes?roots=true&tree=admin'))).toEqual([]);
    expect(ids(await call(t, session, 'GET', `/api/org/nodes?parentId=${u.a.branch.id}`))).toEqual([u.a.group.id]);
    expect((await call(t, session, 'GET', `/api/org/nodes?parentId=${u.a.committee.id}`)).statusCode).toBe(403);
  });

  it("gives a global admin the city as the admin-tree root", async () => {
    const res = await call(t, globalAdmin, 'GET', '/api/org/nodes?roots=true&tree=admin');
    expect(res.statusCode).toBe(200);
    expect(ids(res)).toEqual([city.id]);
  });

  it('lists the direct children of a parent', async () => {
    const res = await call(t, u.adminA, 'GET', `/api/org/nodes?parentId=${u.a.unit.id}`);
    expect(res.statusCode).toBe(200);
    expect(ids(res).sort()).toEqual([u.a.departments[0].id, u.a.departments[1].id].sort());
    const underCommittee = await call(t, u.adminA, 'GET', `/api/org/nodes?parentId=${u.a.committee.id}`);
    expect(ids(underCommittee)).toEqual([u.a.branch.id]);
  });

  it("lists a unit's nodes of both trees by unitId", async () => {
    const res = await call(t, u.adminA, 'GET', `/api/org/nodes?unitId=${u.a.unit.id}`);
    expect(res.statusCode).toBe(200);
    const a = u.a;
    expect(ids(res).sort()).toEqual([a.unit.id, a.departments[0].id, a.departments[1].id, a.committee.id, a.branch.id, a.group.id].sort());
  });

  it('searches names within the scope only, and takes LIKE wildcards literally', async () => {
    // Both units have a 科室 named 业务科; A's admin must find only A's.
    const res = await call(t, u.adminA, 'GET', `/api/org/nodes?q=${encodeURIComponent('业务')}`);
    expect(res.statusCode).toBe(200);
    expect(ids(res)).toEqual([u.a.departments[1].id]);
    const wildcard = await call(t, u.adminA, 'GET', `/api/org/nodes?q=${encodeURIComponent('%')}`);
    expect(wildcard.json<Page<OrgNode>>().total).toBe(0);
  });

  it('filters by kind', async () => {
    const res = await call(t, u.adminA, 'GET', '/api/org/nodes?kind=department');
    expect(ids(res).sort()).toEqual([u.a.departments[0].id, u.a.departments[1].id].sort());
  });

  it("answers 403 to a parentId or unitId of B", async () => {
    expect((await call(t, u.adminA, 'GET', `/api/org/nodes?parentId=${u.b.unit.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/org/nodes?unitId=${u.b.unit.id}`)).statusCode).toBe(403);
  });

  it('answers 400 naming kind for an unknown kind, and parentId for a parent that does not exist', async () => {
    const bad = await call(t, u.adminA, 'GET', '/api/org/nodes?kind=planet');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['kind']);
    const missing = await call(t, u.adminA, 'GET', `/api/org/nodes?parentId=${missingId}`);
    expect(missing.statusCode).toBe(400);
    expect(fieldsOf(missing)).toEqual(['parentId']);
  });
});

describe('GET /api/org/nodes/:id', () => {
  let u: TwoUnits;
  beforeAll(async () => {
    u = await createTwoUnits(t, city);
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'GET', `/api/org/nodes/${u.a.unit.id}`)).statusCode).toBe(401);
  });

  it('gives the ancestors from the root down, the party tree continuing its unit', async () => {
    const res = await call(t, u.adminA, 'GET', `/api/org/nodes/${u.a.group.id}`);
    expect(res.statusCode).toBe(200);
    const node = res.json<OrgNodeDetail>();
    expect(node).toMatchObject({ id: u.a.group.id, kind: 'party_group', tree: 'party', parentId: u.a.branch.id, unitId: u.a.unit.id, version: 1 });
    expect(node.ancestors.map((a) => a.id)).toEqual([city.id, u.a.unit.id, u.a.committee.id, u.a.branch.id]);
    expect(node.ancestors.map((a) => a.kind)).toEqual(['city', 'unit', 'party_committee', 'branch']);
  });

  it('counts active people in the subtree across both trees', async () => {
    const [d1, d2] = u.a.departments;
    await createPerson(t, u.a, { department: d1 });
    await createPerson(t, u.a, { department: d2 });
    await createPerson(t, u.a, { department: d2, status: 'masses' });
    const left = await createPerson(t, u.a, { department: d1 });
    await t.ctx.db.update(people).set({ status: 'left' }).where(eq(people.id, left.id));
    await createPerson(t, u.b);

    const count = async (id: string) => (await call(t, u.adminA, 'GET', `/api/org/nodes/${id}`)).json<OrgNodeDetail>().peopleCount;
    expect(await count(u.a.unit.id)).toBe(3);
    expect(await count(d1.id)).toBe(1);
    expect(await count(d2.id)).toBe(2);
    // The party tree counts the two members of the 党支部, wherever their 科室 is.
    expect(await count(u.a.committee.id)).toBe(2);
    expect(await count(u.a.branch.id)).toBe(2);
    expect(await count(u.a.group.id)).toBe(0);
    const unit = (await call(t, u.adminA, 'GET', `/api/org/nodes/${u.a.unit.id}`)).json<OrgNodeDetail>();
    expect(unit.childCount).toBe(2);
  });

  it("answers 403 for B's node and 404 for a missing one", async () => {
    expect((await call(t, u.adminA, 'GET', `/api/org/nodes/${u.b.branch.id}`)).statusCode).toBe(403);
    const missing = await call(t, u.adminA, 'GET', `/api/org/nodes/${missingId}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('answers 400 naming id for an id that is not a UUID', async () => {
    const res = await call(t, u.adminA, 'GET', '/api/org/nodes/not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['id']);
  });
});

describe('POST /api/org/nodes', () => {
  let u: TwoUnits;
  beforeAll(async () => {
    u = await createTwoUnits(t, city);
  });

  it('answers 401 without a session', async () => {
    const res = await call(t, null, 'POST', '/api/org/nodes', { kind: 'department', name: '财务科', parentId: u.a.unit.id });
    expect(res.statusCode).toBe(401);
  });

  it("creates a 科室 under A's unit, audited", async () => {
    const res = await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'department', name: '财务科', parentId: u.a.unit.id });
    expect(res.statusCode).toBe(201);
    const node = res.json<OrgNodeDetail>();
    expect(node).toMatchObject({ kind: 'department', tree: 'admin', name: '财务科', parentId: u.a.unit.id, unitId: u.a.unit.id, version: 1, childCount: 0, peopleCount: 0 });
    expect(node.ancestors.map((a) => a.id)).toEqual([city.id, u.a.unit.id]);
    const audit = await auditEntries('org.create', node.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ result: 'success', objectType: 'org_node', objectLabel: '财务科', scopePath: `${u.a.unit.path}${node.id}/` });
  });

  it("creates a 党支部 under A's 机关党委, in A's unit", async () => {
    const res = await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'branch', name: '第二党支部', parentId: u.a.committee.id });
    expect(res.statusCode).toBe(201);
    const node = res.json<OrgNodeDetail>();
    expect(node).toMatchObject({ tree: 'party', kind: 'branch', parentId: u.a.committee.id, unitId: u.a.unit.id });
    expect(node.ancestors.map((a) => a.id)).toEqual([city.id, u.a.unit.id, u.a.committee.id]);
  });

  it('needs unitId for a party root; with it the root hangs under the unit', async () => {
    const without = await call(t, u.adminB, 'POST', '/api/org/nodes', { kind: 'branch', name: '独立党支部' });
    expect(without.statusCode).toBe(400);
    expect(fieldsOf(without)).toEqual(['unitId']);
    const notAUnit = await call(t, u.adminB, 'POST', '/api/org/nodes', { kind: 'branch', name: '独立党支部', unitId: u.b.departments[0].id });
    expect(notAUnit.statusCode).toBe(400);
    expect(fieldsOf(notAUnit)).toEqual(['unitId']);
    const res = await call(t, u.adminB, 'POST', '/api/org/nodes', { kind: 'branch', name: '独立党支部', unitId: u.b.unit.id });
    expect(res.statusCode).toBe(201);
    expect(res.json<OrgNodeDetail>()).toMatchObject({ parentId: null, unitId: u.b.unit.id, tree: 'party' });
    expect(res.json<OrgNodeDetail>().ancestors.map((a) => a.id)).toEqual([city.id, u.b.unit.id]);
  });

  it('refuses a kind that may not stand under the parent, naming parentId', async () => {
    const deptUnderDept = await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'department', name: '二级科', parentId: u.a.departments[0].id });
    expect(deptUnderDept.statusCode).toBe(400);
    expect(fieldsOf(deptUnderDept)).toEqual(['parentId']);
    const groupUnderCommittee = await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'party_group', name: '党小组', parentId: u.a.committee.id });
    expect(groupUnderCommittee.statusCode).toBe(400);
    expect(fieldsOf(groupUnderCommittee)).toEqual(['parentId']);
    const deptWithoutParent = await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'department', name: '无上级科' });
    expect(deptWithoutParent.statusCode).toBe(400);
    expect(fieldsOf(deptWithoutParent)).toEqual(['parentId']);
  });

  it('answers 400 naming parentId for a parent that does not exist, and name for an empty name', async () => {
    const missing = await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'department', name: '财务科', parentId: missingId });
    expect(missing.statusCode).toBe(400);
    expect(fieldsOf(missing)).toEqual(['parentId']);
    const empty = await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'department', name: '  ', parentId: u.a.unit.id });
    expect(empty.statusCode).toBe(400);
    expect(fieldsOf(empty)).toEqual(['name']);
  });

  it("answers 403 under B's unit, and for a city root without global org.write", async () => {
    const underB = await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'department', name: '越权科', parentId: u.b.unit.id });
    expect(underB.statusCode).toBe(403);
    const partyRootOfB = await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'branch', name: '越权支部', unitId: u.b.unit.id });
    expect(partyRootOfB.statusCode).toBe(403);
    const cityRoot = await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'city', name: '新城市' });
    expect(cityRoot.statusCode).toBe(403);
  });

  it('answers 409 for a duplicate sibling name', async () => {
    const res = await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'department', name: u.a.departments[0].name, parentId: u.a.unit.id });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(fieldsOf(res)).toEqual(['name']);
    // The same name in the other tree of the unit, or in the other unit, is no clash.
    const partyRoot = await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'branch', name: u.a.departments[0].name, unitId: u.a.unit.id });
    expect(partyRoot.statusCode).toBe(201);
    const other = await call(t, u.adminB, 'POST', '/api/org/nodes', { kind: 'department', name: '财务科', parentId: u.b.unit.id });
    expect(other.statusCode).toBe(201);
  });
});

describe('PATCH /api/org/nodes/:id', () => {
  let u: TwoUnits;
  beforeAll(async () => {
    u = await createTwoUnits(t, city);
  });

  async function create(session: Session, body: Record<string, unknown>): Promise<OrgNodeDetail> {
    const res = await call(t, session, 'POST', '/api/org/nodes', body);
    expect(res.statusCode).toBe(201);
    return res.json<OrgNodeDetail>();
  }

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'PATCH', `/api/org/nodes/${u.a.departments[0].id}`, { name: 'x', version: 1 })).statusCode).toBe(401);
  });

  it('renames with the version read, raising it by one, audited', async () => {
    const node = await create(u.adminA, { kind: 'department', name: '综合科', parentId: u.a.unit.id });
    const res = await call(t, u.adminA, 'PATCH', `/api/org/nodes/${node.id}`, { name: '综合管理科', version: node.version });
    expect(res.statusCode).toBe(200);
    expect(res.json<OrgNodeDetail>()).toMatchObject({ name: '综合管理科', version: node.version + 1 });
    const audit = await auditEntries('org.update', node.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ before: { name: '综合科' }, after: { name: '综合管理科' } });
  });

  it('answers 409 VERSION_CONFLICT to a stale version and keeps the row', async () => {
    const node = await create(u.adminA, { kind: 'department', name: '档案科', parentId: u.a.unit.id });
    expect((await call(t, u.adminA, 'PATCH', `/api/org/nodes/${node.id}`, { name: '档案管理科', version: 1 })).statusCode).toBe(200);
    const stale = await call(t, u.adminA, 'PATCH', `/api/org/nodes/${node.id}`, { name: '档案室', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
    const now = (await call(t, u.adminA, 'GET', `/api/org/nodes/${node.id}`)).json<OrgNodeDetail>();
    expect(now).toMatchObject({ name: '档案管理科', version: 2 });
  });

  it('answers 409 naming name when a rename or a move meets a sibling of that name', async () => {
    const node = await create(u.adminA, { kind: 'department', name: '宣传科', parentId: u.a.unit.id });
    const rename = await call(t, u.adminA, 'PATCH', `/api/org/nodes/${node.id}`, { name: u.a.departments[1].name, version: node.version });
    expect(rename.statusCode).toBe(409);
    expect(fieldsOf(rename)).toEqual(['name']);
    await create(u.adminB, { kind: 'department', name: '宣传科', parentId: u.b.unit.id });
    const move = await call(t, globalAdmin, 'PATCH', `/api/org/nodes/${node.id}`, { parentId: u.b.unit.id, version: node.version });
    expect(move.statusCode).toBe(409);
    expect(fieldsOf(move)).toEqual(['name']);
    // Saving a node under its own name is no clash with itself.
    const same = await call(t, u.adminA, 'PATCH', `/api/org/nodes/${node.id}`, { name: '宣传科', version: node.version });
    expect(same.statusCode).toBe(200);
  });

  it('answers 400 naming version when it is missing', async () => {
    const res = await call(t, u.adminA, 'PATCH', `/api/org/nodes/${u.a.departments[0].id}`, { name: '办公室' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['version']);
  });

  it('moves a 科室 only under a kind it may stand under', async () => {
    const node = await create(u.adminA, { kind: 'department', name: '信息科', parentId: u.a.unit.id });
    for (const parentId of [u.a.departments[0].id, u.a.committee.id, city.id]) {
      const res = await call(t, globalAdmin, 'PATCH', `/api/org/nodes/${node.id}`, { parentId, version: node.version });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual(['parentId']);
    }
    // An empty 科室 may move to another unit; it then belongs to that unit and its admin.
    const moved = await call(t, globalAdmin, 'PATCH', `/api/org/nodes/${node.id}`, { parentId: u.b.unit.id, version: node.version });
    expect(moved.statusCode).toBe(200);
    expect(moved.json<OrgNodeDetail>()).toMatchObject({ parentId: u.b.unit.id, unitId: u.b.unit.id });
    expect(moved.json<OrgNodeDetail>().ancestors.map((a) => a.id)).toEqual([city.id, u.b.unit.id]);
    expect((await call(t, u.adminA, 'GET', `/api/org/nodes/${node.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'GET', `/api/org/nodes/${node.id}`)).statusCode).toBe(200);
  });

  it('refuses to move a 科室 that still has people to another unit', async () => {
    // Its people would keep the old unit (and that unit's 党支部) while their 科室 belongs to the new one.
    const node = await create(u.adminA, { kind: 'department', name: '法规科', parentId: u.a.unit.id });
    await createPerson(t, u.a, { department: await refOf(node.id) });
    const res = await call(t, globalAdmin, 'PATCH', `/api/org/nodes/${node.id}`, { parentId: u.b.unit.id, version: node.version });
    expect(res.statusCode).toBe(409);
    const still = (await call(t, u.adminA, 'GET', `/api/org/nodes/${node.id}`)).json<OrgNodeDetail>();
    expect(still).toMatchObject({ parentId: u.a.unit.id, version: node.version });
  });

  it("answers 403 moving A's 科室 under B's unit", async () => {
    const node = await create(u.adminA, { kind: 'department', name: '审计科', parentId: u.a.unit.id });
    const res = await call(t, u.adminA, 'PATCH', `/api/org/nodes/${node.id}`, { parentId: u.b.unit.id, version: node.version });
    expect(res.statusCode).toBe(403);
  });

  it("moves a subtree: descendants' paths follow, so their ancestors and the data scope stay right", async () => {
    const general = await create(u.adminA, { kind: 'general_branch', name: '机关党总支', parentId: u.a.committee.id });
    const branch = await create(u.adminA, { kind: 'branch', name: '第三党支部', parentId: u.a.committee.id });
    const group = await create(u.adminA, { kind: 'party_group', name: '第三党小组', parentId: branch.id });
    const member = await createPerson(t, u.a);
    await t.ctx.db.update(people).set({ branchId: branch.id, partyGroupId: group.id }).where(eq(people.id, member.id));
    const secretaryOfGeneral = await createUser(t, [{ role: 'branch_secretary', scope: await refOf(general.id) }]);
    const secretary = await login(t, secretaryOfGeneral.username, secretaryOfGeneral.password);
    expect((await call(t, secretary, 'GET', `/api/org/nodes/${group.id}`)).statusCode).toBe(403);

    const res = await call(t, u.adminA, 'PATCH', `/api/org/nodes/${branch.id}`, { parentId: general.id, version: branch.version });
    expect(res.statusCode).toBe(200);
    expect(res.json<OrgNodeDetail>().ancestors.map((a) => a.id)).toEqual([city.id, u.a.unit.id, u.a.committee.id, general.id]);

    const moved = await call(t, u.adminA, 'GET', `/api/org/nodes/${group.id}`);
    expect(moved.json<OrgNodeDetail>().ancestors.map((a) => a.id)).toEqual([city.id, u.a.unit.id, u.a.committee.id, general.id, branch.id]);
    // The grant on the 党总支 now reaches the moved branch, its group and its member.
    expect((await call(t, secretary, 'GET', `/api/org/nodes/${group.id}`)).statusCode).toBe(200);
    expect((await call(t, secretary, 'GET', `/api/org/nodes/${general.id}`)).json<OrgNodeDetail>().peopleCount).toBe(1);
    const listed = await call(t, secretary, 'GET', `/api/people?nodeId=${general.id}`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json<Page<{ id: string }>>().items.map((p) => p.id)).toEqual([member.id]);
  });

  it('refuses to move a node under itself or its own descendant', async () => {
    const d1 = await create(globalAdmin, { kind: 'district', name: `上级区${crypto.randomUUID().slice(0, 6)}`, parentId: city.id });
    const d2 = await create(globalAdmin, { kind: 'district', name: '下级区', parentId: d1.id });
    const underChild = await call(t, globalAdmin, 'PATCH', `/api/org/nodes/${d1.id}`, { parentId: d2.id, version: d1.version });
    expect(underChild.statusCode).toBe(400);
    expect(fieldsOf(underChild)).toEqual(['parentId']);
    const underSelf = await call(t, globalAdmin, 'PATCH', `/api/org/nodes/${d1.id}`, { parentId: d1.id, version: d1.version });
    expect(underSelf.statusCode).toBe(400);
    expect(fieldsOf(underSelf)).toEqual(['parentId']);
  });

  it("keeps a party node within its unit", async () => {
    const branch = await create(u.adminA, { kind: 'branch', name: '第四党支部', parentId: u.a.committee.id });
    const res = await call(t, globalAdmin, 'PATCH', `/api/org/nodes/${branch.id}`, { parentId: u.b.committee.id, version: branch.version });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['parentId']);
  });

  it("answers 403 for B's node and 404 for a missing one", async () => {
    expect((await call(t, u.adminA, 'PATCH', `/api/org/nodes/${u.b.departments[0].id}`, { name: '改名', version: 1 })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'PATCH', `/api/org/nodes/${missingId}`, { name: '改名', version: 1 })).statusCode).toBe(404);
  });
});

describe('DELETE /api/org/nodes/:id', () => {
  let u: TwoUnits;
  beforeAll(async () => {
    u = await createTwoUnits(t, city);
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'DELETE', `/api/org/nodes/${u.a.group.id}`)).statusCode).toBe(401);
  });

  it('deletes an empty node, audited; it is then gone', async () => {
    const created = await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'department', name: '临时科', parentId: u.a.unit.id });
    const id = created.json<OrgNodeDetail>().id;
    const res = await call(t, u.adminA, 'DELETE', `/api/org/nodes/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect((await call(t, u.adminA, 'GET', `/api/org/nodes/${id}`)).statusCode).toBe(404);
    expect(await auditEntries('org.delete', id)).toHaveLength(1);
  });

  it('answers 409 for a node with children or with people', async () => {
    const withChild = await call(t, u.adminA, 'DELETE', `/api/org/nodes/${u.a.branch.id}`);
    expect(withChild.statusCode).toBe(409);
    await createPerson(t, u.a, { department: u.a.departments[0], status: 'masses' });
    const withPeople = await call(t, u.adminA, 'DELETE', `/api/org/nodes/${u.a.departments[0].id}`);
    expect(withPeople.statusCode).toBe(409);
    expect(withPeople.json()).toMatchObject({ error: { code: 'CONFLICT' } });
  });

  it('answers 409 for a node that grants or 分管 still name', async () => {
    const created = await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'department', name: '督查科', parentId: u.a.unit.id });
    const dept = created.json<OrgNodeDetail>();
    await createUser(t, [{ role: 'leader', scope: await refOf(dept.id) }]);
    const granted = await call(t, u.adminA, 'DELETE', `/api/org/nodes/${dept.id}`);
    expect(granted.statusCode).toBe(409);
    expect((await call(t, u.adminA, 'GET', `/api/org/nodes/${dept.id}`)).statusCode).toBe(200);

    const other = (await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'department', name: '政研科', parentId: u.a.unit.id })).json<OrgNodeDetail>();
    const leader = await createPerson(t, u.a);
    const post = await addPost(t, leader.id, u.a.unit.id, 'leadership_member');
    await t.ctx.db.insert(postSupervisedDepartments).values({ postId: post.id, departmentId: other.id });
    const supervised = await call(t, u.adminA, 'DELETE', `/api/org/nodes/${other.id}`);
    expect(supervised.statusCode).toBe(409);
  });

  it.each([
    ['a ledger record', (nodeId: string) => ({ url: '/api/records', body: { ownerNodeId: nodeId, kinds: ['qa_bank'], occurredOn: '2026-02-10', topic: '业务问答题库' } })],
    ['an office output', (nodeId: string) => ({ url: '/api/office-outputs', body: { nodeId, kind: 'meeting', occurredOn: '2026-02-10', title: '科务会' } })],
  ])('answers 409 rather than failing for a node that %s names', async (_what, make) => {
    const dept = (await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'department', name: `有记录的科室${_what.length}`, parentId: u.a.unit.id })).json<OrgNodeDetail>();
    const { url, body } = make(dept.id);
    expect((await call(t, u.adminA, 'POST', url, body)).statusCode).toBe(201);
    const res = await call(t, u.adminA, 'DELETE', `/api/org/nodes/${dept.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'CONFLICT' } });
  });

  it("answers 403 for B's node and 404 for a missing one", async () => {
    expect((await call(t, u.adminA, 'DELETE', `/api/org/nodes/${u.b.group.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'GET', `/api/org/nodes/${u.b.group.id}`)).statusCode).toBe(200);
    expect((await call(t, u.adminA, 'DELETE', `/api/org/nodes/${missingId}`)).statusCode).toBe(404);
  });

  it('answers 400 naming id for an id that is not a UUID', async () => {
    const res = await call(t, u.adminA, 'DELETE', '/api/org/nodes/123');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['id']);
  });
});

describe('stored compliance of the units a node belongs to', () => {
  it('is dropped by creating, moving to another unit and deleting a node, and kept in other units', async () => {
    const u = await createTwoUnits(t, city);
    const stored = async () => [await storedComplianceCount(t, u.a.unit.id), await storedComplianceCount(t, u.b.unit.id)];
    const storeBoth = async () => {
      await storeCompliance(t, u.a.unit.id);
      await storeCompliance(t, u.b.unit.id);
    };

    await storeBoth();
    expect((await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'branch', name: '第二党支部', parentId: u.a.committee.id })).statusCode).toBe(201);
    expect(await stored()).toEqual([0, 1]);

    await storeBoth();
    const created = await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'department', name: '档案科', parentId: u.a.unit.id });
    expect(created.statusCode).toBe(201);
    expect(await stored()).toEqual([0, 1]);

    await storeBoth();
    const node = created.json<OrgNodeDetail>();
    expect((await call(t, globalAdmin, 'PATCH', `/api/org/nodes/${node.id}`, { parentId: u.b.unit.id, version: node.version })).statusCode).toBe(200);
    expect(await stored()).toEqual([0, 0]);

    await storeBoth();
    expect((await call(t, globalAdmin, 'DELETE', `/api/org/nodes/${node.id}`)).statusCode).toBe(200);
    expect(await stored()).toEqual([1, 0]);
  });
});
