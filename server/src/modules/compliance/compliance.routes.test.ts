import crypto from 'node:crypto';
import type { ActivityRecord, BranchGrid, CityOverview, MyDuties, OrgNodeDetail, RequirementDetail, UnitOverview } from '@mofan/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { postSupervisedDepartments } from '../../db/schema/index';
import { addPost, createPerson, createUser } from '../../../test/factories';
import { type TwoUnits, createTwoUnits } from '../../../test/fixtures';
import { call, fieldsOf, login, useTestApp } from '../../../test/test-app';

// The test clock stands at 2026-03-02 09:00 (Asia/Shanghai): February is over, Q1 is not.
const t = useTestApp();
let u: TwoUnits;

function periodOf(overview: UnitOverview, requirementId: string, key: string) {
  return overview.requirements.find((r) => r.id === requirementId)?.periods.find((p) => p.key === key);
}

async function overview(): Promise<UnitOverview> {
  const res = await call(t, u.adminA, 'GET', `/api/compliance/units/${u.a.unit.id}?year=2026`);
  expect(res.statusCode).toBe(200);
  return res.json<UnitOverview>();
}

beforeAll(async () => {
  u = await createTwoUnits(t);
});

describe('one 主题党日 with a 党课 and a 警示教育片 counts everywhere it matches', () => {
  it("turns the branch's 主题党日 and 党课 and the lecturer's 讲党课 to met, counts towards 警示教育, and deleting it turns them back", async () => {
    const members = await Promise.all(Array.from({ length: 12 }, () => createPerson(t, u.a)));
    const secretary = members[0]!;
    await addPost(t, secretary.id, u.a.branch.id, 'branch_secretary', '2024-05-01');
    const before = await overview();
    expect(periodOf(before, 'org.theme_day', '2026-02')?.status).toBe('missed');

    const created = await call(t, u.adminA, 'POST', '/api/records', {
      ownerNodeId: u.a.branch.id,
      kinds: ['theme_day', 'party_lecture', 'warning_education'],
      occurredOn: '2026-02-27',
      topic: '重温入党誓词，书记讲党课，观看警示教育片',
      lecturerPersonId: secretary.id,
      participants: members.map((m) => ({ personId: m.id, present: true })),
    });
    expect(created.statusCode).toBe(201);
    const record = created.json<ActivityRecord>();

    const after = await overview();
    expect(periodOf(after, 'org.theme_day', '2026-02')).toMatchObject({ status: 'met', counts: { met: 1, total: 1 } });
    expect(periodOf(after, 'org.party_lecture', '2026-Q1')).toMatchObject({ status: 'met' });
    expect(periodOf(after, 'clean.warning_education', '2026')).toMatchObject({ status: 'not_yet_due' });
    const warning = await call(t, u.adminA, 'GET', `/api/compliance/units/${u.a.unit.id}/requirements/clean.warning_education?year=2026`);
    expect(warning.json<RequirementDetail>().results[0]).toMatchObject({ done: 1, needed: 4 });

    const lecture = await call(t, u.adminA, 'GET', `/api/compliance/units/${u.a.unit.id}/requirements/org.lecture_by_leader.secretary?year=2026`);
    const lecturer = lecture.json<RequirementDetail>().results.find((r) => r.targetKey === `person:${secretary.id}`);
    expect(lecturer).toMatchObject({ status: 'met', records: [{ id: record.id }] });

    const drill = await call(t, u.adminA, 'GET', `/api/compliance/units/${u.a.unit.id}/requirements/org.theme_day?year=2026&period=2026-02`);
    expect(drill.json<RequirementDetail>().results).toEqual([expect.objectContaining({ label: '第一党支部', status: 'met', records: [expect.objectContaining({ id: record.id })] })]);

    expect((await call(t, u.adminA, 'DELETE', `/api/records/${record.id}`)).statusCode).toBe(200);
    const reverted = await overview();
    expect(periodOf(reverted, 'org.theme_day', '2026-02')?.status).toBe('missed');
    expect(periodOf(reverted, 'org.party_lecture', '2026-Q1')?.status).toBe('not_yet_due');
  });
});

describe('a 班子成员 who 分管 three 科室', () => {
  it('has three separate half-yearly 廉政谈话 duties, one per 科室', async () => {
    const third = await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'department', name: '第三科', parentId: u.a.unit.id });
    const thirdId = third.json<OrgNodeDetail>().id;
    const leader = await createPerson(t, u.a);
    const post = await addPost(t, leader.id, u.a.unit.id, 'leadership_member', '2025-01-01');
    await t.ctx.db.insert(postSupervisedDepartments).values([u.a.departments[0].id, u.a.departments[1].id, thirdId].map((departmentId) => ({ postId: post.id, departmentId })));
    const res = await call(t, u.adminA, 'GET', `/api/compliance/units/${u.a.unit.id}/requirements/clean.leader_talk?year=2026&period=2026-H1`);
    expect(res.statusCode).toBe(200);
    const results = res.json<RequirementDetail>().results.filter((r) => r.targetKey.startsWith(`pair:${leader.id}:`));
    expect(results).toHaveLength(3);
    expect(results.map((r) => r.label.split(' × ')[1]).sort()).toEqual(['业务科', '办公室', '第三科'].sort());
  });
});

describe('the 组织生活大排查 grid and my duties', () => {
  it('shows each branch × meeting requirement × month with its count', async () => {
    const res = await call(t, u.adminA, 'GET', `/api/compliance/units/${u.a.unit.id}/branch-grid?year=2026`);
    expect(res.statusCode).toBe(200);
    const grid = res.json<BranchGrid>();
    expect(grid.months).toHaveLength(12);
    expect(grid.branches.map((b) => b.name)).toEqual(['第一党支部']);
    expect(grid.requirements.map((r) => r.id)).toEqual(['org.members_meeting', 'org.committee_meeting', 'org.party_lecture', 'org.theme_day']);
  });

  it("gives a member their own duties, and says so when the account has no person", async () => {
    const member = await createPerson(t, u.a);
    const user = await createUser(t, [], { personId: member.id });
    const session = await login(t, user.username, user.password);
    const res = await call(t, session, 'GET', '/api/compliance/my-duties');
    expect(res.statusCode).toBe(200);
    const duties = res.json<MyDuties>();
    expect(duties.personName).toBe(member.name);
    expect(duties.duties.map((d) => d.requirementId)).toContain('skill.monthly_book');
    expect((await call(t, u.adminA, 'GET', '/api/compliance/my-duties')).statusCode).toBe(404);
  });
});

describe('errors', () => {
  it('answers 401, 403 for another unit, 404 for a missing unit or requirement, 400 naming year', async () => {
    expect((await call(t, null, 'GET', `/api/compliance/units/${u.a.unit.id}`)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'GET', `/api/compliance/units/${u.a.unit.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'GET', `/api/compliance/units/${u.a.unit.id}/branch-grid`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/compliance/units/${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'GET', `/api/compliance/units/${u.a.unit.id}/requirements/org.nothing`)).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'GET', `/api/compliance/units/${u.a.unit.id}?year=abc`);
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['year']);
  });
});

describe('为群众办实事 counts once solved, not when only the need is known', () => {
  it("turns a member's yearly 办实事 duty to met only when the record reaches 解决问题", async () => {
    const member = await createPerson(t, u.a);
    const user = await createUser(t, [], { personId: member.id });
    const session = await login(t, user.username, user.password);
    const need = await call(t, session, 'POST', '/api/records', { personId: member.id, kinds: ['practical_matter'], occurredOn: '2026-02-03', topic: '小区路灯不亮' });
    expect(need.statusCode).toBe(201);
    const duty = async () => {
      const res = await call(t, u.adminA, 'GET', `/api/compliance/units/${u.a.unit.id}/requirements/field.person_practical_matter?year=2026`);
      return res.json<RequirementDetail>().results.find((r) => r.targetKey === `person:${member.id}`);
    };
    expect((await duty())?.status).toBe('not_yet_due');
    const record = need.json<ActivityRecord>();
    const solved = await call(t, session, 'PATCH', `/api/records/${record.id}`, { details: { claimedOn: '2026-02-04', solvedOn: '2026-02-20', solution: '协调供电所修复' }, version: record.version });
    expect(solved.statusCode).toBe(200);
    expect(await duty()).toMatchObject({ status: 'met', records: [{ id: record.id }] });
  });
});

describe('GET /api/compliance/city', () => {
  it("gives a 工委 official every unit × the programme's dimensions, and a unit admin only their unit", async () => {
    const official = await createUser(t, [{ role: 'committee_admin', scope: u.a.city }]);
    const session = await login(t, official.username, official.password);
    const res = await call(t, session, 'GET', `/api/compliance/city?year=2026&programme=000&nodeId=${u.a.city.id}`);
    expect(res.statusCode).toBe(200);
    const city = res.json<CityOverview>();
    expect(city.dimensions.map((d) => d.name)).toEqual(['政治清明', '干部清正', '业务清楚', '作风清廉', '氛围清新']);
    expect(city.units.map((x) => x.unitId).sort()).toEqual([u.a.unit.id, u.b.unit.id].sort());
    const row = city.units.find((x) => x.unitId === u.a.unit.id)!;
    expect(row.cells).toHaveLength(5);
    for (const cell of row.cells) expect(cell.met).toBeLessThanOrEqual(cell.due);
    const own = await call(t, u.adminA, 'GET', '/api/compliance/city?year=2026');
    expect(own.json<CityOverview>().units.map((x) => x.unitId)).toEqual([u.a.unit.id]);
    expect((await call(t, u.adminA, 'GET', `/api/compliance/city?nodeId=${u.a.city.id}`)).statusCode).toBe(403);
    expect((await call(t, null, 'GET', '/api/compliance/city')).statusCode).toBe(401);
    expect(fieldsOf(await call(t, session, 'GET', '/api/compliance/city?programme=999'))).toEqual(['programme']);
  });

  it('marks which units adopted the programme the 工委 published', async () => {
    const official = await createUser(t, [{ role: 'committee_admin', scope: u.a.city }]);
    const session = await login(t, official.username, official.password);
    const adoptedAt = async () => {
      const city = (await call(t, session, 'GET', `/api/compliance/city?year=2026&programme=001&nodeId=${u.a.city.id}`)).json<CityOverview>();
      return Object.fromEntries(city.units.map((x) => [x.unitId, x.adoptedAt]));
    };
    expect(await adoptedAt()).toEqual({ [u.a.unit.id]: null, [u.b.unit.id]: null });
    const published = await call(t, session, 'POST', '/api/programmes/publications', { nodeId: u.a.city.id, programmeCode: '001', note: '全市推开五型机关创建' });
    expect(published.statusCode).toBe(201);
    const adopted = await call(t, u.adminA, 'POST', `/api/programmes/publications/${published.json<{ id: string }>().id}/adoptions`, { unitId: u.a.unit.id });
    expect(adopted.statusCode).toBe(201);
    const after = await adoptedAt();
    expect(after[u.a.unit.id]).toEqual(expect.any(String));
    expect(after[u.b.unit.id]).toBeNull();
  });
});

describe('a 支部书记 reads the unit views limited to their branch', () => {
  it('sees their branch in the overview and the grid, not the rest of the unit', async () => {
    const second = await call(t, u.adminA, 'POST', '/api/org/nodes', { kind: 'branch', name: '第二党支部', parentId: u.a.committee.id });
    expect(second.statusCode).toBe(201);
    const secretary = await createPerson(t, u.a);
    await addPost(t, secretary.id, u.a.branch.id, 'branch_secretary', '2024-05-01');
    const user = await createUser(t, [], { personId: secretary.id });
    const session = await login(t, user.username, user.password);
    const grid = await call(t, session, 'GET', `/api/compliance/units/${u.a.unit.id}/branch-grid?year=2026`);
    expect(grid.statusCode).toBe(200);
    expect(grid.json<BranchGrid>().branches.map((b) => b.name)).toEqual(['第一党支部']);
    const detail = await call(t, session, 'GET', `/api/compliance/units/${u.a.unit.id}/requirements/org.theme_day?year=2026&period=2026-02`);
    expect(detail.json<RequirementDetail>().results.map((r) => r.label)).toEqual(['第一党支部']);
    const overview = (await call(t, session, 'GET', `/api/compliance/units/${u.a.unit.id}?year=2026`)).json<UnitOverview>();
    expect(overview.requirements.map((r) => r.id)).not.toContain('study.center_group');
    expect((await call(t, session, 'GET', `/api/compliance/units/${u.b.unit.id}`)).statusCode).toBe(403);
  });
});
