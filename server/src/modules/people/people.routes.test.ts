import crypto from 'node:crypto';
import { type Person, type PersonDetail, maskIdCard } from '@mofan/shared';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { people, posts } from '../../db/schema/index';
import { addPost, createPerson, createUser, makeIdCard } from '../../../test/factories';
import { type Page, type TwoUnits, createTwoUnits, auditEntriesOf } from '../../../test/fixtures';
import { storeCompliance, storedComplianceCount } from '../../../test/stored-compliance';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

const t = useTestApp();




async function signIn(grants: Parameters<typeof createUser>[1], options: Parameters<typeof createUser>[2] = {}): Promise<Session> {
  const user = await createUser(t, grants, options);
  return login(t, user.username, user.password);
}

const auditEntries = (action: string, objectId: string) => auditEntriesOf(t, action, objectId);

function idsOf(res: { json<T>(): T }): string[] {
  return res
    .json<Page<Person>>()
    .items.map((p) => p.id)
    .sort();
}

const missingId = crypto.randomUUID();
// The test clock starts on 2026-03-02 (Asia/Shanghai).
const TODAY = '2026-03-02';

describe('GET /api/people', () => {
  let u: TwoUnits;
  let memberD1: string;
  let massesD2: string;
  let memberD2: string;
  let personB: string;
  let secretary: string;
  let formerSecretary: string;
  beforeAll(async () => {
    u = await createTwoUnits(t);
    const [d1, d2] = u.a.departments;
    memberD1 = (await createPerson(t, u.a, { name: '张党员', department: d1 })).id;
    massesD2 = (await createPerson(t, u.a, { name: '李群众', department: d2, status: 'masses' })).id;
    memberD2 = (await createPerson(t, u.a, { name: '王党员', department: d2 })).id;
    secretary = (await createPerson(t, u.a, { name: '赵书记', department: d1 })).id;
    formerSecretary = (await createPerson(t, u.a, { name: '钱前书记', department: d2 })).id;
    await addPost(t, secretary, u.a.branch.id, 'branch_secretary', '2024-01-01', null);
    await addPost(t, formerSecretary, u.a.branch.id, 'branch_secretary', '2021-01-01', '2023-12-31');
    personB = (await createPerson(t, u.b, { name: '张党员' })).id;
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'GET', '/api/people')).statusCode).toBe(401);
  });

  it("lists only A's people to A's unit admin", async () => {
    const res = await call(t, u.adminA, 'GET', '/api/people');
    expect(res.statusCode).toBe(200);
    expect(idsOf(res)).toEqual([memberD1, massesD2, memberD2, secretary, formerSecretary].sort());
    expect(res.json<Page<Person>>().total).toBe(5);
    expect(idsOf(await call(t, u.adminB, 'GET', '/api/people'))).toEqual([personB]);
  });

  it('searches by name within the scope', async () => {
    const res = await call(t, u.adminA, 'GET', `/api/people?q=${encodeURIComponent('张党')}`);
    expect(res.statusCode).toBe(200);
    expect(idsOf(res)).toEqual([memberD1]);
  });

  it("filters by a 科室 of A and by A's 党支部", async () => {
    expect(idsOf(await call(t, u.adminA, 'GET', `/api/people?nodeId=${u.a.departments[1].id}`))).toEqual([massesD2, memberD2, formerSecretary].sort());
    // The party tree: every member of the branch, whatever their 科室; the 群众 is in none.
    expect(idsOf(await call(t, u.adminA, 'GET', `/api/people?nodeId=${u.a.branch.id}`))).toEqual([memberD1, memberD2, secretary, formerSecretary].sort());
  });

  it("answers 403 to a nodeId of B, and 400 naming nodeId for a node that does not exist", async () => {
    expect((await call(t, u.adminA, 'GET', `/api/people?nodeId=${u.b.departments[0].id}`)).statusCode).toBe(403);
    const missing = await call(t, u.adminA, 'GET', `/api/people?nodeId=${missingId}`);
    expect(missing.statusCode).toBe(400);
    expect(fieldsOf(missing)).toEqual(['nodeId']);
  });

  it('filters by a current post, leaving out one who has left it', async () => {
    const res = await call(t, u.adminA, 'GET', '/api/people?role=branch_secretary');
    expect(res.statusCode).toBe(200);
    expect(idsOf(res)).toEqual([secretary]);
  });

  it('filters by political status', async () => {
    expect(idsOf(await call(t, u.adminA, 'GET', '/api/people?politicalStatus=masses'))).toEqual([massesD2]);
  });

  it('pages with a total', async () => {
    const first = await call(t, u.adminA, 'GET', '/api/people?pageSize=2&page=1');
    const third = await call(t, u.adminA, 'GET', '/api/people?pageSize=2&page=3');
    expect(first.json<Page<Person>>()).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(first.json<Page<Person>>().items).toHaveLength(2);
    expect(third.json<Page<Person>>()).toMatchObject({ total: 5, page: 3 });
    expect(third.json<Page<Person>>().items).toHaveLength(1);
    const second = await call(t, u.adminA, 'GET', '/api/people?pageSize=2&page=2');
    const all = [...idsOf(first), ...idsOf(second), ...idsOf(third)].sort();
    expect(all).toEqual([memberD1, massesD2, memberD2, secretary, formerSecretary].sort());
  });

  it('answers 400 naming pageSize above 200', async () => {
    const res = await call(t, u.adminA, 'GET', '/api/people?pageSize=201');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['pageSize']);
  });

  it("shows a user whose only reach is a 支部书记 post exactly the branch's members", async () => {
    const session = await signIn([], { personId: secretary });
    const res = await call(t, session, 'GET', '/api/people');
    expect(res.statusCode).toBe(200);
    expect(idsOf(res)).toEqual([memberD1, memberD2, secretary, formerSecretary].sort());
    expect((await call(t, session, 'GET', `/api/people/${massesD2}`)).statusCode).toBe(403);
    expect((await call(t, session, 'GET', `/api/people/${memberD2}`)).statusCode).toBe(200);
    // The former secretary's ended post gives no reach at all.
    const former = await signIn([], { personId: formerSecretary });
    expect((await call(t, former, 'GET', '/api/people')).statusCode).toBe(403);
  });

  it('masks the 身份证号 for a reader without people.write and shows it in full to the unit admin', async () => {
    const [row] = await t.ctx.db.select({ idCardNo: people.idCardNo }).from(people).where(eq(people.id, memberD1));
    const full = row!.idCardNo;
    const leader = await signIn([{ role: 'leader', scope: u.a.unit }]);
    const byLeader = (await call(t, leader, 'GET', `/api/people?q=${encodeURIComponent('张党员')}`)).json<Page<Person>>();
    expect(byLeader.items.map((p) => p.idCardNo)).toEqual([maskIdCard(full)]);
    expect(maskIdCard(full)).not.toBe(full);
    expect((await call(t, leader, 'GET', `/api/people/${memberD1}`)).json<PersonDetail>().idCardNo).toBe(maskIdCard(full));
    const byAdmin = (await call(t, u.adminA, 'GET', `/api/people?q=${encodeURIComponent('张党员')}`)).json<Page<Person>>();
    expect(byAdmin.items.map((p) => p.idCardNo)).toEqual([full]);
    expect((await call(t, u.adminA, 'GET', `/api/people/${memberD1}`)).json<PersonDetail>().idCardNo).toBe(full);
  });

  it('gives a reader who sees the 身份证号 masked no birth date either, as it would rebuild the hidden digits', async () => {
    const [row] = await t.ctx.db.select({ idCardNo: people.idCardNo, birthDate: people.birthDate }).from(people).where(eq(people.id, memberD1));
    const full = row!.idCardNo;
    expect(row!.birthDate).not.toBeNull();
    const leader = await signIn([{ role: 'leader', scope: u.a.unit }]);
    const listed = (await call(t, leader, 'GET', `/api/people?q=${encodeURIComponent('张党员')}`)).json<Page<Person>>().items;
    const detail = (await call(t, leader, 'GET', `/api/people/${memberD1}`)).json<PersonDetail>();
    for (const p of [...listed, detail]) {
      expect(p).toMatchObject({ id: memberD1, idCardNo: maskIdCard(full), birthDate: null });
      expect(JSON.stringify(p)).not.toContain(full.slice(6, 14));
    }
    // The writer still gets both.
    const byAdmin = (await call(t, u.adminA, 'GET', `/api/people/${memberD1}`)).json<PersonDetail>();
    expect(byAdmin).toMatchObject({ idCardNo: full, birthDate: row!.birthDate });
  });

  it('searches the 身份证号 only where the reader sees it in full, so masked digits cannot be probed', async () => {
    const [row] = await t.ctx.db.select({ idCardNo: people.idCardNo }).from(people).where(eq(people.id, memberD1));
    const prefix = row!.idCardNo.slice(0, 14);
    const byAdmin = await call(t, u.adminA, 'GET', `/api/people?q=${prefix}`);
    expect(idsOf(byAdmin)).toContain(memberD1);
    const leader = await signIn([{ role: 'leader', scope: u.a.unit }]);
    const byLeader = await call(t, leader, 'GET', `/api/people?q=${prefix}`);
    expect(byLeader.statusCode).toBe(200);
    expect(idsOf(byLeader)).toEqual([]);
  });
});

describe('GET /api/people/:id', () => {
  let u: TwoUnits;
  beforeAll(async () => {
    u = await createTwoUnits(t);
  });

  it('answers 401 without a session', async () => {
    const person = await createPerson(t, u.a);
    expect((await call(t, null, 'GET', `/api/people/${person.id}`)).statusCode).toBe(401);
  });

  it('includes the posts history, ended posts kept', async () => {
    const person = await createPerson(t, u.a, { name: '孙书记' });
    await addPost(t, person.id, u.a.branch.id, 'branch_secretary', '2021-01-01', '2023-12-31');
    await addPost(t, person.id, u.a.branch.id, 'branch_committee_member', '2024-01-01', null);
    const res = await call(t, u.adminA, 'GET', `/api/people/${person.id}`);
    expect(res.statusCode).toBe(200);
    const detail = res.json<PersonDetail>();
    expect(detail).toMatchObject({ id: person.id, name: '孙书记', unitId: u.a.unit.id, unitName: u.a.unit.name, departmentName: '办公室', branchName: '第一党支部' });
    expect(detail.posts.map((p) => [p.role, p.startDate, p.endDate])).toEqual([
      ['branch_committee_member', '2024-01-01', null],
      ['branch_secretary', '2021-01-01', '2023-12-31'],
      ['department_member', '2020-01-01', null],
    ]);
  });

  it("answers 403 for B's person and 404 for a missing one", async () => {
    const personB = await createPerson(t, u.b);
    expect((await call(t, u.adminA, 'GET', `/api/people/${personB.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/people/${missingId}`)).statusCode).toBe(404);
  });

  it('answers 400 naming id for an id that is not a UUID', async () => {
    const res = await call(t, u.adminA, 'GET', '/api/people/123');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['id']);
  });
});

describe('POST /api/people', () => {
  let u: TwoUnits;
  beforeAll(async () => {
    u = await createTwoUnits(t);
  });

  function body(overrides: Record<string, unknown> = {}) {
    return {
      name: '周新人',
      idCardNo: makeIdCard('1990-01-20', true),
      departmentId: u.a.departments[0].id,
      politicalStatus: 'party_member',
      joinedPartyOn: '2012-07-01',
      fullMemberOn: '2013-07-01',
      branchId: u.a.branch.id,
      ...overrides,
    };
  }

  async function expectField(payload: Record<string, unknown>, field: string, session = u.adminA) {
    const res = await call(t, session, 'POST', '/api/people', payload);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  }

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'POST', '/api/people', body())).statusCode).toBe(401);
  });

  it('creates a person with the primary 科室 post, audited', async () => {
    const payload = body({ phone: '13800138000', hiredOn: '2015-09-01' });
    const res = await call(t, u.adminA, 'POST', '/api/people', payload);
    expect(res.statusCode).toBe(201);
    const person = res.json<PersonDetail>();
    expect(person).toMatchObject({
      name: '周新人',
      gender: 'male',
      birthDate: '1990-01-20',
      idCardNo: payload.idCardNo,
      unitId: u.a.unit.id,
      departmentId: u.a.departments[0].id,
      branchId: u.a.branch.id,
      status: 'active',
      version: 1,
    });
    expect(person.posts).toHaveLength(1);
    expect(person.posts[0]).toMatchObject({ role: 'department_member', nodeId: u.a.departments[0].id, isPrimary: true, startDate: '2015-09-01', endDate: null });
    const audit = await auditEntries('person.create', person.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ result: 'success', objectLabel: '周新人' });
  });

  it('starts the primary post today when the hire date is unknown', async () => {
    const res = await call(t, u.adminA, 'POST', '/api/people', body({ name: '吴群众', politicalStatus: 'masses', joinedPartyOn: null, fullMemberOn: null, branchId: null }));
    expect(res.statusCode).toBe(201);
    expect(res.json<PersonDetail>().posts.map((p) => p.startDate)).toEqual([TODAY]);
  });

  it('answers 400 naming idCardNo for a bad checksum', async () => {
    const good = makeIdCard();
    const last = good.at(-1) === '1' ? '2' : '1';
    await expectField(body({ idCardNo: `${good.slice(0, 17)}${last}` }), 'idCardNo');
  });

  it('answers 400 naming gender when it contradicts the 身份证号', async () => {
    await expectField(body({ idCardNo: makeIdCard('1990-01-20', true), gender: 'female' }), 'gender');
  });

  it('answers 400 naming joinedPartyOn for a 党员 without it', async () => {
    await expectField(body({ politicalStatus: 'probationary_member', joinedPartyOn: null, fullMemberOn: null }), 'joinedPartyOn');
  });

  it('answers 400 naming branchId for a 群众 in a branch and for a branch of another unit', async () => {
    await expectField(body({ politicalStatus: 'masses', joinedPartyOn: null, fullMemberOn: null }), 'branchId');
    await expectField(body({ branchId: u.b.branch.id }), 'branchId');
    await expectField(body({ branchId: missingId }), 'branchId');
  });

  it("answers 403 for a departmentId of B, and 400 naming departmentId for one that does not exist", async () => {
    const res = await call(t, u.adminA, 'POST', '/api/people', body({ departmentId: u.b.departments[0].id, branchId: u.b.branch.id }));
    expect(res.statusCode).toBe(403);
    await expectField(body({ departmentId: missingId }), 'departmentId');
    // A node that is not a 科室 is no place for a person either.
    await expectField(body({ departmentId: u.a.unit.id }), 'departmentId');
  });

  it('requires people.write over the 党支部 too, not only the same unit', async () => {
    // An admin of 办公室 alone: the 党支部 hangs under the unit's party tree, outside their 科室.
    const officeAdmin = await signIn([{ role: 'unit_admin', scope: u.a.departments[0] }]);
    const refused = await call(t, officeAdmin, 'POST', '/api/people', body({ name: '越权甲' }));
    expect(refused.statusCode).toBe(403);
    const [{ n } = { n: -1 }] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(people).where(eq(people.name, '越权甲'));
    expect(n).toBe(0);
    // Without a 党支部 the same admin may add the person to their 科室.
    expect((await call(t, officeAdmin, 'POST', '/api/people', body({ name: '越权乙', politicalStatus: 'masses', joinedPartyOn: null, fullMemberOn: null, branchId: null }))).statusCode).toBe(201);
    expect((await call(t, u.adminA, 'POST', '/api/people', body({ name: '越权甲' }))).statusCode).toBe(201);
  });

  it('answers 409 for a 身份证号 already on file', async () => {
    const idCardNo = makeIdCard('1988-03-03', false);
    expect((await call(t, u.adminA, 'POST', '/api/people', body({ name: '郑甲', idCardNo }))).statusCode).toBe(201);
    const again = await call(t, u.adminB, 'POST', '/api/people', body({ name: '郑乙', idCardNo, departmentId: u.b.departments[0].id, branchId: u.b.branch.id }));
    expect(again.statusCode).toBe(409);
    expect(fieldsOf(again)).toEqual(['idCardNo']);
  });
});

describe('PATCH /api/people/:id', () => {
  let u: TwoUnits;
  beforeAll(async () => {
    u = await createTwoUnits(t);
  });

  async function read(session: Session, id: string): Promise<PersonDetail> {
    const res = await call(t, session, 'GET', `/api/people/${id}`);
    expect(res.statusCode).toBe(200);
    return res.json<PersonDetail>();
  }

  it('answers 401 without a session', async () => {
    const person = await createPerson(t, u.a);
    expect((await call(t, null, 'PATCH', `/api/people/${person.id}`, { phone: '13900000000', version: 1 })).statusCode).toBe(401);
  });

  it('changes the phone with the version read, audited', async () => {
    const person = await createPerson(t, u.a);
    const res = await call(t, u.adminA, 'PATCH', `/api/people/${person.id}`, { phone: '13900000001', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json<PersonDetail>()).toMatchObject({ phone: '13900000001', version: 2 });
    const audit = await auditEntries('person.update', person.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toEqual({ fields: ['phone'], changes: { phone: { before: null, after: '13900000001' } } });
  });

  it('records a changed 身份证号 masked, before and after', async () => {
    const person = await createPerson(t, u.a);
    const idCardNo = makeIdCard('1986-02-03');
    const res = await call(t, u.adminA, 'PATCH', `/api/people/${person.id}`, { idCardNo, version: 1 });
    expect(res.statusCode).toBe(200);
    const [entry] = await auditEntries('person.update', person.id);
    const changes = (entry?.details as { changes: Record<string, { before: unknown; after: unknown }> }).changes;
    expect(changes.idCardNo).toEqual({ before: maskIdCard(person.idCardNo), after: maskIdCard(idCardNo) });
    expect(JSON.stringify(entry?.details)).not.toContain(idCardNo);
  });

  it('lets the first of two concurrent edits win; the second gets 409 and changes nothing', async () => {
    const person = await createPerson(t, u.a);
    const second = await signIn([{ role: 'unit_admin', scope: u.a.unit }]);
    const seenByFirst = await read(u.adminA, person.id);
    const seenBySecond = await read(second, person.id);
    expect(seenByFirst.version).toBe(1);
    expect(seenBySecond.version).toBe(1);
    const first = await call(t, u.adminA, 'PATCH', `/api/people/${person.id}`, { phone: '13900000002', version: seenByFirst.version });
    expect(first.statusCode).toBe(200);
    const late = await call(t, second, 'PATCH', `/api/people/${person.id}`, { phone: '13900000003', jobTitle: '科员', version: seenBySecond.version });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
    expect(await read(u.adminA, person.id)).toMatchObject({ phone: '13900000002', jobTitle: null, version: 2 });
  });

  it('moving to another 科室 closes the old primary post and opens a new one, both kept', async () => {
    const person = await createPerson(t, u.a, { department: u.a.departments[0] });
    const res = await call(t, u.adminA, 'PATCH', `/api/people/${person.id}`, { departmentId: u.a.departments[1].id, version: 1 });
    expect(res.statusCode).toBe(200);
    const moved = res.json<PersonDetail>();
    expect(moved).toMatchObject({ departmentId: u.a.departments[1].id, departmentName: '业务科', version: 2 });
    const primaries = moved.posts.filter((p) => p.isPrimary).map((p) => [p.nodeId, p.startDate, p.endDate]);
    expect(primaries).toEqual([
      [u.a.departments[1].id, TODAY, null],
      [u.a.departments[0].id, '2020-01-01', '2026-03-01'],
    ]);
  });

  it('answers 400 naming phone for a malformed number', async () => {
    const person = await createPerson(t, u.a);
    const res = await call(t, u.adminA, 'PATCH', `/api/people/${person.id}`, { phone: '12345', version: 1 });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['phone']);
  });

  it("answers 403 for B's person and for moving A's person into B's 科室", async () => {
    const personB = await createPerson(t, u.b);
    expect((await call(t, u.adminA, 'PATCH', `/api/people/${personB.id}`, { phone: '13900000004', version: 1 })).statusCode).toBe(403);
    const person = await createPerson(t, u.a);
    const res = await call(t, u.adminA, 'PATCH', `/api/people/${person.id}`, { departmentId: u.b.departments[0].id, version: 1 });
    expect(res.statusCode).toBe(403);
    expect(await read(u.adminA, person.id)).toMatchObject({ departmentId: u.a.departments[0].id, version: 1 });
    const primaries = await t.ctx.db.select().from(posts).where(and(eq(posts.personId, person.id), eq(posts.isPrimary, true)));
    expect(primaries.map((p) => p.endDate)).toEqual([null]);
  });

  it('requires people.write over a newly named 党支部 or 党小组, but not over one left unchanged', async () => {
    const officeAdmin = await signIn([{ role: 'unit_admin', scope: u.a.departments[0] }]);
    const masses = await createPerson(t, u.a, { status: 'masses' });
    const join = { politicalStatus: 'party_member', joinedPartyOn: '2012-07-01', fullMemberOn: '2013-07-01', branchId: u.a.branch.id, version: 1 };
    expect((await call(t, officeAdmin, 'PATCH', `/api/people/${masses.id}`, join)).statusCode).toBe(403);
    expect(await read(u.adminA, masses.id)).toMatchObject({ branchId: null, version: 1 });
    const member = await createPerson(t, u.a);
    expect((await call(t, officeAdmin, 'PATCH', `/api/people/${member.id}`, { partyGroupId: u.a.group.id, version: 1 })).statusCode).toBe(403);
    // The person's existing 党支部 does not stand in the way of an ordinary edit.
    expect((await call(t, officeAdmin, 'PATCH', `/api/people/${member.id}`, { phone: '13900000006', version: 1 })).statusCode).toBe(200);
    expect((await call(t, u.adminA, 'PATCH', `/api/people/${member.id}`, { partyGroupId: u.a.group.id, version: 2 })).statusCode).toBe(200);
    expect((await call(t, u.adminA, 'PATCH', `/api/people/${masses.id}`, join)).statusCode).toBe(200);
  });

  it('answers 404 for a missing person', async () => {
    expect((await call(t, u.adminA, 'PATCH', `/api/people/${missingId}`, { phone: '13900000005', version: 1 })).statusCode).toBe(404);
  });
});

describe('DELETE /api/people/:id', () => {
  let u: TwoUnits;
  beforeAll(async () => {
    u = await createTwoUnits(t);
  });

  it('answers 401 without a session', async () => {
    const person = await createPerson(t, u.a);
    expect((await call(t, null, 'DELETE', `/api/people/${person.id}`)).statusCode).toBe(401);
  });

  it('deletes, audited; the person is then gone', async () => {
    const person = await createPerson(t, u.a);
    await addPost(t, person.id, u.a.branch.id, 'branch_secretary');
    const res = await call(t, u.adminA, 'DELETE', `/api/people/${person.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect((await call(t, u.adminA, 'GET', `/api/people/${person.id}`)).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'DELETE', `/api/people/${person.id}`)).statusCode).toBe(404);
    const audit = await auditEntries('person.delete', person.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ result: 'success', objectLabel: person.name, scopePath: u.a.departments[0].path });
  });

  it("answers 403 for B's person, who stays", async () => {
    const personB = await createPerson(t, u.b);
    expect((await call(t, u.adminA, 'DELETE', `/api/people/${personB.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'GET', `/api/people/${personB.id}`)).statusCode).toBe(200);
  });

  it('answers 400 naming id for an id that is not a UUID', async () => {
    const res = await call(t, u.adminA, 'DELETE', '/api/people/x');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['id']);
  });
});

describe('stored compliance of the units a person belongs to', () => {
  it('is dropped by creating, moving to another unit and deleting the person, and kept elsewhere', async () => {
    const u = await createTwoUnits(t);
    const cityAdmin = await signIn([{ role: 'unit_admin', scope: u.a.city }]);
    const stored = async () => [await storedComplianceCount(t, u.a.unit.id), await storedComplianceCount(t, u.b.unit.id)];
    const storeBoth = async () => {
      await storeCompliance(t, u.a.unit.id);
      await storeCompliance(t, u.b.unit.id);
    };

    await storeBoth();
    const created = await call(t, cityAdmin, 'POST', '/api/people', { name: '调动人', idCardNo: makeIdCard(), departmentId: u.a.departments[0].id, politicalStatus: 'masses' });
    expect(created.statusCode).toBe(201);
    expect(await stored()).toEqual([0, 1]);

    await storeBoth();
    const id = created.json<PersonDetail>().id;
    expect((await call(t, cityAdmin, 'PATCH', `/api/people/${id}`, { departmentId: u.b.departments[0].id, version: 1 })).statusCode).toBe(200);
    expect(await stored()).toEqual([0, 0]);

    await storeBoth();
    expect((await call(t, cityAdmin, 'DELETE', `/api/people/${id}`)).statusCode).toBe(200);
    expect(await stored()).toEqual([1, 0]);
  });
});
