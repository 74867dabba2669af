import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProblemDetail, ProblemPage, ProblemSummary } from '@mofan/shared';
import { type NodeRef, type UnitFixture, createUnit } from '../../../test/factories';
import { auditEntriesOf } from '../../../test/fixtures';
import { type Session, call, fieldsOf, useTestApp } from '../../../test/test-app';
import { signIn } from '../directives/directives.fixtures';
import {
  type SupervisionWorld,
  checkInput,
  completeCheck,
  createCheck,
  createSupervisionWorld,
  doneCheckWithProblem,
  expectOk,
  handOver,
  problemInput,
  rectificationInput,
  registerProblem,
  stepOk,
} from './inspections.fixtures';
import { PROBLEM_LEDGER_COLUMNS } from './problem-ledger-workbook';

// The clock stands at Monday 2026-03-02 09:00 in Shanghai.
const t = useTestApp();
const missingId = crypto.randomUUID();
let w: SupervisionWorld;

beforeAll(async () => {
  w = await createSupervisionWorld(t);
});

async function list(session: Session, query: string): Promise<ProblemSummary[]> {
  const res = await call(t, session, 'GET', `/api/problems${query}`);
  expectOk(res);
  return res.json<ProblemPage>().items;
}

describe('POST /api/problems', () => {
  it('registers a problem found by a check at a 科室: its unit derived, tags and severity kept, audited', async () => {
    const check = await createCheck(t, w.inspector, checkInput(w));
    const res = await call(t, w.inspector, 'POST', '/api/problems', problemInput(w, { inspectionId: check.id }));
    expect(res.statusCode).toBe(201);
    const p = res.json<ProblemDetail>();
    expect(p).toMatchObject({
      inspectionId: check.id,
      inspectionTitle: check.title,
      inspectionKind: 'open_check',
      nodeId: w.u.a.departments[0].id,
      nodeName: '办公室',
      unitId: w.u.a.unit.id,
      unitName: w.u.a.unit.name,
      personName: '张三',
      foundOn: '2026-03-02',
      tags: ['six.san', 'fourwinds.formalism'],
      severity: 'serious',
      status: 'open',
      rectification: null,
      accountabilities: [],
      actions: ['edit', 'delete', 'hold_accountable'],
    });
    expect(await auditEntriesOf(t, 'problem.create', p.id)).toHaveLength(1);
  });

  it('registers a problem on its own at the unit’s own 科室, which the unit then sees at once', async () => {
    const p = await registerProblem(t, w.unitA, problemInput(w, { nodeId: w.u.a.departments[1].id, personId: null, tags: ['discipline.late'], severity: 'general', foundOn: '2026-02-27' }));
    expect(p).toMatchObject({ inspectionId: null, unitId: w.u.a.unit.id, actions: ['edit', 'delete', 'rectify', 'hold_accountable'] });
    expect((await call(t, w.officeHeadA, 'GET', `/api/problems/${p.id}`)).statusCode).toBe(403);
  });

  it('answers 401, 403 to another unit and to the unit checked registering for the city’s check, 404 for a missing check', async () => {
    const check = await createCheck(t, w.inspector, checkInput(w));
    expect((await call(t, null, 'POST', '/api/problems', problemInput(w))).statusCode).toBe(401);
    expect((await call(t, w.outsider, 'POST', '/api/problems', problemInput(w))).statusCode).toBe(403);
    expect((await call(t, w.unitA, 'POST', '/api/problems', problemInput(w, { inspectionId: check.id }))).statusCode).toBe(403);
    expect((await call(t, w.inspector, 'POST', '/api/problems', problemInput(w, { inspectionId: missingId }))).statusCode).toBe(404);
  });

  it.each([
    ['no tag', { tags: [] }, 'tags'],
    ['a tag no list knows', { tags: ['six.nope'] }, 'tags.0'],
    ['a tag twice', { tags: ['six.san', 'six.san'] }, 'tags'],
    ['a severity no one knows', { severity: 'huge' }, 'severity'],
    ['no facts', { facts: ' ' }, 'facts'],
    ['a date still to come', { foundOn: '2026-03-03' }, 'foundOn'],
    ['a party node', { nodeId: 'branch' }, 'nodeId'],
    ['a node the check did not look at', { nodeId: 'B', personId: null }, 'nodeId'],
    ['a person of another unit', { personId: 'personB' }, 'personId'],
  ])('answers 400 naming the field for %s', async (_why, overrides, field) => {
    const check = await createCheck(t, w.inspector, checkInput(w));
    const resolve: Record<string, string> = { branch: w.u.a.branch.id, B: w.u.b.unit.id, personB: w.personB.id };
    const body = Object.fromEntries(Object.entries(overrides).map(([k, v]) => [k, typeof v === 'string' && resolve[v] ? resolve[v] : v]));
    const res = await call(t, w.inspector, 'POST', '/api/problems', problemInput(w, { inspectionId: check.id, ...body }));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(field);
  });
});

describe('GET /api/problems/:id: who sees a problem', () => {
  it('shows a problem of an announced check to the unit only once the check is done', async () => {
    const check = await createCheck(t, w.inspector, checkInput(w));
    const p = await registerProblem(t, w.inspector, problemInput(w, { inspectionId: check.id }));
    expect((await call(t, w.colleague, 'GET', `/api/problems/${p.id}`)).statusCode).toBe(200);
    expect((await call(t, w.unitA, 'GET', `/api/problems/${p.id}`)).statusCode).toBe(403);
    await completeCheck(t, w.inspector, check);
    const seen = await call(t, w.unitA, 'GET', `/api/problems/${p.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<ProblemDetail>().actions).toEqual([]);
    expect((await call(t, w.officeHeadA, 'GET', `/api/problems/${p.id}`)).statusCode).toBe(200);
  });

  it('hides a problem of an unannounced check from everyone but its inspectors (404)', async () => {
    const check = await createCheck(t, w.inspector, checkInput(w, { kind: 'unannounced_visit' }));
    const p = await registerProblem(t, w.inspector, problemInput(w, { inspectionId: check.id }));
    expect((await call(t, w.inspector, 'GET', `/api/problems/${p.id}`)).statusCode).toBe(200);
    for (const other of [w.colleague, w.sysAdmin, w.unitA]) expect((await call(t, other, 'GET', `/api/problems/${p.id}`)).statusCode).toBe(404);
  });

  it('answers 401, 403 to another unit, 404 when missing', async () => {
    const { problem } = await doneCheckWithProblem(t, w);
    expect((await call(t, null, 'GET', `/api/problems/${problem.id}`)).statusCode).toBe(401);
    expect((await call(t, w.outsider, 'GET', `/api/problems/${problem.id}`)).statusCode).toBe(403);
    expect((await call(t, w.inspector, 'GET', `/api/problems/${missingId}`)).statusCode).toBe(404);
  });
});

describe('PATCH /api/problems/:id', () => {
  it('corrects a problem, audited; 409 for a stale version', async () => {
    const { problem } = await doneCheckWithProblem(t, w);
    const res = await call(t, w.inspector, 'PATCH', `/api/problems/${problem.id}`, { version: problem.version, tags: ['six.fu'], severity: 'grave', nodeId: w.u.a.departments[1].id, personId: null });
    expect(res.statusCode).toBe(200);
    expect(res.json<ProblemDetail>()).toMatchObject({ tags: ['six.fu'], severity: 'grave', nodeName: '业务科', personId: null, version: problem.version + 1 });
    expect(await auditEntriesOf(t, 'problem.update', problem.id)).toHaveLength(1);
    const stale = await call(t, w.inspector, 'PATCH', `/api/problems/${problem.id}`, { version: problem.version, facts: '改' });
    expect(stale.statusCode).toBe(409);
  });

  it('answers 401, 403 to the unit concerned and to another unit, 400 naming the field, 404', async () => {
    const { problem } = await doneCheckWithProblem(t, w);
    const body = { version: problem.version, facts: '改' };
    expect((await call(t, null, 'PATCH', `/api/problems/${problem.id}`, body)).statusCode).toBe(401);
    expect((await call(t, w.unitA, 'PATCH', `/api/problems/${problem.id}`, body)).statusCode).toBe(403);
    expect((await call(t, w.outsider, 'PATCH', `/api/problems/${problem.id}`, body)).statusCode).toBe(403);
    const bad = await call(t, w.inspector, 'PATCH', `/api/problems/${problem.id}`, { version: problem.version, tags: ['fourwinds.nope'] });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['tags.0']);
    const person = await call(t, w.inspector, 'PATCH', `/api/problems/${problem.id}`, { version: problem.version, personId: w.personB.id });
    expect(fieldsOf(person)).toEqual(['personId']);
    expect((await call(t, w.inspector, 'PATCH', `/api/problems/${missingId}`, body)).statusCode).toBe(404);
  });
});

describe('DELETE /api/problems/:id', () => {
  it('deletes a problem registered by mistake, audited; 409 once handed over; 401, 403, 404', async () => {
    const { problem } = await doneCheckWithProblem(t, w);
    expect((await call(t, null, 'DELETE', `/api/problems/${problem.id}`)).statusCode).toBe(401);
    expect((await call(t, w.outsider, 'DELETE', `/api/problems/${problem.id}`)).statusCode).toBe(403);
    expect((await call(t, w.unitA, 'DELETE', `/api/problems/${problem.id}`)).statusCode).toBe(403);
    expect((await call(t, w.inspector, 'DELETE', `/api/problems/${problem.id}`)).statusCode).toBe(200);
    expect(await auditEntriesOf(t, 'problem.delete', problem.id)).toHaveLength(1);
    const { problem: kept } = await doneCheckWithProblem(t, w);
    await handOver(t, w.inspector, kept, rectificationInput(w));
    expect((await call(t, w.inspector, 'DELETE', `/api/problems/${kept.id}`)).statusCode).toBe(409);
    expect((await call(t, w.inspector, 'DELETE', `/api/problems/${missingId}`)).statusCode).toBe(404);
  });
});

describe('问责: POST /api/problems/:id/accountabilities and DELETE …/:accountabilityId', () => {
  it('records a consequence with its basis on the person, lists it, deletes it; audited', async () => {
    const { problem } = await doneCheckWithProblem(t, w);
    const res = await call(t, w.inspector, 'POST', `/api/problems/${problem.id}/accountabilities`, { kind: 'reminder_talk', basis: '《机关工作纪律规定》第三条', personId: w.personA.id, decidedOn: '2026-03-02' });
    expect(res.statusCode).toBe(201);
    const detail = res.json<ProblemDetail>();
    expect(detail.accountabilities).toMatchObject([{ kind: 'reminder_talk', personName: '张三', nodeId: null, basis: '《机关工作纪律规定》第三条', decidedOn: '2026-03-02' }]);
    expect(detail.accountabilityCount).toBe(1);
    t.clock.advance(1000);
    const onNode = await call(t, w.inspector, 'POST', `/api/problems/${problem.id}/accountabilities`, { kind: 'criticism_notice', basis: '通报批评', nodeId: w.u.a.departments[0].id, decidedOn: '2026-03-02' });
    expect(onNode.json<ProblemDetail>().accountabilities.map((a) => a.nodeName)).toEqual([null, '办公室']);
    expect(await auditEntriesOf(t, 'problem.accountability.create', problem.id)).toHaveLength(2);
    const id = detail.accountabilities[0]!.id;
    expect((await call(t, w.outsider, 'DELETE', `/api/problems/${problem.id}/accountabilities/${id}`)).statusCode).toBe(403);
    expect((await call(t, w.inspector, 'DELETE', `/api/problems/${problem.id}/accountabilities/${missingId}`)).statusCode).toBe(404);
    const removed = await call(t, w.inspector, 'DELETE', `/api/problems/${problem.id}/accountabilities/${id}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json<ProblemDetail>().accountabilities).toHaveLength(1);
    expect(await auditEntriesOf(t, 'problem.accountability.delete', problem.id)).toHaveLength(1);
  });

  it.each([
    ['neither a person nor a node', { personId: undefined }, 'personId'],
    ['a person of another unit', { personId: 'personB' }, 'personId'],
    ['a node of another unit', { personId: undefined, nodeId: 'B' }, 'nodeId'],
    ['a kind no one knows', { kind: 'fine' }, 'kind'],
    ['no basis', { basis: '' }, 'basis'],
    ['a date still to come', { decidedOn: '2026-04-01' }, 'decidedOn'],
  ])('answers 400 naming the field for %s', async (_why, overrides, field) => {
    const { problem } = await doneCheckWithProblem(t, w);
    const resolve: Record<string, string> = { personB: w.personB.id, B: w.u.b.unit.id };
    const body = Object.fromEntries(Object.entries(overrides).map(([k, v]) => [k, typeof v === 'string' && resolve[v] ? resolve[v] : v]));
    const res = await call(t, w.inspector, 'POST', `/api/problems/${problem.id}/accountabilities`, { kind: 'admonishment', basis: '依据', personId: w.personA.id, decidedOn: '2026-03-02', ...body });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  });

  it('answers 401, 403 to the unit concerned and to another unit, 404 for a missing problem', async () => {
    const { problem } = await doneCheckWithProblem(t, w);
    const body = { kind: 'admonishment', basis: '依据', personId: w.personA.id, decidedOn: '2026-03-02' };
    expect((await call(t, null, 'POST', `/api/problems/${problem.id}/accountabilities`, body)).statusCode).toBe(401);
    expect((await call(t, w.unitA, 'POST', `/api/problems/${problem.id}/accountabilities`, body)).statusCode).toBe(403);
    expect((await call(t, w.outsider, 'POST', `/api/problems/${problem.id}/accountabilities`, body)).statusCode).toBe(403);
    expect((await call(t, w.inspector, 'POST', `/api/problems/${missingId}/accountabilities`, body)).statusCode).toBe(404);
  });
});

/**
 * Repeat flags in a city of their own: units C, D, E, F and G, problems registered on their own
 * by the city's 督查 office at chosen dates, and one found by an unannounced check not done yet.
 */
describe('repeat flags, derived when read, and the list filters on them', () => {
  let city: NodeRef;
  let office: Session;
  let handlerD: Session;
  const units: Record<string, UnitFixture> = {};
  const ids: Record<string, string> = {};

  async function standalone(key: string, unit: string, foundOn: string, tags: string[]): Promise<ProblemDetail> {
    const p = await registerProblem(t, office, { nodeId: units[unit]!.unit.id, facts: `问题${key}`, tags, severity: 'general', foundOn });
    ids[key] = p.id;
    return p;
  }

  async function detail(key: string): Promise<ProblemDetail> {
    const res = await call(t, office, 'GET', `/api/problems/${ids[key]}`);
    expectOk(res);
    return res.json<ProblemDetail>();
  }

  beforeAll(async () => {
    const c = await createUnit(t);
    city = c.city;
    units.C = c;
    for (const key of ['D', 'E', 'F', 'G']) units[key] = await createUnit(t, city);
    office = await signIn(t, [{ role: 'supervisor', scope: city }]);
    handlerD = await signIn(t, [{ role: 'unit_admin', scope: units.D!.unit }]);
    await standalone('c1', 'C', '2025-02-01', ['six.luan']);
    await standalone('c2', 'C', '2025-06-01', ['six.luan']);
    await standalone('c3', 'C', '2026-03-01', ['six.luan', 'style.work']);
    await standalone('w1', 'C', '2026-01-10', ['nonimpl.perfunctory']);
    await standalone('w2', 'D', '2026-02-01', ['nonimpl.perfunctory']);
    await standalone('w3', 'E', '2026-02-20', ['nonimpl.perfunctory']);
    await standalone('w0', 'F', '2025-06-01', ['nonimpl.perfunctory']);
    const d1 = await standalone('d1', 'D', '2025-10-01', ['fourwinds.hedonism']);
    let r = await handOver(t, office, d1, { measures: '清理超标办公用房', responsibleNodeId: units.D!.unit.id, workingDays: 10 });
    r = await stepOk(t, handlerD, r, 'submit', { text: '已清理' });
    await stepOk(t, office, r, 'accept');
    await standalone('d2', 'D', '2026-03-02', ['fourwinds.hedonism']);
  });

  it('flags the same tag at the same unit again within 365 days, naming the earlier ones, newest first', async () => {
    const c3 = await detail('c3');
    expect(c3.repeatAtUnit).toBe(true);
    expect(c3.repeats.repeatAtUnit).toEqual([{ id: ids.c2, foundOn: '2025-06-01', tags: ['six.luan'], acceptedOn: null }]);
    const c2 = await detail('c2');
    expect(c2.repeats.repeatAtUnit.map((e) => e.id)).toEqual([ids.c1]);
    expect((await detail('c1')).repeatAtUnit).toBe(false);
  });

  it('flags a tag found at 3 units within 90 days as widespread (普遍发生), each of the three', async () => {
    for (const key of ['w1', 'w2', 'w3']) expect((await detail(key)).repeats.widespread, key).toEqual([{ tag: 'nonimpl.perfunctory', unitCount: 3 }]);
    expect((await detail('w0')).widespread).toBe(false);
  });

  it('flags a problem whose earlier same-tag problem at the unit was rectified and accepted (反复出现)', async () => {
    const d2 = await detail('d2');
    expect(d2).toMatchObject({ recurredAfterRectification: true, repeatAtUnit: true });
    expect(d2.repeats.recurredAfterRectification).toEqual([{ id: ids.d1, foundOn: '2025-10-01', tags: ['fourwinds.hedonism'], acceptedOn: '2026-03-02' }]);
    expect((await detail('d1')).recurredAfterRectification).toBe(false);
  });

  it.each([
    ['at_unit', ['c2', 'c3', 'd2']],
    ['widespread', ['w1', 'w2', 'w3']],
    ['recurred', ['d2']],
    ['any', ['c2', 'c3', 'd2', 'w1', 'w2', 'w3']],
  ])('lists repeat=%s: exactly the problems carrying that flag', async (repeat, keys) => {
    const items = await list(office, `?nodeId=${city.id}&repeat=${repeat}&pageSize=100`);
    const byId = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
    expect(items.map((i) => byId.get(i.id)).sort()).toEqual([...keys].sort());
    const all = await list(office, `?nodeId=${city.id}&pageSize=100`);
    const flagged = all.filter((i) => (repeat === 'at_unit' ? i.repeatAtUnit : repeat === 'widespread' ? i.widespread : repeat === 'recurred' ? i.recurredAfterRectification : i.repeatAtUnit || i.widespread || i.recurredAfterRectification));
    expect(flagged.map((i) => i.id).sort()).toEqual(items.map((i) => i.id).sort());
  });

  it('does not count a problem of an unannounced check until the check is done', async () => {
    const check = await createCheck(t, office, { organizerNodeId: city.id, kind: 'unannounced_visit', title: '暗访', plannedOn: '2026-03-02', targetNodeIds: [units.G!.unit.id] });
    await registerProblem(t, office, { inspectionId: check.id, nodeId: units.G!.unit.id, facts: '暗访发现', tags: ['style.life'], severity: 'general', foundOn: '2026-02-10' });
    await standalone('g2', 'G', '2026-03-02', ['style.life']);
    expect((await detail('g2')).repeatAtUnit).toBe(false);
    await completeCheck(t, office, check);
    expect((await detail('g2')).repeatAtUnit).toBe(true);
  });

  it('filters by tag, list, unit, status and dates', async () => {
    const byId = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
    const keys = async (q: string, nodeId = city.id) => (await list(office, `?nodeId=${nodeId}&pageSize=100${q}`)).map((i) => byId.get(i.id) ?? i.id).sort();
    expect(await keys('&tag=six.luan')).toEqual(['c1', 'c2', 'c3']);
    expect(await keys('&tagGroup=fourwinds')).toEqual(['d1', 'd2']);
    expect(await keys('', units.D!.unit.id)).toEqual(['d1', 'd2', 'w2']);
    expect(await keys('&status=closed')).toEqual(['d1']);
    expect(await keys('&tag=six.luan&foundFrom=2025-06-01&foundTo=2025-12-31')).toEqual(['c2']);
    expect(await keys('&q=问题w')).toEqual(['w0', 'w1', 'w2', 'w3']);
  });
});

describe('GET /api/problems (list)', () => {
  it('shows another unit none of A’s problems; answers 401, 403 to an account without supervision, 400 naming the field', async () => {
    await doneCheckWithProblem(t, w);
    expect(await list(w.outsider, '')).toEqual([]);
    expect((await list(w.unitA, '')).length).toBeGreaterThan(0);
    expect((await call(t, null, 'GET', '/api/problems')).statusCode).toBe(401);
    const auditor = await signIn(t, [{ role: 'auditor', scope: null }]);
    expect((await call(t, auditor, 'GET', '/api/problems')).statusCode).toBe(403);
    for (const [query, field] of [
      ['?tag=six.none', 'tag'],
      ['?repeat=sometimes', 'repeat'],
      ['?tagGroup=winds', 'tagGroup'],
      ['?foundFrom=2026-03-01&foundTo=2026-02-01', 'foundTo'],
    ] as const) {
      const res = await call(t, w.inspector, 'GET', `/api/problems${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(fieldsOf(res)).toEqual([field]);
    }
  });
});

describe('GET /api/problems/export.xlsx', () => {
  it('exports the list in the 台账 layout; another unit’s export has none of A’s', async () => {
    const { problem } = await doneCheckWithProblem(t, w, { facts: '=1+1 窗口无人', tags: ['nonimpl.buckpassing'] });
    const res = await call(t, w.unitA, 'GET', '/api/problems/export.xlsx?tag=nonimpl.buckpassing');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('问题整改台账')!;
    expect((sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual(PROBLEM_LEDGER_COLUMNS.map((c) => c.header));
    expect(sheet.rowCount).toBe(2);
    const row = (sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1);
    expect(row.slice(1, 10)).toEqual([problem.foundOn, problem.inspectionTitle, w.u.a.unit.name, '办公室', '张三', `'=1+1 窗口无人`, '工作不落实·推诿扯皮', '较重', '']);
    expect((await call(t, null, 'GET', '/api/problems/export.xlsx')).statusCode).toBe(401);
    const other = new ExcelJS.Workbook();
    await other.xlsx.load((await call(t, w.outsider, 'GET', '/api/problems/export.xlsx?tag=nonimpl.buckpassing')).rawPayload as unknown as ExcelJS.Buffer);
    expect(other.getWorksheet('问题整改台账')!.rowCount).toBe(1);
  });
});

describe('the supervision exports and deletions at the edges', () => {
  it('answers 403 to an account that reads no supervision for each list export', async () => {
    const auditor = await signIn(t, [{ role: 'auditor', scope: null }]);
    for (const url of ['/api/inspections/export.xlsx', '/api/problems/export.xlsx', '/api/rectifications/export.xlsx']) expect((await call(t, auditor, 'GET', url)).statusCode, url).toBe(403);
  });

  it('answers 401 and 400 naming the field for deleting a 问责 record, and 400 for an id that is not one', async () => {
    const { problem } = await doneCheckWithProblem(t, w);
    expect((await call(t, null, 'DELETE', `/api/problems/${problem.id}/accountabilities/${missingId}`)).statusCode).toBe(401);
    expect(fieldsOf(await call(t, w.inspector, 'DELETE', `/api/problems/${problem.id}/accountabilities/x`))).toEqual(['accountabilityId']);
    expect(fieldsOf(await call(t, w.inspector, 'DELETE', '/api/problems/x'))).toEqual(['id']);
    expect(fieldsOf(await call(t, w.inspector, 'GET', '/api/inspections/x'))).toEqual(['id']);
  });
});
