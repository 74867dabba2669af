import type { LightMyRequestResponse } from 'fastify';
import type { CreateDirectiveRequest, DirectiveDetail } from '@mofan/shared';
import { createUser } from '../../../test/factories';
import { type TwoUnits, createTwoUnits } from '../../../test/fixtures';
import { type Session, type TestApp, call, login } from '../../../test/test-app';

/**
 * The people of the directive tests: a 督查督办员 of unit A, the heads of its two 科室 (the 承办
 * and the 协办), and unit B's administrator, who must see nothing of A's directives.
 */
export interface DirectiveWorld {
  u: TwoUnits;
  supervisor: Session;
  lead: Session;
  assist: Session;
  /** Unit B's unit_admin: supervises and handles in B only. */
  outsider: Session;
}

/** Every account signed in by these fixtures, to sign in again after the clock moves. */
const accounts = new Map<TestApp, { session: Session; username: string; password: string }[]>();

export async function signIn(t: TestApp, grants: Parameters<typeof createUser>[1]): Promise<Session> {
  const user = await createUser(t, grants);
  const session = await login(t, user.username, user.password);
  const list = accounts.get(t) ?? [];
  list.push({ session, username: user.username, password: user.password });
  accounts.set(t, list);
  return session;
}

/**
 * Moves the test clock to an instant (Asia/Shanghai offset included) and signs everyone in
 * again there: sessions expire after idle minutes, and these tests walk through weeks.
 */
export async function travel(t: TestApp, instant: string): Promise<void> {
  t.clock.set(instant);
  for (const a of accounts.get(t) ?? []) Object.assign(a.session, await login(t, a.username, a.password));
}

export async function createDirectiveWorld(t: TestApp): Promise<DirectiveWorld> {
  const u = await createTwoUnits(t);
  return {
    u,
    supervisor: await signIn(t, [{ role: 'supervisor', scope: u.a.unit }]),
    lead: await signIn(t, [{ role: 'leader', scope: u.a.departments[0] }]),
    assist: await signIn(t, [{ role: 'leader', scope: u.a.departments[1] }]),
    outsider: await signIn(t, [{ role: 'unit_admin', scope: u.b.unit }]),
  };
}

/** A 上级批办件 of unit A for its 办公室, with 业务科 assisting, no limit of its own. */
export function directiveInput(w: DirectiveWorld, overrides: Partial<CreateDirectiveRequest> = {}): Record<string, unknown> {
  return {
    supervisorNodeId: w.u.a.unit.id,
    code: '督〔2025〕1号',
    title: '落实市委关于机关效能建设的批示',
    source: 'superior_instruction',
    content: '按照市委主要领导批示要求，研究提出贯彻落实意见并反馈。',
    instruction: '请认真研究落实。',
    instructedBy: '张书记',
    leadNodeId: w.u.a.departments[0].id,
    assistNodeIds: [w.u.a.departments[1].id],
    ...overrides,
  };
}

export async function registerAs(t: TestApp, session: Session, body: Record<string, unknown>): Promise<DirectiveDetail> {
  const res = await call(t, session, 'POST', '/api/directives', body);
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  return res.json<DirectiveDetail>();
}

/**
 * One step (assign, sign, reports …) from the directive's current version, a second after the
 * one before: steps are separate requests, and the history orders them by their time.
 */
export function stepAs(t: TestApp, session: Session | null, d: Pick<DirectiveDetail, 'id' | 'version'>, step: string, body: Record<string, unknown> = {}): Promise<LightMyRequestResponse> {
  t.clock.advance(1000);
  return call(t, session, 'POST', `/api/directives/${d.id}/${step}`, { version: d.version, ...body });
}

/** The step's directive, failing the test with the answer when the step did not succeed. */
export async function stepOk(t: TestApp, session: Session, d: Pick<DirectiveDetail, 'id' | 'version'>, step: string, body: Record<string, unknown> = {}): Promise<DirectiveDetail> {
  const res = await stepAs(t, session, d, step, body);
  if (res.statusCode !== 200) throw new Error(`${step} failed: ${res.statusCode} ${res.body}`);
  return res.json<DirectiveDetail>();
}

/** A directive registered, assigned and signed: ready for reports, completion and extensions. */
export async function signedDirective(t: TestApp, w: DirectiveWorld, overrides: Partial<CreateDirectiveRequest> = {}): Promise<DirectiveDetail> {
  const registered = await registerAs(t, w.supervisor, directiveInput(w, overrides));
  const assigned = await stepOk(t, w.supervisor, registered, 'assign');
  return stepOk(t, w.lead, assigned, 'sign');
}

export async function detailOf(t: TestApp, session: Session, id: string): Promise<DirectiveDetail> {
  const res = await call(t, session, 'GET', `/api/directives/${id}`);
  if (res.statusCode !== 200) throw new Error(`detail failed: ${res.statusCode} ${res.body}`);
  return res.json<DirectiveDetail>();
}
