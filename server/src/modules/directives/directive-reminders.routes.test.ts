import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import type { DirectiveBoard, DirectiveDetail, DirectivePage, DirectiveReminders, DirectiveWebhookView } from '@mofan/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { directiveEvents } from '../../db/schema/index';
import { auditEntriesOf } from '../../../test/fixtures';
import { type Session, call, fieldsOf, useTestApp } from '../../../test/test-app';
import { sendRedNotices } from './directive-reminders.service';
import { startDirectiveSweeper } from './directive-sweeper';
import { type DirectiveWorld, createDirectiveWorld, detailOf, directiveInput, registerAs, signIn, signedDirective, stepOk, travel } from './directives.fixtures';

const t = useTestApp();
let w: DirectiveWorld;
let admin: Session;

const at = (date: string) => `${date}T09:00:00+08:00`;

beforeAll(async () => {
  t.clock.set(at('2025-09-26'));
  w = await createDirectiveWorld(t);
  admin = await signIn(t, [{ role: 'system_admin', scope: null }]);
});

async function reminders(session: Session): Promise<DirectiveReminders> {
  const res = await call(t, session, 'GET', '/api/directives/reminders');
  expect(res.statusCode).toBe(200);
  return res.json<DirectiveReminders>();
}

function reasonsFor(list: DirectiveReminders['handling'], id: string) {
  return list.find((r) => r.directive.id === id)?.reasons ?? [];
}

describe('a directive without a time limit registered on the Friday before 国庆 2025', () => {
  let d: DirectiveDetail;
  beforeAll(async () => {
    await travel(t, at('2025-09-26'));
    d = await signedDirective(t, w, { title: '国庆前的督办件' });
  });

  it('is due on Monday 13 October (7 working days: 28, 29, 30 September, 9, 10, 11, 13 October)', () => {
    expect(d).toMatchObject({ registeredOn: '2025-09-26', dueOn: '2025-10-13', limitKind: 'default' });
  });

  it.each([
    ['2025-09-26', 'green', [], []],
    ['2025-09-30', 'green', [], []],
    ['2025-10-08', 'green', [], []],
    ['2025-10-09', 'yellow', ['due_soon'], []],
    ['2025-10-11', 'yellow', ['due_soon'], []],
    ['2025-10-13', 'yellow', ['due_soon'], []],
    ['2025-10-14', 'red', ['overdue'], ['overdue']],
    ['2025-11-03', 'red', ['overdue'], ['overdue']],
  ])('on %s it shows %s, in the lists, the board and the reminders', async (date, light, handlerReasons, supervisorReasons) => {
    await travel(t, at(date));
    expect((await detailOf(t, w.lead, d.id)).light).toBe(light);
    const filtered = await call(t, w.supervisor, 'GET', `/api/directives?light=${light}&pageSize=200`);
    expect(filtered.json<DirectivePage>().items.map((x) => x.id)).toContain(d.id);
    const board = (await call(t, w.supervisor, 'GET', `/api/directives/board?nodeId=${w.u.a.departments[0].id}`)).json<DirectiveBoard>();
    expect(board.totals.lights[light as 'green' | 'yellow' | 'red']).toBeGreaterThanOrEqual(1);
    expect(reasonsFor((await reminders(w.lead)).handling, d.id)).toEqual(handlerReasons);
    expect(reasonsFor((await reminders(w.supervisor)).supervising, d.id)).toEqual(supervisorReasons);
  });
});

describe('GET /api/directives/reminders', () => {
  it('answers 401 without a session and 403 without any directive right', async () => {
    expect((await call(t, null, 'GET', '/api/directives/reminders')).statusCode).toBe(401);
    const stranger = await signIn(t, [{ role: 'branch_secretary', scope: w.u.a.branch }]);
    expect((await call(t, stranger, 'GET', '/api/directives/reminders')).statusCode).toBe(403);
  });

  it('reminds the 承办 to sign (not the 协办), of an urging until answered, and never another unit', async () => {
    await travel(t, at('2025-09-26'));
    const registered = await registerAs(t, w.supervisor, directiveInput(w, { title: '待签收' }));
    const assigned = await stepOk(t, w.supervisor, registered, 'assign');
    expect(reasonsFor((await reminders(w.lead)).handling, assigned.id)).toEqual(['awaiting_sign']);
    expect(reasonsFor((await reminders(w.assist)).handling, assigned.id)).toEqual([]);
    const urged = await stepOk(t, w.supervisor, assigned, 'urge', { note: '请尽快签收' });
    expect(urged.urgedAt).not.toBeNull();
    expect(reasonsFor((await reminders(w.lead)).handling, assigned.id)).toEqual(['awaiting_sign', 'urged']);
    expect(reasonsFor((await reminders(w.assist)).handling, assigned.id)).toEqual(['urged']);
    const signed = await stepOk(t, w.lead, urged, 'sign');
    expect(signed.urgedAt).toBeNull();
    expect(reasonsFor((await reminders(w.lead)).handling, assigned.id)).toEqual([]);
    const outsider = await reminders(w.outsider);
    expect([...outsider.handling, ...outsider.supervising]).toEqual([]);
  });

  it('reminds a complex matter’s handlers of its progress report, counted from the last one', async () => {
    await travel(t, at('2025-09-26'));
    const d = await signedDirective(t, w, { title: '复杂事项', dueOn: '2025-12-31', reportEveryWorkingDays: 5 });
    expect(d).toMatchObject({ nextReportDueOn: '2025-10-10', reportOverdue: false });
    expect(reasonsFor((await reminders(w.lead)).handling, d.id)).toEqual([]);
    await travel(t, at('2025-10-09'));
    expect(reasonsFor((await reminders(w.assist)).handling, d.id)).toEqual(['report_due']);
    await travel(t, at('2025-10-11'));
    expect(await detailOf(t, w.lead, d.id)).toMatchObject({ nextReportDueOn: '2025-10-10', reportOverdue: true });
    const reported = await stepOk(t, w.assist, await detailOf(t, w.assist, d.id), 'reports', { text: '阶段进展' });
    expect(reported).toMatchObject({ nextReportDueOn: '2025-10-17', reportOverdue: false });
    expect(reasonsFor((await reminders(w.lead)).handling, d.id)).toEqual([]);
  });

  it('reminds the supervisor of 办结 awaiting review and of an extension to decide', async () => {
    await travel(t, at('2025-09-26'));
    const a = await signedDirective(t, w, { title: '待审核' });
    await stepOk(t, w.lead, a, 'complete', { result: '已办结' });
    const b = await signedDirective(t, w, { title: '待批延期' });
    await stepOk(t, w.lead, b, 'extensions', { requestedDueOn: '2025-10-15', reason: '需要时间' });
    const mine = await reminders(w.supervisor);
    expect(reasonsFor(mine.supervising, a.id)).toEqual(['awaiting_review']);
    expect(reasonsFor(mine.supervising, b.id)).toEqual(['extension_pending']);
    expect(mine.today).toBe('2025-09-26');
  });
});

interface Received {
  url: string;
  body: { msgtype: string; text: { content: string } };
}

/** A stand-in for the 钉钉 / 企业微信 robot on a local port. */
async function startRobot(status = 200) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ url: req.url ?? '', body: JSON.parse(body) as Received['body'] });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('the group robot (钉钉 / 企业微信)', () => {
  let robot: Awaited<ReturnType<typeof startRobot>>;
  const warnings: string[] = [];
  let quiet: typeof t.ctx.log;
  beforeAll(async () => {
    robot = await startRobot();
    quiet = t.ctx.log;
    t.ctx.log = { info: () => undefined, error: () => undefined, warn: (obj: unknown, msg?: string) => warnings.push(`${typeof obj === 'string' ? obj : JSON.stringify(obj)} ${msg ?? ''}`) };
  });
  afterAll(async () => {
    await robot.close();
    t.ctx.log = quiet;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('GET, PUT, DELETE /api/directives/webhook: 401, 403 unless system-wide, 400 naming the field', async () => {
    await travel(t, at('2025-10-20'));
    expect((await call(t, null, 'GET', '/api/directives/webhook')).statusCode).toBe(401);
    expect((await call(t, null, 'PUT', '/api/directives/webhook', { kind: 'dingtalk', url: `${robot.base}/x` })).statusCode).toBe(401);
    for (const session of [w.supervisor, w.outsider]) {
      expect((await call(t, session, 'GET', '/api/directives/webhook')).statusCode).toBe(403);
      expect((await call(t, session, 'PUT', '/api/directives/webhook', { kind: 'dingtalk', url: `${robot.base}/x` })).statusCode).toBe(403);
      expect((await call(t, session, 'DELETE', '/api/directives/webhook')).statusCode).toBe(403);
    }
    expect((await call(t, admin, 'GET', '/api/directives/webhook')).json<DirectiveWebhookView>()).toEqual({ configured: false, kind: null, urlHint: null, signed: false });
    const badUrl = await call(t, admin, 'PUT', '/api/directives/webhook', { kind: 'dingtalk', url: 'ftp://robot' });
    expect(fieldsOf(badUrl)).toEqual(['url']);
    const badKind = await call(t, admin, 'PUT', '/api/directives/webhook', { kind: 'feishu', url: `${robot.base}/x` });
    expect(fieldsOf(badKind)).toEqual(['kind']);
  });

  it('posts a 催办 to the robot, signed for 钉钉, and keeps the token out of answers and the audit', async () => {
    const set = await call(t, admin, 'PUT', '/api/directives/webhook', { kind: 'dingtalk', url: `${robot.base}/robot/send?access_token=TOKEN123`, secret: 'SEC456' });
    expect(set.statusCode).toBe(200);
    expect(set.json<DirectiveWebhookView>()).toEqual({ configured: true, kind: 'dingtalk', urlHint: `${robot.base}/robot/send`, signed: true });
    const audit = await auditEntriesOf(t, 'directive.webhook.set', 'directives.webhook');
    expect(JSON.stringify(audit)).not.toContain('TOKEN123');
    expect(JSON.stringify(audit)).not.toContain('SEC456');

    const d = await signedDirective(t, w, { title: '要催办的督办件' });
    const before = robot.received.length;
    await stepOk(t, w.supervisor, d, 'urge', { note: '请于本周内办结' });
    await vi.waitFor(() => expect(robot.received.length).toBe(before + 1));
    const message = robot.received.at(-1)!;
    expect(message.body.msgtype).toBe('text');
    expect(message.body.text.content).toContain('【督办催办】《要催办的督办件》');
    expect(message.body.text.content).toContain('请于本周内办结');
    expect(message.url).toMatch(/^\/robot\/send\?access_token=TOKEN123&timestamp=\d+&sign=/);
  });

  it('never fails the request when the robot is down, and logs without the address', async () => {
    await call(t, admin, 'PUT', '/api/directives/webhook', { kind: 'wecom', url: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=KEY789' });
    const d = await signedDirective(t, w, { title: '机器人不在' });
    const res = await call(t, w.supervisor, 'POST', `/api/directives/${d.id}/urge`, { version: d.version, note: '催' });
    expect(res.statusCode).toBe(200);
    await vi.waitFor(() => expect(warnings.some((m) => m.includes('企业微信群机器人失败'))).toBe(true));
    expect(warnings.join('\n')).not.toContain('KEY789');
    expect(warnings.join('\n')).not.toContain('/cgi-bin/webhook');
  });

  it('sends each red directive once a day from the sweep, recorded as a notified event', async () => {
    await call(t, admin, 'PUT', '/api/directives/webhook', { kind: 'wecom', url: `${robot.base}/cgi-bin/webhook/send?key=KEY` });
    await travel(t, at('2025-10-20'));
    const red = await signedDirective(t, w, { title: '将要超期', urgency: 'urgent' });
    const notified = async () =>
      (await t.ctx.db.select().from(directiveEvents).where(and(eq(directiveEvents.directiveId, red.id), eq(directiveEvents.action, 'notified')))).length;

    expect(await sendRedNotices(t.ctx)).toBeGreaterThanOrEqual(0);
    expect(await notified()).toBe(0);

    await travel(t, at('2025-10-21'));
    const before = robot.received.length;
    expect(await sendRedNotices(t.ctx)).toBeGreaterThanOrEqual(1);
    expect(await notified()).toBe(1);
    expect(robot.received.length).toBeGreaterThan(before);
    expect(robot.received.slice(before).map((r) => r.body.text.content).join('\n')).toContain('《将要超期》');
    expect(await sendRedNotices(t.ctx)).toBe(0);
    expect(await notified()).toBe(1);
    const history = (await detailOf(t, w.supervisor, red.id)).events.at(-1);
    expect(history).toMatchObject({ action: 'notified', actorName: '系统', fromStatus: 'signed', toStatus: 'signed' });
    expect((await detailOf(t, w.supervisor, red.id)).version).toBe(red.version);

    await travel(t, at('2025-10-22'));
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const stop = startDirectiveSweeper(t.ctx);
    vi.advanceTimersByTime(10 * 60_000);
    await vi.waitFor(async () => expect(await notified()).toBe(2), { timeout: 5000 });
    stop();
  });

  it('sends nothing once the robot is removed', async () => {
    expect((await call(t, admin, 'DELETE', '/api/directives/webhook')).statusCode).toBe(200);
    expect((await call(t, admin, 'GET', '/api/directives/webhook')).json<DirectiveWebhookView>().configured).toBe(false);
    await travel(t, at('2025-10-23'));
    expect(await sendRedNotices(t.ctx)).toBe(0);
    expect(await auditEntriesOf(t, 'directive.webhook.delete', 'directives.webhook')).toHaveLength(1);
  });
});
