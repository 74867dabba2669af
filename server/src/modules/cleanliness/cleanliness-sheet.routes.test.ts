import crypto from 'node:crypto';
import { CLEANLINESS_STANDARD_ITEMS, type CleanlinessItem, type CleanlinessSheet } from '@mofan/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/factories';
import { type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const missingId = crypto.randomUUID();
let u: TwoUnits;
let committee: Session;
let standard: CleanlinessSheet;

const item = { criterion: 'hygiene', title: '饮水机、空调滤网定期清洗', maxScore: 5 };

beforeAll(async () => {
  u = await createTwoUnits(t);
  const admin = await createUser(t, [{ role: 'committee_admin', scope: u.a.city }]);
  committee = await login(t, admin.username, admin.password);
  standard = (await call(t, committee, 'POST', '/api/cleanliness/items/standard', { nodeId: u.a.city.id })).json<CleanlinessSheet>();
});

describe('POST /api/cleanliness/items/standard', () => {
  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'POST', '/api/cleanliness/items/standard', { nodeId: u.a.unit.id })).statusCode).toBe(401);
  });

  it("gives the 工委 the standard sheet of the four criteria, 100 points, audited", async () => {
    expect(standard.items).toHaveLength(CLEANLINESS_STANDARD_ITEMS.length);
    expect(standard.maxTotal).toBe(100);
    expect(new Set(standard.items.map((i) => i.criterion))).toEqual(new Set(['environment', 'hygiene', 'tidiness', 'air']));
    expect(standard.items.every((i) => i.nodeId === u.a.city.id && !i.inherited)).toBe(true);
    expect(await auditEntriesOf(t, 'cleanliness_item.standard', u.a.city.id)).toHaveLength(1);
  });

  it('answers 409 when the node already has items of its own', async () => {
    const res = await call(t, committee, 'POST', '/api/cleanliness/items/standard', { nodeId: u.a.city.id });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'CONFLICT' } });
  });

  it("answers 403 to a unit for its 工委's node, 400 naming nodeId for a 科室 or a missing node", async () => {
    expect((await call(t, u.adminA, 'POST', '/api/cleanliness/items/standard', { nodeId: u.a.city.id })).statusCode).toBe(403);
    for (const nodeId of [u.a.departments[0].id, missingId, 'abc']) {
      const res = await call(t, u.adminA, 'POST', '/api/cleanliness/items/standard', { nodeId });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual(['nodeId']);
    }
  });
});

describe('POST /api/cleanliness/items', () => {
  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'POST', '/api/cleanliness/items', { nodeId: u.a.unit.id, ...item })).statusCode).toBe(401);
  });

  it("lets a unit add its own item to the 工委's sheet, audited", async () => {
    const res = await call(t, u.adminA, 'POST', '/api/cleanliness/items', { nodeId: u.a.unit.id, ...item, sortOrder: 5 });
    expect(res.statusCode).toBe(201);
    const created = res.json<CleanlinessItem>();
    expect(created).toMatchObject({ nodeId: u.a.unit.id, ...item, sortOrder: 5, active: true, inherited: false, version: 1 });
    expect((await auditEntriesOf(t, 'cleanliness_item.create', created.id))[0]?.details).toEqual({ criterion: 'hygiene', maxScore: 5 });
  });

  it.each([
    ['a criterion not among the four', { criterion: 'noise' }, 'criterion'],
    ['a maximum of 0', { maxScore: 0 }, 'maxScore'],
    ['a maximum over 100', { maxScore: 101 }, 'maxScore'],
    ['a fractional maximum', { maxScore: 2.5 }, 'maxScore'],
    ['a blank title', { title: '  ' }, 'title'],
    ['a 科室 as the node', { nodeId: 'DEPT' }, 'nodeId'],
    ['a missing node', { nodeId: missingId }, 'nodeId'],
  ])('answers 400 for %s, naming the field', async (_name, change, field) => {
    const body = { nodeId: u.a.unit.id, ...item, ...change };
    if (body.nodeId === 'DEPT') body.nodeId = u.a.departments[0].id;
    const res = await call(t, u.adminA, 'POST', '/api/cleanliness/items', body);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  });

  it("answers 403 for another unit, for the 工委's node, and to a reader without inspections.write", async () => {
    expect((await call(t, u.adminB, 'POST', '/api/cleanliness/items', { nodeId: u.a.unit.id, ...item })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', '/api/cleanliness/items', { nodeId: u.a.city.id, ...item })).statusCode).toBe(403);
    const leader = await createUser(t, [{ role: 'leader', scope: u.a.unit }]);
    expect((await call(t, await login(t, leader.username, leader.password), 'POST', '/api/cleanliness/items', { nodeId: u.a.unit.id, ...item })).statusCode).toBe(403);
  });
});

describe('GET /api/cleanliness/sheet', () => {
  let own: CleanlinessItem;
  let off: CleanlinessItem;
  beforeAll(async () => {
    own = (await call(t, u.adminB, 'POST', '/api/cleanliness/items', { nodeId: u.b.unit.id, ...item })).json<CleanlinessItem>();
    off = (await call(t, u.adminB, 'POST', '/api/cleanliness/items', { nodeId: u.b.unit.id, criterion: 'air', title: '不在室内吸烟', maxScore: 10 })).json<CleanlinessItem>();
    expect((await call(t, u.adminB, 'PATCH', `/api/cleanliness/items/${off.id}`, { active: false, version: 1 })).statusCode).toBe(200);
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'GET', `/api/cleanliness/sheet?nodeId=${u.b.unit.id}`)).statusCode).toBe(401);
  });

  it("is the 工委's items and the unit's own, active only, by criterion, the 工委's first", async () => {
    const res = await call(t, u.adminB, 'GET', `/api/cleanliness/sheet?nodeId=${u.b.unit.id}`);
    expect(res.statusCode).toBe(200);
    const sheet = res.json<CleanlinessSheet>();
    expect(sheet.items).toHaveLength(CLEANLINESS_STANDARD_ITEMS.length + 1);
    expect(sheet.maxTotal).toBe(105);
    const hygiene = sheet.items.filter((i) => i.criterion === 'hygiene');
    expect(hygiene.at(-1)).toMatchObject({ id: own.id, inherited: false });
    expect(hygiene.slice(0, -1).every((i) => i.inherited && i.nodeName === u.a.city.name)).toBe(true);
    expect(sheet.items.map((i) => i.criterion)).toEqual([...sheet.items.map((i) => i.criterion)].sort((a, b) => ['environment', 'hygiene', 'tidiness', 'air'].indexOf(a) - ['environment', 'hygiene', 'tidiness', 'air'].indexOf(b)));
    const withOff = (await call(t, u.adminB, 'GET', `/api/cleanliness/sheet?nodeId=${u.b.unit.id}&includeInactive=true`)).json<CleanlinessSheet>();
    expect(withOff.items.find((i) => i.id === off.id)).toMatchObject({ active: false });
    expect(withOff.maxTotal).toBe(105);
  });

  it("a 科室 reads its unit's sheet", async () => {
    const sheet = (await call(t, u.adminB, 'GET', `/api/cleanliness/sheet?nodeId=${u.b.departments[0].id}`)).json<CleanlinessSheet>();
    expect(sheet.items.map((i) => i.id)).toContain(own.id);
  });

  it('answers 403 for another unit, 404 for a missing node, 400 naming nodeId', async () => {
    expect((await call(t, u.adminA, 'GET', `/api/cleanliness/sheet?nodeId=${u.b.unit.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/cleanliness/sheet?nodeId=${missingId}`)).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'GET', '/api/cleanliness/sheet?nodeId=abc');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['nodeId']);
  });
});

describe('PATCH /api/cleanliness/items/:id', () => {
  let own: CleanlinessItem;
  beforeAll(async () => {
    own = (await call(t, u.adminA, 'POST', '/api/cleanliness/items', { nodeId: u.a.unit.id, criterion: 'tidiness', title: '报刊杂志定点摆放', maxScore: 5 })).json<CleanlinessItem>();
  });

  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'PATCH', `/api/cleanliness/items/${own.id}`, { maxScore: 6, version: 1 })).statusCode).toBe(401);
  });

  it('adjusts and switches off the unit’s own item, audited with what it was', async () => {
    const res = await call(t, u.adminA, 'PATCH', `/api/cleanliness/items/${own.id}`, { maxScore: 6, title: '报刊杂志定点整齐摆放', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json<CleanlinessItem>()).toMatchObject({ maxScore: 6, title: '报刊杂志定点整齐摆放', version: 2 });
    const audit = await auditEntriesOf(t, 'cleanliness_item.update', own.id);
    expect(audit[0]?.details).toMatchObject({ fields: expect.arrayContaining(['maxScore', 'title']), before: { maxScore: 5, title: '报刊杂志定点摆放', active: true } });
    expect((await call(t, u.adminA, 'PATCH', `/api/cleanliness/items/${own.id}`, { active: false, version: 2 })).json<CleanlinessItem>().active).toBe(false);
  });

  it("answers 403 to a unit for the 工委's item and to another unit, 404 for a missing item", async () => {
    const inherited = standard.items[0]!;
    expect((await call(t, u.adminA, 'PATCH', `/api/cleanliness/items/${inherited.id}`, { maxScore: 5, version: inherited.version })).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'PATCH', `/api/cleanliness/items/${own.id}`, { maxScore: 5, version: 1 })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'PATCH', `/api/cleanliness/items/${missingId}`, { maxScore: 5, version: 1 })).statusCode).toBe(404);
  });

  it('answers 400 naming the field, and 409 to a stale version', async () => {
    const noVersion = await call(t, u.adminA, 'PATCH', `/api/cleanliness/items/${own.id}`, { maxScore: 5 });
    expect(fieldsOf(noVersion)).toEqual(['version']);
    const tooMuch = await call(t, u.adminA, 'PATCH', `/api/cleanliness/items/${own.id}`, { maxScore: 500, version: 1 });
    expect(tooMuch.statusCode).toBe(400);
    expect(fieldsOf(tooMuch)).toEqual(['maxScore']);
    const stale = await call(t, u.adminA, 'PATCH', `/api/cleanliness/items/${own.id}`, { maxScore: 4, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
  });
});
