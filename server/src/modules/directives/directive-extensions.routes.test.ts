import crypto from 'node:crypto';
import type { DirectiveDetail } from '@mofan/shared';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditEntriesOf } from '../../../test/fixtures';
import { type Session, call, fieldsOf, useTestApp } from '../../../test/test-app';
import { type DirectiveWorld, createDirectiveWorld, detailOf, directiveInput, registerAs, signedDirective, stepAs, stepOk, travel } from './directives.fixtures';

const t = useTestApp();
const missingId = crypto.randomUUID();
let w: DirectiveWorld;

/** The Friday before 国庆 2025: 7 working days end on 13 October, 15 on 23 October. */
const FRIDAY = '2025-09-26T09:00:00+08:00';

beforeAll(async () => {
  t.clock.set(FRIDAY);
  w = await createDirectiveWorld(t);
});

beforeEach(async () => {
  await travel(t, FRIDAY);
});

function request(session: Session | null, d: Pick<DirectiveDetail, 'id' | 'version'>, body: Record<string, unknown>) {
  return stepAs(t, session, d, 'extensions', body);
}

function decide(session: Session | null, d: Pick<DirectiveDetail, 'id' | 'version'>, extensionId: string, decision: 'approve' | 'reject', body: Record<string, unknown> = {}) {
  t.clock.advance(1000);
  return call(t, session, 'POST', `/api/directives/${d.id}/extensions/${extensionId}/${decision}`, { version: d.version, ...body });
}

describe('an extension beyond 15 working days is refused; one within needs an approval and is audited', () => {
  it('refuses the 16th working day, takes the 15th, keeps the old limit until the supervisor approves', async () => {
    const d = await signedDirective(t, w);
    expect(d.dueOn).toBe('2025-10-13');
    await travel(t, '2025-10-10T09:00:00+08:00');

    const beyond = await request(w.lead, d, { requestedDueOn: '2025-10-24', reason: '需征求多个部门意见' });
    expect(beyond.statusCode).toBe(400);
    expect(fieldsOf(beyond)).toEqual(['requestedDueOn']);
    expect(beyond.json<{ error: { message: string } }>().error.message).toContain('不超过立项后15个工作日（最迟 2025-10-23）');

    const asked = await request(w.lead, d, { requestedDueOn: '2025-10-23', reason: '需征求多个部门意见' });
    expect(asked.statusCode).toBe(200);
    const pending = asked.json<DirectiveDetail>();
    expect(pending).toMatchObject({ effectiveDueOn: '2025-10-13', extendedDueOn: null, pendingExtensionDueOn: '2025-10-23', light: 'yellow' });
    expect(pending.extensions).toEqual([expect.objectContaining({ requestedDueOn: '2025-10-23', reason: '需征求多个部门意见', status: 'pending', decidedAt: null })]);
    expect((await detailOf(t, w.supervisor, d.id)).actions).toEqual(['urge', 'decide_extension']);
    expect((await detailOf(t, w.lead, d.id)).actions).not.toContain('request_extension');
    expect(await auditEntriesOf(t, 'directive.extension.request', d.id)).toHaveLength(1);

    await travel(t, '2025-10-14T09:00:00+08:00');
    expect((await detailOf(t, w.supervisor, d.id)).light).toBe('red');
    const extensionId = pending.extensions[0]!.id;
    const approved = await decide(w.supervisor, await detailOf(t, w.supervisor, d.id), extensionId, 'approve', { note: '同意延期' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json<DirectiveDetail>()).toMatchObject({ extendedDueOn: '2025-10-23', effectiveDueOn: '2025-10-23', dueOn: '2025-10-13', pendingExtensionDueOn: null, light: 'green' });
    expect(approved.json<DirectiveDetail>().extensions[0]).toMatchObject({ status: 'approved', decisionNote: '同意延期', decidedByName: expect.any(String), requestedByName: expect.any(String) });
    expect(approved.json<DirectiveDetail>().events.map((e) => e.action)).toEqual(['registered', 'assigned', 'signed', 'extension_requested', 'extension_approved']);
    const audit = await auditEntriesOf(t, 'directive.extension.approve', d.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ extensionId, requestedDueOn: '2025-10-23' });

    const again = await request(w.lead, approved.json<DirectiveDetail>(), { requestedDueOn: '2025-10-24', reason: '再延一天' });
    expect(fieldsOf(again)).toEqual(['requestedDueOn']);
  });
});

describe('POST /api/directives/:id/extensions', () => {
  it('answers 401, 403 to another unit, to the 协办 and to the supervisor, 404 for a missing directive', async () => {
    const d = await signedDirective(t, w);
    const body = { requestedDueOn: '2025-10-20', reason: '原因' };
    expect((await request(null, d, body)).statusCode).toBe(401);
    expect((await request(w.outsider, d, body)).statusCode).toBe(403);
    expect((await request(w.assist, d, body)).statusCode).toBe(403);
    expect((await request(w.supervisor, d, body)).statusCode).toBe(403);
    expect((await request(w.lead, { id: missingId, version: 1 }, body)).statusCode).toBe(404);
  });

  it.each([
    ['no reason', { requestedDueOn: '2025-10-20' }, 'reason'],
    ['a date that is not one', { requestedDueOn: '2025-10-32', reason: '原因' }, 'requestedDueOn'],
    ['the limit itself', { requestedDueOn: '2025-10-13', reason: '原因' }, 'requestedDueOn'],
    ['a date before the limit', { requestedDueOn: '2025-10-09', reason: '原因' }, 'requestedDueOn'],
  ])('answers 400 naming the field for %s', async (_name, body, field) => {
    const d = await signedDirective(t, w);
    const res = await request(w.lead, d, body);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  });

  it('answers 403 before 交办 (not the 承办’s yet), 409 after 办结, for a stale version and while a request waits', async () => {
    const registered = await registerAs(t, w.supervisor, directiveInput(w));
    expect((await request(w.lead, registered, { requestedDueOn: '2025-10-20', reason: '原因' })).statusCode).toBe(403);
    const signed = await signedDirective(t, w);
    const completed = await stepOk(t, w.lead, signed, 'complete', { result: '办完了' });
    expect((await request(w.lead, completed, { requestedDueOn: '2025-10-20', reason: '原因' })).statusCode).toBe(409);
    const d = await signedDirective(t, w);
    expect((await request(w.lead, { id: d.id, version: d.version + 1 }, { requestedDueOn: '2025-10-20', reason: '原因' })).statusCode).toBe(409);
    const first = (await request(w.lead, d, { requestedDueOn: '2025-10-20', reason: '原因' })).json<DirectiveDetail>();
    const second = await request(w.lead, first, { requestedDueOn: '2025-10-21', reason: '再申请' });
    expect(second.statusCode).toBe(409);
    expect(second.json<{ error: { message: string } }>().error.message).toContain('待审批');
  });

  it('answers 422 naming the year for a date the calendar does not cover', async () => {
    await travel(t, '2026-12-10T09:00:00+08:00');
    const d = await signedDirective(t, w, { dueOn: '2026-12-15' });
    const res = await request(w.lead, d, { requestedDueOn: '2027-01-05', reason: '跨年' });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('2027 年');
  });
});

describe('POST /api/directives/:id/extensions/:extensionId/approve and /reject', () => {
  async function pending(): Promise<{ d: DirectiveDetail; extensionId: string }> {
    const signed = await signedDirective(t, w);
    const d = (await request(w.lead, signed, { requestedDueOn: '2025-10-20', reason: '原因' })).json<DirectiveDetail>();
    return { d, extensionId: d.extensions[0]!.id };
  }

  it('refuses an extension with the supervisor’s reason, audited; the 承办 may ask again', async () => {
    const { d, extensionId } = await pending();
    const silent = await decide(w.supervisor, d, extensionId, 'reject');
    expect(silent.statusCode).toBe(400);
    expect(fieldsOf(silent)).toEqual(['note']);
    const res = await decide(w.supervisor, d, extensionId, 'reject', { note: '理由不充分' });
    expect(res.statusCode).toBe(200);
    const refused = res.json<DirectiveDetail>();
    expect(refused).toMatchObject({ extendedDueOn: null, effectiveDueOn: '2025-10-13', pendingExtensionDueOn: null });
    expect(refused.extensions[0]).toMatchObject({ status: 'rejected', decisionNote: '理由不充分' });
    expect(refused.events.at(-1)).toMatchObject({ action: 'extension_rejected', note: '理由不充分' });
    expect(await auditEntriesOf(t, 'directive.extension.reject', d.id)).toHaveLength(1);
    expect((await request(w.lead, refused, { requestedDueOn: '2025-10-17', reason: '补充理由' })).statusCode).toBe(200);
  });

  it.each(['approve', 'reject'] as const)('%s: answers 401, 403 to another unit and to the 承办, 404, 400 naming the field, 409', async (decision) => {
    const { d, extensionId } = await pending();
    const body = { note: '意见' };
    expect((await decide(null, d, extensionId, decision, body)).statusCode).toBe(401);
    expect((await decide(w.outsider, d, extensionId, decision, body)).statusCode).toBe(403);
    expect((await decide(w.lead, d, extensionId, decision, body)).statusCode).toBe(403);
    expect((await decide(w.supervisor, { id: missingId, version: 1 }, extensionId, decision, body)).statusCode).toBe(404);
    expect((await decide(w.supervisor, d, missingId, decision, body)).statusCode).toBe(404);
    const badVersion = await decide(w.supervisor, { id: d.id, version: 0 }, extensionId, decision, body);
    expect(fieldsOf(badVersion)).toEqual(['version']);
    expect((await decide(w.supervisor, { id: d.id, version: d.version + 1 }, extensionId, decision, body)).statusCode).toBe(409);
    const done = (await decide(w.supervisor, d, extensionId, decision, body)).json<DirectiveDetail>();
    const twice = await decide(w.supervisor, done, extensionId, decision, body);
    expect(twice.statusCode).toBe(409);
    expect(twice.json<{ error: { message: string } }>().error.message).toBe('该延期申请已审批');
  });
});
