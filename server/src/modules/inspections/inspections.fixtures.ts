import type { LightMyRequestResponse } from 'fastify';
import type { InspectionDetail, ProblemDetail, RectificationDetail } from '@mofan/shared';
import { createPerson } from '../../../test/factories';
import { type TwoUnits, createTwoUnits } from '../../../test/fixtures';
import { type Session, type TestApp, call } from '../../../test/test-app';
import { signIn } from '../directives/directives.fixtures';

/**
 * The people of the supervision tests, in one city with units A and B: the city's 督查 office
 * (a 督查督办员 over the city, who organises the checks), a colleague there with the same role who
 * is not named as an inspector, a system administrator, unit A's administrator and the head of
 * A's 办公室 (the inspected side), and unit B's administrator (who must see nothing of A's).
 */
export interface SupervisionWorld {
  u: TwoUnits;
  inspector: Session;
  colleague: Session;
  sysAdmin: Session;
  unitA: Session;
  officeHeadA: Session;
  outsider: Session;
  personA: { id: string; name: string };
  personB: { id: string; name: string };
}

export async function createSupervisionWorld(t: TestApp): Promise<SupervisionWorld> {
  const u = await createTwoUnits(t);
  const personA = await createPerson(t, u.a, { name: '张三' });
  const personB = await createPerson(t, u.b, { name: '李四' });
  return {
    u,
    inspector: await signIn(t, [{ role: 'supervisor', scope: u.a.city }]),
    colleague: await signIn(t, [{ role: 'supervisor', scope: u.a.city }]),
    sysAdmin: await signIn(t, [{ role: 'system_admin', scope: null }]),
    unitA: await signIn(t, [{ role: 'unit_admin', scope: u.a.unit }]),
    officeHeadA: await signIn(t, [{ role: 'leader', scope: u.a.departments[0] }]),
    outsider: await signIn(t, [{ role: 'unit_admin', scope: u.b.unit }]),
    personA: { id: personA.id, name: personA.name },
    personB: { id: personB.id, name: personB.name },
  };
}

export function expectOk(res: LightMyRequestResponse, status = 200): void {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
}

/** A 明查 of unit A organised by the city, planned for today. */
export function checkInput(w: SupervisionWorld, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organizerNodeId: w.u.a.city.id,
    kind: 'open_check',
    title: '2026年一季度机关作风明查',
    subject: '上班纪律、窗口服务',
    plannedOn: '2026-03-02',
    targetNodeIds: [w.u.a.unit.id],
    ...overrides,
  };
}

export async function createCheck(t: TestApp, session: Session, body: Record<string, unknown>): Promise<InspectionDetail> {
  const res = await call(t, session, 'POST', '/api/inspections', body);
  expectOk(res, 201);
  return res.json<InspectionDetail>();
}

export async function completeCheck(t: TestApp, session: Session, check: Pick<InspectionDetail, 'id' | 'version'>, result = '发现问题若干，已当场反馈'): Promise<InspectionDetail> {
  const res = await call(t, session, 'POST', `/api/inspections/${check.id}/complete`, { version: check.version, result });
  expectOk(res);
  return res.json<InspectionDetail>();
}

/** A problem at unit A's 办公室 tagged 散 and 形式主义. */
export function problemInput(w: SupervisionWorld, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    nodeId: w.u.a.departments[0].id,
    personId: w.personA.id,
    facts: '上午9时办公室无人在岗，群众等候20分钟',
    tags: ['six.san', 'fourwinds.formalism'],
    severity: 'serious',
    ...overrides,
  };
}

export async function registerProblem(t: TestApp, session: Session, body: Record<string, unknown>): Promise<ProblemDetail> {
  const res = await call(t, session, 'POST', '/api/problems', body);
  expectOk(res, 201);
  return res.json<ProblemDetail>();
}

export function rectificationInput(w: SupervisionWorld, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    measures: '建立首问负责和AB岗制度，每日上班前点名',
    focus: '窗口岗位在岗在位',
    responsibleNodeId: w.u.a.departments[0].id,
    responsiblePersonId: w.personA.id,
    workingDays: 10,
    ...overrides,
  };
}

export async function handOver(t: TestApp, session: Session, problem: Pick<ProblemDetail, 'id' | 'version'>, body: Record<string, unknown>): Promise<RectificationDetail> {
  const res = await call(t, session, 'POST', `/api/problems/${problem.id}/rectification`, { version: problem.version, ...body });
  expectOk(res, 201);
  return res.json<RectificationDetail>();
}

/** One step of a 整改 (progress, evidence, submit, accept, reopen, escalate) from its current version, a second later. */
export function stepAs(t: TestApp, session: Session | null, r: Pick<RectificationDetail, 'id' | 'version'>, step: string, body: Record<string, unknown> = {}): Promise<LightMyRequestResponse> {
  t.clock.advance(1000);
  return call(t, session, 'POST', `/api/rectifications/${r.id}/${step}`, { version: r.version, ...body });
}

export async function stepOk(t: TestApp, session: Session, r: Pick<RectificationDetail, 'id' | 'version'>, step: string, body: Record<string, unknown> = {}): Promise<RectificationDetail> {
  const res = await stepAs(t, session, r, step, body);
  expectOk(res);
  return res.json<RectificationDetail>();
}

/** A problem found by a done 明查 of unit A, ready to be handed over. */
export async function doneCheckWithProblem(t: TestApp, w: SupervisionWorld, overrides: Record<string, unknown> = {}): Promise<{ check: InspectionDetail; problem: ProblemDetail }> {
  const check = await createCheck(t, w.inspector, checkInput(w));
  const problem = await registerProblem(t, w.inspector, problemInput(w, { inspectionId: check.id, ...overrides }));
  return { check: await completeCheck(t, w.inspector, check), problem };
}
