import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import type { ActivityRecord, Exemption, LeaveAway, LeaveRequest } from '@mofan/shared';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { personExemptions } from '../../db/schema/index';
import { type NodeRef, type UnitFixture, addPost, createPerson, createUser } from '../../../test/factories';
import { type Page, type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { storeCompliance, storedComplianceCount } from '../../../test/stored-compliance';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

// The test clock stands at 2026-03-02 (a Monday), 09:00 in Shanghai.
const t = useTestApp();
const missingId = crypto.randomUUID();
const REQUESTS = '/api/leave/requests';
let u: TwoUnits;
let committee: Session;

interface Account {
  person: Awaited<ReturnType<typeof createPerson>>;
  session: Session;
}

/** A person of the unit with an account, holding the given post besides their 科室 membership. */
async function account(fixture: UnitFixture, post?: { role: string; node: NodeRef }, department?: NodeRef): Promise<Account> {
  const person = await createPerson(t, fixture, department ? { department } : {});
  if (post) await addPost(t, person.id, post.node.id, post.role, '2024-01-01');
  const user = await createUser(t, [], { personId: person.id });
  return { person, session: await login(t, user.username, user.password) };
}

const leave = { kind: 'personal', startsOn: '2026-03-09', endsOn: '2026-03-13', reason: '家中有事' };

async function request(session: Session, body: Record<string, unknown> = leave): Promise<LeaveRequest> {
  const res = await call(t, session, 'POST', REQUESTS, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<LeaveRequest>();
}

async function approve(session: Session, r: LeaveRequest, note?: string) {
  return call(t, session, 'POST', `${REQUESTS}/${r.id}/approve`, { version: r.version, ...(note ? { note } : {}) });
}

beforeAll(async () => {
  u = await createTwoUnits(t);
  const admin = await createUser(t, [{ role: 'committee_admin', scope: u.a.city }]);
  committee = await login(t, admin.username, admin.password);
});

describe('POST /api/leave/requests', () => {
  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'POST', REQUESTS, leave)).statusCode).toBe(401);
  });

  it('lets a person ask for leave for themself, pending, for their 科室负责人, audited', async () => {
    const member = await account(u.a);
    const created = await request(member.session);
    expect(created).toMatchObject({
      personId: member.person.id,
      kind: 'personal',
      startsOn: '2026-03-09',
      endsOn: '2026-03-13',
      effectiveEndsOn: '2026-03-13',
      days: 5,
      status: 'pending',
      approvalLevel: 'department',
      departmentId: u.a.departments[0].id,
      canApprove: false,
      canCancel: true,
      canReturn: false,
      version: 1,
    });
    const audit = await auditEntriesOf(t, 'leave.request', created.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ kind: 'personal', startsOn: '2026-03-09', endsOn: '2026-03-13', onBehalf: false });
  });

  it('lets a clerk with people.write enter it for someone of the unit', async () => {
    const member = await createPerson(t, u.a);
    const res = await call(t, u.adminA, 'POST', REQUESTS, { ...leave, personId: member.id, kind: 'sick' });
    expect(res.statusCode).toBe(201);
    expect(res.json<LeaveRequest>()).toMatchObject({ personId: member.id, kind: 'sick', status: 'pending' });
  });

  it("answers 403 for another unit's person, and to a colleague without people.write", async () => {
    const member = await createPerson(t, u.a);
    expect((await call(t, u.adminB, 'POST', REQUESTS, { ...leave, personId: member.id })).statusCode).toBe(403);
    const colleague = await account(u.a);
    expect((await call(t, colleague.session, 'POST', REQUESTS, { ...leave, personId: member.id })).statusCode).toBe(403);
  });

  it.each([
    ['an end before the start', { endsOn: '2026-03-08' }, 'endsOn'],
    ['a kind not in the list', { kind: 'holiday' }, 'kind'],
    ['a start that is not a date', { startsOn: '2026-02-30' }, 'startsOn'],
    ['kind 其他 without a reason', { kind: 'other', reason: '' }, 'reason'],
    ['more than a year', { startsOn: '2026-03-01', endsOn: '2027-03-02' }, 'endsOn'],
    ['a person who does not exist', { personId: missingId }, 'personId'],
  ])('answers 400 for %s, naming the field', async (_name, change, field) => {
    const member = await account(u.a);
    const res = await call(t, member.session, 'POST', REQUESTS, { ...leave, ...change });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  });

  it('answers 400 naming personId to an account linked to nobody that names nobody', async () => {
    const res = await call(t, u.adminA, 'POST', REQUESTS, leave);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['personId']);
  });

  it.each([
    ['the same days', '2026-03-09', '2026-03-13', 400],
    ['one shared day', '2026-03-13', '2026-03-16', 400],
    ['the day after', '2026-03-14', '2026-03-15', 201],
  ])('against a pending request of the same person, %s answers %i', async (_name, startsOn, endsOn, status) => {
    const member = await account(u.a);
    await request(member.session);
    const res = await call(t, member.session, 'POST', REQUESTS, { kind: 'annual', startsOn, endsOn });
    expect(res.statusCode).toBe(status);
    if (status === 400) expect(fieldsOf(res)).toEqual(['startsOn']);
  });
});

describe('POST /api/leave/requests/:id/approve', () => {
  let headA: Account;
  beforeAll(async () => {
    headA = await account(u.a, { role: 'department_head', node: u.a.departments[0] });
  });

  it('answers 401 without a session', async () => {
    const member = await account(u.a);
    const r = await request(member.session);
    expect((await call(t, null, 'POST', `${REQUESTS}/${r.id}/approve`, { version: 1 })).statusCode).toBe(401);
  });

  it("approved by the 科室负责人: the exemption is written (source 请销假), the unit's stored compliance dropped, audited", async () => {
    const member = await account(u.a);
    const r = await request(member.session);
    expect((await call(t, headA.session, 'GET', `${REQUESTS}/${r.id}`)).json<LeaveRequest>().canApprove).toBe(true);
    await storeCompliance(t, u.a.unit.id);
    await storeCompliance(t, u.b.unit.id);
    const res = await approve(headA.session, r, '同意');
    expect(res.statusCode).toBe(200);
    const approved = res.json<LeaveRequest>();
    expect(approved).toMatchObject({ status: 'approved', decisionNote: '同意', version: 2 });
    expect(approved.exemptionId).not.toBeNull();
    const exemptions = await call(t, u.adminA, 'GET', `/api/people/${member.person.id}/exemptions`);
    expect(exemptions.json<Exemption[]>()).toEqual([
      expect.objectContaining({ id: approved.exemptionId, kind: 'leave', startsOn: '2026-03-09', endsOn: '2026-03-13', reason: '事假', source: 'leave_request' }),
    ]);
    expect(await storedComplianceCount(t, u.a.unit.id)).toBe(0);
    expect(await storedComplianceCount(t, u.b.unit.id)).toBe(1);
    const audit = await auditEntriesOf(t, 'leave.approve', r.id);
    expect(audit[0]?.details).toMatchObject({ approvalLevel: 'department', exemptionId: approved.exemptionId, note: '同意' });
  });

  describe('who approves (the rule, table-driven)', () => {
    const cases: [string, string | null, string, number][] = [
      ["a member's leave", null, 'the 科室负责人', 200],
      ["a member's leave", null, 'the head of the other 科室', 403],
      ["a member's leave", null, 'a colleague of the 科室', 403],
      ["a 科室负责人's leave", 'department_head', 'a fellow 科室负责人', 403],
      ["a 科室负责人's leave", 'department_head', 'a 班子成员', 200],
      ["a 科室负责人's leave", 'department_head', "the unit's administrator", 200],
      ["a 班子成员's leave", 'leadership_member', 'another 班子成员', 403],
      ["a 班子成员's leave", 'leadership_member', 'the 一把手', 200],
      ["the 一把手's leave", 'top_leader', "the unit's administrator", 403],
      ["the 一把手's leave", 'top_leader', 'the 工委', 200],
      ["a member's leave", null, "another unit's administrator", 403],
    ];
    let approvers: Record<string, Session>;
    beforeAll(async () => {
      const [d0, d1] = u.a.departments;
      approvers = {
        'the 科室负责人': headA.session,
        'a fellow 科室负责人': (await account(u.a, { role: 'department_head', node: d0 })).session,
        'the head of the other 科室': (await account(u.a, { role: 'department_head', node: d1 }, d1)).session,
        'a colleague of the 科室': (await account(u.a)).session,
        'a 班子成员': (await account(u.a, { role: 'leadership_member', node: u.a.unit })).session,
        'another 班子成员': (await account(u.a, { role: 'leadership_member', node: u.a.unit })).session,
        'the 一把手': (await account(u.a, { role: 'top_leader', node: u.a.unit })).session,
        "the unit's administrator": u.adminA,
        'the 工委': committee,
        "another unit's administrator": u.adminB,
      };
    });

    it.each(cases)('%s (post %s), by %s, answers %i', async (_who, post, by, status) => {
      const requester = await account(u.a, post ? { role: post, node: post === 'department_head' ? u.a.departments[0] : u.a.unit } : undefined);
      const r = await request(requester.session);
      const res = await approve(approvers[by]!, r);
      expect(res.statusCode).toBe(status);
      expect((await call(t, u.adminA, 'GET', `${REQUESTS}/${r.id}`)).json<LeaveRequest>().status).toBe(status === 200 ? 'approved' : 'pending');
    });
  });

  it('nobody approves their own leave, even with the right over their 科室', async () => {
    const clerk = await createPerson(t, u.a);
    const user = await createUser(t, [{ role: 'unit_admin', scope: u.a.unit }], { personId: clerk.id });
    const session = await login(t, user.username, user.password);
    const r = await request(session);
    const res = await approve(session, r);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { message: '不能审批本人的请假' } });
  });

  it('answers 404 for a missing request and 400 naming id or version', async () => {
    expect((await call(t, headA.session, 'POST', `${REQUESTS}/${missingId}/approve`, { version: 1 })).statusCode).toBe(404);
    const bad = await call(t, headA.session, 'POST', `${REQUESTS}/abc/approve`, { version: 1 });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['id']);
    const member = await account(u.a);
    const r = await request(member.session);
    const noVersion = await call(t, headA.session, 'POST', `${REQUESTS}/${r.id}/approve`, {});
    expect(noVersion.statusCode).toBe(400);
    expect(fieldsOf(noVersion)).toEqual(['version']);
  });

  it('answers 409 to a stale version and to a second decision', async () => {
    const member = await account(u.a);
    const r = await request(member.session);
    expect((await approve(headA.session, r)).statusCode).toBe(200);
    const stale = await approve(headA.session, r);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
    const again = await call(t, headA.session, 'POST', `${REQUESTS}/${r.id}/approve`, { version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'CONFLICT' } });
  });

  it('answers 409 when the days are already exempt for another reason, and writes nothing', async () => {
    const member = await account(u.a);
    await t.ctx.db.insert(personExemptions).values({ personId: member.person.id, kind: 'training', startsOn: '2026-03-12', endsOn: '2026-03-20' });
    const r = await request(member.session);
    expect((await approve(headA.session, r)).statusCode).toBe(409);
    expect(await t.ctx.db.select().from(personExemptions).where(eq(personExemptions.personId, member.person.id))).toHaveLength(1);
  });
});

describe('POST /api/leave/requests/:id/reject', () => {
  let head: Account;
  beforeAll(async () => {
    head = await account(u.a, { role: 'department_head', node: u.a.departments[0] });
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'POST', `${REQUESTS}/${missingId}/reject`, { version: 1, note: '工作紧' })).statusCode).toBe(401);
  });

  it('rejects with the reason, audited; no exemption is written; a second decision answers 409', async () => {
    const member = await account(u.a);
    const r = await request(member.session);
    const res = await call(t, head.session, 'POST', `${REQUESTS}/${r.id}/reject`, { version: 1, note: '近期工作任务重，请调整时间' });
    expect(res.statusCode).toBe(200);
    expect(res.json<LeaveRequest>()).toMatchObject({ status: 'rejected', decisionNote: '近期工作任务重，请调整时间', exemptionId: null });
    expect(await auditEntriesOf(t, 'leave.reject', r.id)).toHaveLength(1);
    expect(await t.ctx.db.select().from(personExemptions).where(eq(personExemptions.personId, member.person.id))).toHaveLength(0);
    expect((await call(t, head.session, 'POST', `${REQUESTS}/${r.id}/reject`, { version: 2, note: '再次' })).statusCode).toBe(409);
  });

  it('answers 400 naming note without a reason, 403 to the person and to another unit, 404 for a missing one', async () => {
    const member = await account(u.a);
    const r = await request(member.session);
    const noNote = await call(t, head.session, 'POST', `${REQUESTS}/${r.id}/reject`, { version: 1, note: '  ' });
    expect(noNote.statusCode).toBe(400);
    expect(fieldsOf(noNote)).toEqual(['note']);
    expect((await call(t, member.session, 'POST', `${REQUESTS}/${r.id}/reject`, { version: 1, note: '不' })).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'POST', `${REQUESTS}/${r.id}/reject`, { version: 1, note: '不' })).statusCode).toBe(403);
    expect((await call(t, head.session, 'POST', `${REQUESTS}/${missingId}/reject`, { version: 1, note: '不' })).statusCode).toBe(404);
  });
});

describe('POST /api/leave/requests/:id/cancel', () => {
  let head: Account;
  beforeAll(async () => {
    head = await account(u.a, { role: 'department_head', node: u.a.departments[0] });
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'POST', `${REQUESTS}/${missingId}/cancel`, { version: 1 })).statusCode).toBe(401);
  });

  it('the person withdraws a pending request', async () => {
    const member = await account(u.a);
    const r = await request(member.session);
    const res = await call(t, member.session, 'POST', `${REQUESTS}/${r.id}/cancel`, { version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json<LeaveRequest>()).toMatchObject({ status: 'cancelled', canCancel: false });
    expect((await auditEntriesOf(t, 'leave.cancel', r.id))[0]?.details).toEqual({ wasApproved: false, exemptionId: null });
  });

  it("cancelling an approved leave before it starts deletes its exemption and drops the unit's stored compliance", async () => {
    const member = await account(u.a);
    const r = await request(member.session);
    const approved = (await approve(head.session, r)).json<LeaveRequest>();
    await storeCompliance(t, u.a.unit.id);
    const res = await call(t, member.session, 'POST', `${REQUESTS}/${r.id}/cancel`, { version: approved.version });
    expect(res.statusCode).toBe(200);
    expect(res.json<LeaveRequest>()).toMatchObject({ status: 'cancelled', exemptionId: null });
    expect(await t.ctx.db.select().from(personExemptions).where(eq(personExemptions.personId, member.person.id))).toHaveLength(0);
    expect(await storedComplianceCount(t, u.a.unit.id)).toBe(0);
  });

  it('answers 409 once the approved leave has begun (销假 instead), and to a stale version', async () => {
    const member = await account(u.a);
    const r = await request(member.session, { kind: 'annual', startsOn: '2026-02-25', endsOn: '2026-03-04' });
    const approved = (await approve(head.session, r)).json<LeaveRequest>();
    expect(approved.canCancel).toBe(false);
    const begun = await call(t, member.session, 'POST', `${REQUESTS}/${r.id}/cancel`, { version: approved.version });
    expect(begun.statusCode).toBe(409);
    expect(begun.json()).toMatchObject({ error: { code: 'CONFLICT' } });
    expect((await call(t, member.session, 'POST', `${REQUESTS}/${r.id}/cancel`, { version: 1 })).json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
  });

  it('answers 403 to a colleague and to another unit, 404 for a missing request, 400 naming version', async () => {
    const member = await account(u.a);
    const r = await request(member.session);
    expect((await call(t, (await account(u.a)).session, 'POST', `${REQUESTS}/${r.id}/cancel`, { version: 1 })).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'POST', `${REQUESTS}/${r.id}/cancel`, { version: 1 })).statusCode).toBe(403);
    expect((await call(t, member.session, 'POST', `${REQUESTS}/${missingId}/cancel`, { version: 1 })).statusCode).toBe(404);
    const bad = await call(t, member.session, 'POST', `${REQUESTS}/${r.id}/cancel`, { version: 0 });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['version']);
  });
});

describe('POST /api/leave/requests/:id/return (销假)', () => {
  let head: Account;
  beforeAll(async () => {
    head = await account(u.a, { role: 'department_head', node: u.a.departments[0] });
  });

  async function begunLeave() {
    const member = await account(u.a);
    const r = await request(member.session, { kind: 'sick', startsOn: '2026-02-23', endsOn: '2026-03-06' });
    const approved = (await approve(head.session, r)).json<LeaveRequest>();
    return { member, approved };
  }

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'POST', `${REQUESTS}/${missingId}/return`, { version: 1, returnedOn: '2026-03-01' })).statusCode).toBe(401);
  });

  it('an early return shortens the leave and its exemption, and drops stored compliance', async () => {
    const { member, approved } = await begunLeave();
    // Both the approver (who just approved) and the person may record the return.
    expect(approved.canReturn).toBe(true);
    expect((await call(t, member.session, 'GET', `${REQUESTS}/${approved.id}`)).json<LeaveRequest>().canReturn).toBe(true);
    await storeCompliance(t, u.a.unit.id);
    const res = await call(t, member.session, 'POST', `${REQUESTS}/${approved.id}/return`, { version: approved.version, returnedOn: '2026-03-01' });
    expect(res.statusCode).toBe(200);
    expect(res.json<LeaveRequest>()).toMatchObject({ status: 'returned', returnedOn: '2026-03-01', effectiveEndsOn: '2026-03-01', endsOn: '2026-03-06', days: 7 });
    const [exemption] = await t.ctx.db.select().from(personExemptions).where(eq(personExemptions.personId, member.person.id));
    expect(exemption).toMatchObject({ startsOn: '2026-02-23', endsOn: '2026-03-01', source: 'leave_request' });
    expect(await storedComplianceCount(t, u.a.unit.id)).toBe(0);
    expect((await auditEntriesOf(t, 'leave.return', approved.id))[0]?.details).toMatchObject({ returnedOn: '2026-03-01', plannedEndsOn: '2026-03-06' });
  });

  it('the approver may record the return too', async () => {
    const { approved } = await begunLeave();
    const res = await call(t, head.session, 'POST', `${REQUESTS}/${approved.id}/return`, { version: approved.version, returnedOn: '2026-03-02' });
    expect(res.statusCode).toBe(200);
  });

  it.each([
    ['a day before the leave', '2026-02-22'],
    ['a day after the planned end', '2026-03-07'],
    ['a day after today', '2026-03-03'],
    ['not a date', '2026-03-32'],
  ])('answers 400 naming returnedOn for %s', async (_name, returnedOn) => {
    const { member, approved } = await begunLeave();
    const res = await call(t, member.session, 'POST', `${REQUESTS}/${approved.id}/return`, { version: approved.version, returnedOn });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['returnedOn']);
  });

  it('answers 409 for a pending request and a second return, 403 to a colleague and another unit, 404 for a missing one', async () => {
    const member = await account(u.a);
    const pending = await request(member.session, { kind: 'annual', startsOn: '2026-02-26', endsOn: '2026-02-27' });
    expect((await call(t, member.session, 'POST', `${REQUESTS}/${pending.id}/return`, { version: 1, returnedOn: '2026-02-27' })).statusCode).toBe(409);
    const { member: other, approved } = await begunLeave();
    expect((await call(t, (await account(u.a)).session, 'POST', `${REQUESTS}/${approved.id}/return`, { version: approved.version, returnedOn: '2026-03-01' })).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'POST', `${REQUESTS}/${approved.id}/return`, { version: approved.version, returnedOn: '2026-03-01' })).statusCode).toBe(403);
    expect((await call(t, other.session, 'POST', `${REQUESTS}/${approved.id}/return`, { version: approved.version, returnedOn: '2026-03-01' })).statusCode).toBe(200);
    expect((await call(t, other.session, 'POST', `${REQUESTS}/${approved.id}/return`, { version: approved.version + 1, returnedOn: '2026-03-01' })).statusCode).toBe(409);
    expect((await call(t, other.session, 'POST', `${REQUESTS}/${missingId}/return`, { version: 1, returnedOn: '2026-03-01' })).statusCode).toBe(404);
  });
});

describe('GET /api/leave/requests/mine, /awaiting-me, /:id', () => {
  let head: Account;
  let member: Account;
  let own: LeaveRequest;
  let headsOwn: LeaveRequest;
  let deputy: Account;
  beforeAll(async () => {
    head = await account(u.a, { role: 'department_head', node: u.a.departments[0] });
    deputy = await account(u.a, { role: 'leadership_member', node: u.a.unit });
    member = await account(u.a);
    own = await request(member.session);
    headsOwn = await request(head.session);
  });

  it('answers 401 without a session', async () => {
    for (const path of ['/mine', '/awaiting-me', `/${own.id}`]) expect((await call(t, null, 'GET', `${REQUESTS}${path}`)).statusCode).toBe(401);
  });

  it('lists the signed-in person’s own requests only; an account without a person has none', async () => {
    const mine = await call(t, member.session, 'GET', `${REQUESTS}/mine`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json<LeaveRequest[]>().map((r) => r.id)).toEqual([own.id]);
    expect((await call(t, u.adminA, 'GET', `${REQUESTS}/mine`)).json()).toEqual([]);
  });

  it("lists what waits for this approver: the member's for the 科室负责人, the 科室负责人's for the 班子成员", async () => {
    const forHead = (await call(t, head.session, 'GET', `${REQUESTS}/awaiting-me`)).json<LeaveRequest[]>().map((r) => r.id);
    expect(forHead).toContain(own.id);
    expect(forHead).not.toContain(headsOwn.id);
    const forDeputy = (await call(t, deputy.session, 'GET', `${REQUESTS}/awaiting-me`)).json<LeaveRequest[]>();
    expect(forDeputy.map((r) => r.id)).toEqual(expect.arrayContaining([own.id, headsOwn.id]));
    expect(forDeputy.find((r) => r.id === headsOwn.id)).toMatchObject({ approvalLevel: 'unit', canApprove: true });
    expect((await call(t, u.adminB, 'GET', `${REQUESTS}/awaiting-me`)).json<LeaveRequest[]>().map((r) => r.id)).not.toContain(own.id);
  });

  it('answers 403 for awaiting-me to an account that approves nothing', async () => {
    expect((await call(t, member.session, 'GET', `${REQUESTS}/awaiting-me`)).statusCode).toBe(403);
  });

  it('shows a request to the person and their approvers; 403 to a colleague and another unit; 404; 400 naming id', async () => {
    expect((await call(t, member.session, 'GET', `${REQUESTS}/${own.id}`)).statusCode).toBe(200);
    expect((await call(t, head.session, 'GET', `${REQUESTS}/${own.id}`)).json<LeaveRequest>()).toMatchObject({ canApprove: true, canCancel: false });
    expect((await call(t, (await account(u.a)).session, 'GET', `${REQUESTS}/${own.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'GET', `${REQUESTS}/${own.id}`)).statusCode).toBe(403);
    expect((await call(t, member.session, 'GET', `${REQUESTS}/${missingId}`)).statusCode).toBe(404);
    const bad = await call(t, member.session, 'GET', `${REQUESTS}/abc`);
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['id']);
  });
});

describe('GET /api/leave/requests and /api/leave/requests.xlsx', () => {
  let mine: LeaveRequest;
  beforeAll(async () => {
    const member = await account(u.a, undefined, u.a.departments[1]);
    mine = await request(member.session, { kind: 'family_visit', startsOn: '2026-04-01', endsOn: '2026-04-10', reason: '=HYPERLINK("http://x")' });
    const memberB = await account(u.b);
    await request(memberB.session);
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'GET', REQUESTS)).statusCode).toBe(401);
    expect((await call(t, null, 'GET', `${REQUESTS}.xlsx`)).statusCode).toBe(401);
  });

  it("lists the unit's requests filtered by node, status and dates; never another unit's", async () => {
    const res = await call(t, u.adminA, 'GET', `${REQUESTS}?nodeId=${u.a.departments[1].id}&status=pending&from=2026-04-05&to=2026-04-30`);
    expect(res.statusCode).toBe(200);
    const page = res.json<Page<LeaveRequest>>();
    expect(page.items.map((r) => r.id)).toEqual([mine.id]);
    const all = (await call(t, u.adminA, 'GET', `${REQUESTS}?pageSize=200`)).json<Page<LeaveRequest>>();
    expect(all.items.every((r) => r.unitId === u.a.unit.id)).toBe(true);
    expect((await call(t, u.adminA, 'GET', `${REQUESTS}?from=2026-04-11`)).json<Page<LeaveRequest>>().items.map((r) => r.id)).not.toContain(mine.id);
  });

  it('answers 403 for a node of another unit and to a member without rights, 404 for a missing node, 400 naming the field', async () => {
    expect((await call(t, u.adminB, 'GET', `${REQUESTS}?nodeId=${u.a.unit.id}`)).statusCode).toBe(403);
    expect((await call(t, (await account(u.a)).session, 'GET', REQUESTS)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `${REQUESTS}?nodeId=${missingId}`)).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'GET', `${REQUESTS}?status=away`);
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['status']);
    const reversed = await call(t, u.adminA, 'GET', `${REQUESTS}?from=2026-05-01&to=2026-04-01`);
    expect(reversed.statusCode).toBe(400);
    expect(fieldsOf(reversed)).toEqual(['to']);
  });

  it('exports the list to Excel with text cells neutralised; 403 for another unit', async () => {
    const res = await call(t, u.adminA, 'GET', `${REQUESTS}.xlsx?nodeId=${u.a.departments[1].id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('请销假记录')!;
    expect((sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual(['姓名', '单位', '科室', '类型', '起始日期', '结束日期', '销假日期', '天数', '事由', '状态', '审批人', '审批意见']);
    const row = (sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1);
    expect(row.slice(2, 10)).toEqual(['业务科', '探亲假', '2026-04-01', '2026-04-10', '', 10, `'=HYPERLINK("http://x")`, '待审批']);
    expect((await call(t, u.adminB, 'GET', `${REQUESTS}.xlsx?nodeId=${u.a.unit.id}`)).statusCode).toBe(403);
  });
});

describe('GET /api/leave/away', () => {
  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'GET', `/api/leave/away?nodeId=${u.a.unit.id}`)).statusCode).toBe(401);
  });

  it('answers 403 for another unit and to a member, 404 for a missing node, 400 naming date', async () => {
    expect((await call(t, u.adminB, 'GET', `/api/leave/away?nodeId=${u.a.unit.id}`)).statusCode).toBe(403);
    expect((await call(t, (await account(u.a)).session, 'GET', `/api/leave/away?nodeId=${u.a.departments[0].id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/leave/away?nodeId=${missingId}`)).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'GET', `/api/leave/away?nodeId=${u.a.unit.id}&date=2026-13-01`);
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['date']);
  });
});

describe('acceptance: a leave request is approved, the person shows as away in their 科室, and a meeting recorded during the leave lists them as absent with the reason', () => {
  // Units of their own, so that nobody else's leave shows in the 科室's list.
  let v: TwoUnits;
  beforeAll(async () => {
    v = await createTwoUnits(t);
  });

  it('runs the whole way', async () => {
    const head = await account(v.a, { role: 'department_head', node: v.a.departments[0] });
    const member = await account(v.a);
    const colleague = await createPerson(t, v.a);
    const secretary = await account(v.a, { role: 'branch_secretary', node: v.a.branch });

    const r = await request(member.session, { kind: 'personal', startsOn: '2026-02-27', endsOn: '2026-03-04', reason: '处理家事' });
    expect((await approve(head.session, r, '同意，注意保持通讯畅通')).statusCode).toBe(200);

    // The 科室's view of who is away today (the 科室负责人), and on a chosen day.
    const away = await call(t, head.session, 'GET', `/api/leave/away?nodeId=${v.a.departments[0].id}`);
    expect(away.statusCode).toBe(200);
    expect(away.json<LeaveAway>()).toMatchObject({
      date: '2026-03-02',
      people: [{ personId: member.person.id, kind: 'personal', startsOn: '2026-02-27', effectiveEndsOn: '2026-03-04', absenceReason: '请假（事假，2月27日至3月4日）' }],
    });
    const later = await call(t, head.session, 'GET', `/api/leave/away?nodeId=${v.a.departments[0].id}&date=2026-03-05`);
    expect(later.json<LeaveAway>().people).toEqual([]);

    // Whoever records the branch's meeting sees it too, and the record lists them as absent with the reason.
    const forBranch = (await call(t, secretary.session, 'GET', `/api/leave/away?nodeId=${v.a.branch.id}&date=2026-03-02`)).json<LeaveAway>();
    expect(forBranch.people.map((p) => p.personId)).toEqual([member.person.id]);
    const record = await call(t, secretary.session, 'POST', '/api/records', {
      ownerNodeId: v.a.branch.id,
      kinds: ['theme_day'],
      occurredOn: '2026-03-02',
      topic: '学习贯彻全会精神',
      participants: [
        { personId: colleague.id, present: true },
        { personId: member.person.id, present: false },
      ],
    });
    expect(record.statusCode, record.body).toBe(201);
    const participants = record.json<ActivityRecord>().participants;
    expect(participants.find((p) => p.personId === member.person.id)).toMatchObject({ present: false, absenceReason: '请假（事假，2月27日至3月4日）' });
    expect(participants.find((p) => p.personId === colleague.id)).toMatchObject({ present: true, absenceReason: null });

    // A reason the recorder typed is kept; a meeting after the leave gives no leave reason.
    const typed = await call(t, secretary.session, 'POST', '/api/records', {
      ownerNodeId: v.a.branch.id,
      kinds: ['committee_meeting'],
      occurredOn: '2026-03-02',
      participants: [{ personId: member.person.id, present: false, absenceReason: '请假（外出处理家事）' }],
    });
    expect(typed.json<ActivityRecord>().participants[0]).toMatchObject({ absenceReason: '请假（外出处理家事）' });

    // The approved leave excuses the person in compliance: the exemption reads back on the person.
    const exemptions = (await call(t, v.adminA, 'GET', `/api/people/${member.person.id}/exemptions`)).json<Exemption[]>();
    expect(exemptions).toEqual([expect.objectContaining({ kind: 'leave', source: 'leave_request', startsOn: '2026-02-27', endsOn: '2026-03-04' })]);
  });

  it('a meeting before the leave or after its early return gives no leave reason', async () => {
    const head = await account(v.a, { role: 'department_head', node: v.a.departments[0] });
    const member = await account(v.a);
    const r = await request(member.session, { kind: 'annual', startsOn: '2026-02-24', endsOn: '2026-03-06' });
    const approved = (await approve(head.session, r)).json<LeaveRequest>();
    expect((await call(t, member.session, 'POST', `${REQUESTS}/${r.id}/return`, { version: approved.version, returnedOn: '2026-02-26' })).statusCode).toBe(200);
    const afterReturn = await call(t, v.adminA, 'POST', '/api/records', {
      ownerNodeId: v.a.branch.id,
      kinds: ['theme_day'],
      occurredOn: '2026-02-27',
      participants: [{ personId: member.person.id, present: false }],
    });
    expect(afterReturn.json<ActivityRecord>().participants[0]).toMatchObject({ present: false, absenceReason: null });
    const during = await call(t, v.adminA, 'POST', '/api/records', {
      ownerNodeId: v.a.branch.id,
      kinds: ['theme_day'],
      occurredOn: '2026-02-25',
      participants: [{ personId: member.person.id, present: false }],
    });
    expect(during.json<ActivityRecord>().participants[0]).toMatchObject({ absenceReason: '请假（年休假，2月24日至2月26日）' });
  });
});
