import crypto from 'node:crypto';
import type { DirectiveDetail, DirectiveStatus } from '@mofan/shared';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditEntriesOf } from '../../../test/fixtures';
import { type Session, fieldsOf, useTestApp } from '../../../test/test-app';
import { type DirectiveWorld, createDirectiveWorld, detailOf, directiveInput, registerAs, stepAs, stepOk, travel } from './directives.fixtures';

const t = useTestApp();
const missingId = crypto.randomUUID();
let w: DirectiveWorld;

const MONDAY = '2025-09-29T09:00:00+08:00';

beforeAll(async () => {
  t.clock.set(MONDAY);
  w = await createDirectiveWorld(t);
});

beforeEach(async () => {
  await travel(t, MONDAY);
});

/** A minute passes between steps (less the second stepAs adds), so the history shows each step at its own time. */
async function next<T>(promise: () => Promise<T>): Promise<T> {
  t.clock.advance(59_000);
  return promise();
}

describe('a rejected 办结 returns the directive to 办理 with the reason, and the history shows every step', () => {
  it('walks 立项 → 交办 → 签收 → 办理 → 办结 → 退回 → 办理 → 办结 → 销号 with actor and time at every step', async () => {
    let d = await registerAs(t, w.supervisor, directiveInput(w, { title: '退回一次再销号' }));
    d = await next(() => stepOk(t, w.supervisor, d, 'assign', { note: '请办公室牵头办理' }));
    expect(d).toMatchObject({ status: 'assigned', assignedAt: '2025-09-29T01:01:00.000Z' });
    expect((await detailOf(t, w.lead, d.id)).actions).toEqual(['sign', 'request_extension']);
    expect((await detailOf(t, w.assist, d.id)).actions).toEqual([]);
    expect((await detailOf(t, w.supervisor, d.id)).actions).toEqual(['urge']);

    d = await next(() => stepOk(t, w.lead, d, 'sign'));
    expect(d).toMatchObject({ status: 'signed', signedAt: '2025-09-29T01:02:00.000Z' });
    d = await next(() => stepOk(t, w.lead, d, 'reports', { text: '已起草落实意见' }));
    expect(d.status).toBe('in_progress');
    d = await next(() => stepOk(t, w.assist, d, 'reports', { text: '业务科已提供数据' }));
    expect((await detailOf(t, w.lead, d.id)).actions).toEqual(['report', 'complete', 'request_extension']);
    d = await next(() => stepOk(t, w.lead, d, 'complete', { result: '已印发落实意见' }));
    expect(d).toMatchObject({ status: 'completed', result: '已印发落实意见', completedAt: expect.any(String) });
    expect((await detailOf(t, w.supervisor, d.id)).actions).toEqual(['accept', 'reject']);

    d = await next(() => stepOk(t, w.supervisor, d, 'reject', { reason: '未附印发文件，请补充' }));
    expect(d).toMatchObject({ status: 'in_progress', completedAt: null });
    d = await next(() => stepOk(t, w.lead, d, 'reports', { text: '已补充印发文件' }));
    d = await next(() => stepOk(t, w.lead, d, 'complete', { result: '已印发落实意见并附文件' }));
    d = await next(() => stepOk(t, w.supervisor, d, 'accept', { note: '同意销号' }));
    expect(d).toMatchObject({ status: 'closed', result: '已印发落实意见并附文件', light: 'green', actions: [] });

    const history = d.events.map((e) => [e.action, e.fromStatus, e.toStatus, e.note]);
    expect(history).toEqual([
      ['registered', null, 'registered', null],
      ['assigned', 'registered', 'assigned', '请办公室牵头办理'],
      ['signed', 'assigned', 'signed', null],
      ['reported', 'signed', 'in_progress', '已起草落实意见'],
      ['reported', 'in_progress', 'in_progress', '业务科已提供数据'],
      ['completed', 'in_progress', 'completed', '已印发落实意见'],
      ['rejected', 'completed', 'in_progress', '未附印发文件，请补充'],
      ['reported', 'in_progress', 'in_progress', '已补充印发文件'],
      ['completed', 'in_progress', 'completed', '已印发落实意见并附文件'],
      ['closed', 'completed', 'closed', '同意销号'],
    ]);
    const times = d.events.map((e) => e.at);
    expect(new Set(times).size).toBe(times.length);
    expect([...times].sort()).toEqual(times);
    expect(d.events.every((e) => e.actorName.length > 0)).toBe(true);
    expect(d.events.find((e) => e.note === '业务科已提供数据')).toMatchObject({ nodeId: w.u.a.departments[1].id, nodeName: '业务科', details: { role: 'assist' } });
    for (const action of ['directive.create', 'directive.assign', 'directive.sign', 'directive.close']) expect(await auditEntriesOf(t, action, d.id)).toHaveLength(1);
    for (const action of ['directive.report', 'directive.complete']) expect((await auditEntriesOf(t, action, d.id)).length).toBeGreaterThanOrEqual(2);
    expect(await auditEntriesOf(t, 'directive.reject', d.id)).toHaveLength(1);
  });
});

/** A directive brought to the given step by the right people. */
async function directiveAt(status: DirectiveStatus): Promise<DirectiveDetail> {
  let d = await registerAs(t, w.supervisor, directiveInput(w, { title: `处于${status}的督办件` }));
  const path: [DirectiveStatus, Session, string, Record<string, unknown>][] = [
    ['assigned', w.supervisor, 'assign', {}],
    ['signed', w.lead, 'sign', {}],
    ['in_progress', w.lead, 'reports', { text: '进展' }],
    ['completed', w.lead, 'complete', { result: '结果' }],
    ['closed', w.supervisor, 'accept', {}],
  ];
  for (const [reached, session, step, body] of path) {
    if (d.status === status) break;
    d = await stepOk(t, session, d, step, body);
    if (reached === status) break;
  }
  return d;
}

type Who = 'supervisor' | 'lead' | 'assist';

describe.each<[string, Who, Who, DirectiveStatus, DirectiveStatus, DirectiveStatus, Record<string, unknown>, Record<string, unknown>, string]>([
  // step, actor, a visible user without the right, from, to, a wrong step, a good body, a bad body, the field the bad body names
  ['assign', 'supervisor', 'lead', 'registered', 'assigned', 'assigned', { note: '交办' }, { note: 'x'.repeat(2001) }, 'note'],
  ['sign', 'lead', 'assist', 'assigned', 'signed', 'signed', {}, { note: 5 }, 'note'],
  ['reports', 'assist', 'supervisor', 'signed', 'in_progress', 'assigned', { text: '协办进展' }, { text: '' }, 'text'],
  ['complete', 'lead', 'assist', 'in_progress', 'completed', 'assigned', { result: '办结' }, { result: ' ' }, 'result'],
  ['accept', 'supervisor', 'lead', 'completed', 'closed', 'in_progress', {}, { note: ['x'] }, 'note'],
  ['reject', 'supervisor', 'lead', 'completed', 'in_progress', 'signed', { reason: '不合格' }, {}, 'reason'],
  ['urge', 'supervisor', 'lead', 'signed', 'signed', 'completed', { note: '请加快办理' }, { note: '' }, 'note'],
])('POST /api/directives/:id/%s', (step, actor, bystander, from, to, wrongStep, good, bad, field) => {
  it(`moves ${from} → ${to}, audited`, async () => {
    const d = await directiveAt(from);
    const res = await stepAs(t, w[actor], d, step, good);
    expect(res.statusCode).toBe(200);
    expect(res.json<DirectiveDetail>()).toMatchObject({ status: to, version: d.version + 1 });
    expect((await auditEntriesOf(t, `directive.${step === 'reports' ? 'report' : step === 'accept' ? 'close' : step}`, d.id)).length).toBeGreaterThanOrEqual(1);
  });

  it('answers 401 without a session, 403 to another unit and to a user without the right, 404 for a missing one', async () => {
    const d = await directiveAt(from);
    expect((await stepAs(t, null, d, step, good)).statusCode).toBe(401);
    expect((await stepAs(t, w.outsider, d, step, good)).statusCode).toBe(403);
    expect((await stepAs(t, w[bystander], d, step, good)).statusCode).toBe(403);
    expect((await stepAs(t, w[actor], { id: missingId, version: 1 }, step, good)).statusCode).toBe(404);
  });

  it('answers 400 naming the field', async () => {
    const d = await directiveAt(from);
    const res = await stepAs(t, w[actor], d, step, bad);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(field);
    const noVersion = await stepAs(t, w[actor], { id: d.id, version: 'x' as unknown as number }, step, good);
    expect(fieldsOf(noVersion)).toEqual(['version']);
  });

  it(`answers 409 from the wrong step (${wrongStep}) with a clear message, and for a stale version`, async () => {
    const wrong = await directiveAt(wrongStep);
    const res = await stepAs(t, w[actor], wrong, step, good);
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(/^该督办件.+，不能.+（.+时才可.+）$/);
    const d = await directiveAt(from);
    const moved = await stepAs(t, w[actor], { id: d.id, version: d.version + 1 }, step, good);
    expect(moved.statusCode).toBe(409);
    expect(moved.json<{ error: { code: string } }>().error.code).toBe('VERSION_CONFLICT');
  });
});

describe('before 交办', () => {
  it('is the supervising office’s own: its handlers get 403 for it', async () => {
    const d = await directiveAt('registered');
    expect((await stepAs(t, w.lead, d, 'sign')).statusCode).toBe(403);
    expect((await stepAs(t, w.assist, d, 'reports', { text: '进展' })).statusCode).toBe(403);
  });
});

describe('progress reports name the node they are made for', () => {
  it('lets the 承办 report for itself only, and refuses a node that is not an assignee', async () => {
    const d = await directiveAt('signed');
    expect((await stepAs(t, w.lead, d, 'reports', { text: '以协办名义', nodeId: w.u.a.departments[1].id })).statusCode).toBe(403);
    const stranger = await stepAs(t, w.lead, d, 'reports', { text: '无关单位', nodeId: w.u.b.unit.id });
    expect(stranger.statusCode).toBe(400);
    expect(fieldsOf(stranger)).toEqual(['nodeId']);
    const own = await stepOk(t, w.lead, d, 'reports', { text: '以承办名义', nodeId: w.u.a.departments[0].id });
    expect(own.events.at(-1)).toMatchObject({ nodeId: w.u.a.departments[0].id, details: { role: 'lead' } });
  });
});
