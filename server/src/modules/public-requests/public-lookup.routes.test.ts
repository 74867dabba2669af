import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PublicLookup, PublicRequestDetail, PublicRequestWithCode } from '@mofan/shared';
import { createPerson, createUser } from '../../../test/factories';
import { type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';
import { generateLookupCode } from './lookup-code';
import { PUBLIC_LOOKUPS_PER_MINUTE } from './public-lookup.routes';

// The clock stands at 2026-03-02; it moves a minute between staff steps.
const t = useTestApp();
let u: TwoUnits;
let handler: Session;
let handlerName: string;
let member: { id: string; name: string };
let nextIp = 1;

beforeAll(async () => {
  u = await createTwoUnits(t);
  const user = await createUser(t, [{ role: 'unit_admin', scope: u.a.unit }], { username: 'zhang_banshi' });
  handler = await login(t, user.username, user.password);
  handlerName = user.username;
  member = await createPerson(t, u.a, { name: '周认领' });
});

/** A client address of its own, so that each test starts with a fresh minute of the rate limit. */
function anotherIp(): string {
  nextIp += 1;
  return `203.0.113.${nextIp}`;
}

/** An anonymous visitor: no cookie, no CSRF token. */
function visitor(ip = anotherIp()) {
  return {
    look: (code: string): Promise<LightMyRequestResponse> => t.app.inject({ method: 'GET', url: `/api/public/requests/${encodeURIComponent(code)}`, remoteAddress: ip }),
    answer: (code: string, payload: Record<string, unknown>): Promise<LightMyRequestResponse> =>
      t.app.inject({ method: 'POST', url: `/api/public/requests/${encodeURIComponent(code)}/feedback`, payload, remoteAddress: ip }),
  };
}

async function step(r: PublicRequestDetail, name: string, body: Record<string, unknown>): Promise<PublicRequestDetail> {
  t.clock.advance(60_000);
  const res = await call(t, handler, 'POST', `/api/public-requests/${r.id}/${name}`, { version: r.version, ...body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<PublicRequestDetail>();
}

async function raise(title: string): Promise<PublicRequestWithCode> {
  const res = await call(t, handler, 'POST', '/api/public-requests', {
    nodeId: u.a.unit.id,
    title,
    content: '内容里有住址：幸福路8号',
    requesterName: '钱阿姨',
    requesterContact: '13612345678',
    raisedOn: '2026-02-25',
  });
  expect(res.statusCode).toBe(201);
  return res.json<PublicRequestWithCode>();
}

/** Nothing the lookup page must not show: staff names, the contact, the content, internal notes. */
function expectNothingPrivate(res: LightMyRequestResponse): void {
  for (const secret of [handlerName, member.name, '钱阿姨', '13612345678', '幸福路8号', '内部说明：先联系社区']) expect(res.body).not.toContain(secret);
}

describe('acceptance: a 群众诉求 raised with a lookup code can be followed without an account; a dissatisfied reply reopens it', () => {
  it('is followed by code, answered dissatisfied, reopened for 回访, solved again and answered satisfied', async () => {
    const raised = await raise('小区垃圾清运不及时');
    let r = raised.request;
    const code = raised.lookupCode;
    const person = visitor();

    // Followed without an account, the code typed as printed (ABCDE-FGHJK) or in lower case.
    let res = await person.look(`${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json<PublicLookup>()).toEqual({
      title: '小区垃圾清运不及时',
      nodeName: u.a.unit.name,
      claimedNodeName: null,
      raisedOn: '2026-02-25',
      status: 'received',
      steps: [{ action: 'received', on: '2026-02-25' }],
      solution: null,
      solvedOn: null,
      improvement: null,
      closedOn: null,
      feedback: null,
      canGiveFeedback: false,
    });
    expectNothingPrivate(res);
    const early = await person.answer(code, { satisfied: true });
    expect(early.statusCode).toBe(409);

    r = await step(r, 'claim', { nodeId: u.a.departments[0].id, personId: member.id, note: '内部说明：先联系社区' });
    r = await step(r, 'solve', { solution: '已与环卫所约定每日清运两次', solvedOn: '2026-03-02' });
    res = await person.look(code);
    expect(res.json<PublicLookup>()).toMatchObject({
      status: 'solved',
      claimedNodeName: `${u.a.unit.name} 办公室`,
      solution: '已与环卫所约定每日清运两次',
      solvedOn: '2026-03-02',
      steps: [
        { action: 'received', on: '2026-02-25' },
        { action: 'claimed', on: '2026-03-02' },
        { action: 'solved', on: '2026-03-02' },
      ],
      canGiveFeedback: true,
    });
    expectNothingPrivate(res);

    // Dissatisfied needs a reason; then the request is reopened for a return visit.
    const noReason = await person.answer(code, { satisfied: false });
    expect(noReason.statusCode).toBe(400);
    expect(fieldsOf(noReason)).toEqual(['comment']);
    t.clock.advance(60_000);
    res = await person.answer(code, { satisfied: false, comment: '周末仍然没有清运' });
    expect(res.statusCode).toBe(200);
    expect(res.json<PublicLookup>()).toMatchObject({ status: 'reopened', canGiveFeedback: false, feedback: { satisfied: false, comment: '周末仍然没有清运', on: '2026-03-02' } });
    expect((await person.answer(code, { satisfied: true })).statusCode).toBe(409);

    r = (await call(t, handler, 'GET', `/api/public-requests/${r.id}`)).json<PublicRequestDetail>();
    expect(r).toMatchObject({ status: 'reopened', satisfaction: 'dissatisfied', feedback: '周末仍然没有清运', actions: ['update', 'revisit', 'reissue_code'] });
    expect(r.events.at(-1)).toMatchObject({ action: 'reopened', actorName: '群众', note: '周末仍然没有清运' });
    const [audit] = await auditEntriesOf(t, 'public_request.feedback', r.id);
    expect(audit).toMatchObject({ userId: null, username: 'public', result: 'success', details: { satisfied: false, from: 'solved', to: 'reopened' } });

    // 回访, solved again (a new round of feedback), closed with what changed, then answered satisfied.
    r = await step(r, 'revisit', { note: '电话回访：周末清运确有遗漏' });
    expect(r.status).toBe('claimed');
    r = await step(r, 'solve', { solution: '周末增派一班清运', solvedOn: '2026-03-02' });
    expect(r).toMatchObject({ satisfaction: null, feedback: null });
    r = await step(r, 'close', { improvement: '清运计划覆盖节假日，纳入环卫考核' });
    t.clock.advance(60_000);
    res = await person.answer(code, { satisfied: true, comment: '现在很及时' });
    expect(res.statusCode).toBe(200);
    const final = res.json<PublicLookup>();
    expect(final).toMatchObject({
      status: 'closed',
      solution: '周末增派一班清运',
      improvement: '清运计划覆盖节假日，纳入环卫考核',
      closedOn: '2026-03-02',
      feedback: { satisfied: true, comment: '现在很及时' },
      canGiveFeedback: false,
    });
    expect(final.steps.map((s) => s.action)).toEqual(['received', 'claimed', 'solved', 'reopened', 'revisited', 'solved', 'closed', 'satisfied']);
    expectNothingPrivate(res);
    r = (await call(t, handler, 'GET', `/api/public-requests/${r.id}`)).json<PublicRequestDetail>();
    expect(r).toMatchObject({ status: 'closed', satisfaction: 'satisfied' });
    expect(await auditEntriesOf(t, 'public_request.feedback', r.id)).toHaveLength(2);
  });
});

describe('GET /api/public/requests/:code and POST …/feedback', () => {
  it('answer every miss with the same 404, saying nothing about the code', async () => {
    const person = visitor();
    const unknown = await person.look(generateLookupCode());
    const malformed = await person.look('not-a-code!');
    const answered = await person.answer(generateLookupCode(), { satisfied: true });
    for (const res of [unknown, malformed, answered]) expect(res.statusCode).toBe(404);
    expect(malformed.body).toBe(unknown.body);
    expect(answered.body).toBe(unknown.body);
  });

  it('need no session: a signed-in caller is treated the same, and no CSRF token is asked for', async () => {
    const { lookupCode } = await raise('公园健身器材损坏');
    expect((await call(t, handler, 'GET', `/api/public/requests/${lookupCode}`)).statusCode).toBe(200);
    const anonymous = await t.app.inject({ method: 'POST', url: `/api/public/requests/${lookupCode}/feedback`, payload: { satisfied: true }, remoteAddress: anotherIp() });
    expect(anonymous.statusCode).toBe(409);
  });

  it('answer 400 naming the field for a malformed answer or an overlong code', async () => {
    const { lookupCode } = await raise('路口红绿灯时间短');
    const person = visitor();
    for (const [payload, field] of [
      [{}, 'satisfied'],
      [{ satisfied: 'yes' }, 'satisfied'],
      [{ satisfied: true, comment: '好'.repeat(1001) }, 'comment'],
    ] as const) {
      const res = await person.answer(lookupCode, payload);
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual([field]);
    }
    const long = await person.look('A'.repeat(41));
    expect(long.statusCode).toBe(400);
    expect(fieldsOf(long)).toEqual(['code']);
  });

  it(`allow ${PUBLIC_LOOKUPS_PER_MINUTE} lookups and answers a minute per address, then 429 until the minute is over`, async () => {
    const { lookupCode } = await raise('夜间施工扰民');
    const ip = anotherIp();
    const person = visitor(ip);
    for (let i = 0; i < PUBLIC_LOOKUPS_PER_MINUTE - 1; i += 1) expect((await person.look(i % 2 ? lookupCode : generateLookupCode())).statusCode).not.toBe(429);
    expect((await person.answer(lookupCode, { satisfied: true })).statusCode).toBe(409);
    const limited = await person.look(lookupCode);
    expect(limited.statusCode).toBe(429);
    expect(limited.json<{ error: { code: string } }>().error.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await person.answer(lookupCode, { satisfied: true })).statusCode).toBe(429);
    // Another address is not held back, and the minute passes.
    expect((await visitor().look(lookupCode)).statusCode).toBe(200);
    t.clock.advance(60_000);
    expect((await person.look(lookupCode)).statusCode).toBe(200);
  });
});
