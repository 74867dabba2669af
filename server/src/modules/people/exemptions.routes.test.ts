import crypto from 'node:crypto';
import type { Exemption } from '@mofan/shared';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { personExemptions } from '../../db/schema/index';
import { createPerson, createUser } from '../../../test/factories';
import { type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { storeCompliance, storedComplianceCount } from '../../../test/stored-compliance';
import { call, fieldsOf, login, useTestApp } from '../../../test/test-app';

const t = useTestApp();

const missingId = crypto.randomUUID();
const leave = { kind: 'leave', startsOn: '2026-03-09', endsOn: '2026-03-13', reason: '事假' };

async function addExemption(personId: string, fields: Partial<typeof personExemptions.$inferInsert> = {}) {
  const [row] = await t.ctx.db
    .insert(personExemptions)
    .values({ personId, kind: 'secondment', startsOn: '2026-01-01', endsOn: '2026-06-30', ...fields })
    .returning();
  return row!;
}

const url = (personId: string, id?: string) => `/api/people/${personId}/exemptions${id ? `/${id}` : ''}`;

describe('GET /api/people/:personId/exemptions', () => {
  let u: TwoUnits;
  beforeAll(async () => {
    u = await createTwoUnits(t);
  });

  it('answers 401 without a session', async () => {
    const person = await createPerson(t, u.a);
    expect((await call(t, null, 'GET', url(person.id))).statusCode).toBe(401);
  });

  it("lists the person's exemptions in date order, to a reader who may not change them", async () => {
    const person = await createPerson(t, u.a);
    const later = await addExemption(person.id, { kind: 'training', startsOn: '2026-09-01', endsOn: '2026-09-30' });
    const earlier = await addExemption(person.id, { kind: 'leave', startsOn: '2026-02-01', endsOn: '2026-02-03', reason: '探亲' });
    await addExemption((await createPerson(t, u.a)).id);
    const reader = await createUser(t, [{ role: 'leader', scope: u.a.unit }]);
    const res = await call(t, await login(t, reader.username, reader.password), 'GET', url(person.id));
    expect(res.statusCode).toBe(200);
    const items = res.json<Exemption[]>();
    expect(items.map((e) => e.id)).toEqual([earlier.id, later.id]);
    expect(items[0]).toMatchObject({ personId: person.id, kind: 'leave', startsOn: '2026-02-01', endsOn: '2026-02-03', reason: '探亲', source: 'manual', version: 1 });
  });

  it("answers 403 for B's person, 404 for a missing one and 400 naming personId for a malformed one", async () => {
    const personB = await createPerson(t, u.b);
    expect((await call(t, u.adminA, 'GET', url(personB.id))).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', url(missingId))).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'GET', url('abc'));
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['personId']);
  });
});

describe('POST /api/people/:personId/exemptions', () => {
  let u: TwoUnits;
  beforeAll(async () => {
    u = await createTwoUnits(t);
  });

  it('answers 401 without a session', async () => {
    const person = await createPerson(t, u.a);
    expect((await call(t, null, 'POST', url(person.id), leave)).statusCode).toBe(401);
  });

  it("records an exemption, audited with its kind and dates, and drops the unit's stored compliance only", async () => {
    const person = await createPerson(t, u.a);
    await storeCompliance(t, u.a.unit.id);
    await storeCompliance(t, u.b.unit.id);
    const res = await call(t, u.adminA, 'POST', url(person.id), leave);
    expect(res.statusCode).toBe(201);
    const created = res.json<Exemption>();
    expect(created).toMatchObject({ personId: person.id, ...leave, source: 'manual', version: 1 });
    const [row] = await t.ctx.db.select().from(personExemptions).where(eq(personExemptions.id, created.id));
    expect(row?.createdByUserId).toBe(u.adminA.userId);
    const audit = await auditEntriesOf(t, 'exemption.create', created.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toEqual({ kind: 'leave', startsOn: '2026-03-09', endsOn: '2026-03-13' });
    expect(await storedComplianceCount(t, u.a.unit.id)).toBe(0);
    expect(await storedComplianceCount(t, u.b.unit.id)).toBe(1);
  });

  it.each([
    ['an end before the start', { endsOn: '2026-03-08' }, 'endsOn'],
    ['a kind not in the list', { kind: 'holiday' }, 'kind'],
    ['a start that is not a date', { startsOn: '2026-02-30' }, 'startsOn'],
    ['a missing end', { endsOn: undefined }, 'endsOn'],
    ['a period longer than three years', { startsOn: '2024-03-01', endsOn: '2027-03-01' }, 'endsOn'],
    ['kind 其他 without a reason', { kind: 'other', reason: null }, 'reason'],
    ['kind 其他 with a blank reason', { kind: 'other', reason: '   ' }, 'reason'],
  ])('answers 400 for %s, naming the field', async (_, change, field) => {
    const person = await createPerson(t, u.a);
    const res = await call(t, u.adminA, 'POST', url(person.id), { ...leave, ...change });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  });

  it.each([
    ['a single day', { startsOn: '2026-03-09', endsOn: '2026-03-09' }],
    ['three years less a day', { startsOn: '2024-03-01', endsOn: '2027-02-28' }],
    ['kind 其他 with a reason', { kind: 'other', reason: '援疆' }],
    ['kind 借调 without a reason', { kind: 'secondment', reason: null }],
  ])('accepts %s', async (_, change) => {
    const person = await createPerson(t, u.a);
    expect((await call(t, u.adminA, 'POST', url(person.id), { ...leave, ...change })).statusCode).toBe(201);
  });

  it.each([
    ['the same days', '2026-03-09', '2026-03-13', 400],
    ['one shared first day', '2026-03-13', '2026-03-20', 400],
    ['one shared last day', '2026-03-01', '2026-03-09', 400],
    ['a period around it', '2026-03-01', '2026-03-31', 400],
    ['the day after', '2026-03-14', '2026-03-20', 201],
    ['the day before', '2026-03-01', '2026-03-08', 201],
  ])('against a period of the same person, %s answers %i', async (_, startsOn, endsOn, status) => {
    const person = await createPerson(t, u.a);
    expect((await call(t, u.adminA, 'POST', url(person.id), leave)).statusCode).toBe(201);
    const res = await call(t, u.adminA, 'POST', url(person.id), { kind: 'training', startsOn, endsOn });
    expect(res.statusCode).toBe(status);
    if (status === 400) expect(fieldsOf(res)).toEqual(['startsOn']);
  });

  it("does not hold another person's periods against this one", async () => {
    const [first, second] = [await createPerson(t, u.a), await createPerson(t, u.a)];
    expect((await call(t, u.adminA, 'POST', url(first.id), leave)).statusCode).toBe(201);
    expect((await call(t, u.adminA, 'POST', url(second.id), leave)).statusCode).toBe(201);
  });

  it('accepts one of two simultaneous overlapping periods and refuses the other', async () => {
    const person = await createPerson(t, u.a);
    const results = await Promise.all([call(t, u.adminA, 'POST', url(person.id), leave), call(t, u.adminA, 'POST', url(person.id), leave)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 400]);
    expect(await t.ctx.db.select().from(personExemptions).where(eq(personExemptions.personId, person.id))).toHaveLength(1);
  });

  it("answers 403 for B's person and to a reader without people.write, 404 for a missing person", async () => {
    const personB = await createPerson(t, u.b);
    expect((await call(t, u.adminA, 'POST', url(personB.id), leave)).statusCode).toBe(403);
    const person = await createPerson(t, u.a);
    const reader = await createUser(t, [{ role: 'leader', scope: u.a.unit }]);
    expect((await call(t, await login(t, reader.username, reader.password), 'POST', url(person.id), leave)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', url(missingId), leave)).statusCode).toBe(404);
    expect(await t.ctx.db.select().from(personExemptions).where(eq(personExemptions.personId, personB.id))).toHaveLength(0);
  });
});

describe('PATCH /api/people/:personId/exemptions/:id', () => {
  let u: TwoUnits;
  beforeAll(async () => {
    u = await createTwoUnits(t);
  });

  it('answers 401 without a session', async () => {
    const person = await createPerson(t, u.a);
    const row = await addExemption(person.id);
    expect((await call(t, null, 'PATCH', url(person.id, row.id), { endsOn: '2026-07-31', version: 1 })).statusCode).toBe(401);
  });

  it("changes the dates with the version read, audited before and after, and drops the unit's stored compliance", async () => {
    const person = await createPerson(t, u.a);
    const row = await addExemption(person.id);
    await storeCompliance(t, u.a.unit.id);
    const res = await call(t, u.adminA, 'PATCH', url(person.id, row.id), { endsOn: '2026-07-31', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json<Exemption>()).toMatchObject({ kind: 'secondment', startsOn: '2026-01-01', endsOn: '2026-07-31', version: 2 });
    const audit = await auditEntriesOf(t, 'exemption.update', row.id);
    expect(audit[0]?.details).toEqual({ kind: 'secondment', startsOn: '2026-01-01', endsOn: '2026-07-31', before: { kind: 'secondment', startsOn: '2026-01-01', endsOn: '2026-06-30' } });
    expect(await storedComplianceCount(t, u.a.unit.id)).toBe(0);
  });

  it('may move a period over its own days, but not onto another of the person\'s', async () => {
    const person = await createPerson(t, u.a);
    const row = await addExemption(person.id, { startsOn: '2026-01-01', endsOn: '2026-01-31' });
    await addExemption(person.id, { startsOn: '2026-03-01', endsOn: '2026-03-31' });
    expect((await call(t, u.adminA, 'PATCH', url(person.id, row.id), { startsOn: '2026-01-10', endsOn: '2026-02-10', version: 1 })).statusCode).toBe(200);
    const clash = await call(t, u.adminA, 'PATCH', url(person.id, row.id), { endsOn: '2026-03-01', version: 2 });
    expect(clash.statusCode).toBe(400);
    expect(fieldsOf(clash)).toEqual(['startsOn']);
  });

  it.each([
    ['an end before the kept start', { endsOn: '2025-12-31' }, 'endsOn'],
    ['a start after the kept end', { startsOn: '2026-07-01' }, 'endsOn'],
    ['kind 其他 while no reason is kept', { kind: 'other' }, 'reason'],
    ['a kind not in the list', { kind: 'holiday' }, 'kind'],
    ['no version', { version: undefined }, 'version'],
  ])('answers 400 for %s, naming the field', async (_, change, field) => {
    const person = await createPerson(t, u.a);
    const row = await addExemption(person.id);
    const res = await call(t, u.adminA, 'PATCH', url(person.id, row.id), { version: 1, ...change });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  });

  it('answers 409 VERSION_CONFLICT to a stale version and keeps the row', async () => {
    const person = await createPerson(t, u.a);
    const row = await addExemption(person.id);
    expect((await call(t, u.adminA, 'PATCH', url(person.id, row.id), { reason: '市委借调', version: 1 })).statusCode).toBe(200);
    const stale = await call(t, u.adminA, 'PATCH', url(person.id, row.id), { endsOn: '2026-12-31', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
    const [kept] = await t.ctx.db.select().from(personExemptions).where(eq(personExemptions.id, row.id));
    expect(kept).toMatchObject({ endsOn: '2026-06-30', reason: '市委借调', version: 2 });
  });

  it("answers 403 for B's person, 404 for a missing exemption or one of another person", async () => {
    const personB = await createPerson(t, u.b);
    const rowB = await addExemption(personB.id);
    expect((await call(t, u.adminA, 'PATCH', url(personB.id, rowB.id), { endsOn: '2026-07-31', version: 1 })).statusCode).toBe(403);
    const person = await createPerson(t, u.a);
    const other = await addExemption((await createPerson(t, u.a)).id);
    expect((await call(t, u.adminA, 'PATCH', url(person.id, missingId), { endsOn: '2026-07-31', version: 1 })).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'PATCH', url(person.id, other.id), { endsOn: '2026-07-31', version: 1 })).statusCode).toBe(404);
  });
});

describe('DELETE /api/people/:personId/exemptions/:id', () => {
  let u: TwoUnits;
  beforeAll(async () => {
    u = await createTwoUnits(t);
  });

  it('answers 401 without a session', async () => {
    const person = await createPerson(t, u.a);
    const row = await addExemption(person.id);
    expect((await call(t, null, 'DELETE', url(person.id, row.id))).statusCode).toBe(401);
  });

  it("deletes, audited with its kind and dates, and drops the unit's stored compliance", async () => {
    const person = await createPerson(t, u.a);
    const row = await addExemption(person.id);
    await storeCompliance(t, u.a.unit.id);
    const res = await call(t, u.adminA, 'DELETE', url(person.id, row.id));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect((await auditEntriesOf(t, 'exemption.delete', row.id))[0]?.details).toEqual({ kind: 'secondment', startsOn: '2026-01-01', endsOn: '2026-06-30' });
    expect(await storedComplianceCount(t, u.a.unit.id)).toBe(0);
    expect((await call(t, u.adminA, 'DELETE', url(person.id, row.id))).statusCode).toBe(404);
  });

  it("answers 403 for B's person, who keeps it, and 400 naming id for a malformed one", async () => {
    const personB = await createPerson(t, u.b);
    const rowB = await addExemption(personB.id);
    expect((await call(t, u.adminA, 'DELETE', url(personB.id, rowB.id))).statusCode).toBe(403);
    expect(await t.ctx.db.select().from(personExemptions).where(eq(personExemptions.id, rowB.id))).toHaveLength(1);
    const bad = await call(t, u.adminA, 'DELETE', url(personB.id, 'abc'));
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['id']);
  });
});
