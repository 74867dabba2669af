import type { ActivityRecord, UnitOverview } from '@mofan/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryOnce } from '../../../test/db';
import { addPost, createPerson, createUser } from '../../../test/factories';
import { type TwoUnits, createTwoUnits } from '../../../test/fixtures';
import { call, login, useTestApp } from '../../../test/test-app';
import { recomputeAll } from './recompute-all';
import { storeUnitYear } from './store';

// The test clock stands at 2026-03-02 09:00 (Asia/Shanghai).
const t = useTestApp();
let u: TwoUnits;
let people: Awaited<ReturnType<typeof createPerson>>[];

/** The stored summaries of unit A's 2026, in a stable order, as plain rows. */
async function stored(): Promise<unknown[]> {
  return queryOnce(
    t.url,
    `select requirement_id, period_key, period_start::text, period_end::text, due_date::text, met, late, exempt, short_none, short_some
     from compliance_summaries where unit_id = $1 and year = 2026 order by requirement_id, period_key`,
    [u.a.unit.id],
  );
}

/** What a whole recompute from the ledger stores: the reference every narrow update must match. */
async function recomputedWhole(): Promise<unknown[]> {
  await queryOnce(t.url, 'delete from compliance_unit_years where unit_id = $1', [u.a.unit.id]);
  await storeUnitYear(t.ctx.db, u.a.unit.id, 2026);
  return stored();
}

async function overview(): Promise<UnitOverview> {
  const res = await call(t, u.adminA, 'GET', `/api/compliance/units/${u.a.unit.id}?year=2026`);
  expect(res.statusCode).toBe(200);
  return res.json<UnitOverview>();
}

function period(o: UnitOverview, requirementId: string, key: string) {
  return o.requirements.find((r) => r.id === requirementId)?.periods.find((p) => p.key === key);
}

async function post(body: Record<string, unknown>): Promise<ActivityRecord> {
  const res = await call(t, u.adminA, 'POST', '/api/records', body);
  expect(res.statusCode).toBe(201);
  return res.json<ActivityRecord>();
}

beforeAll(async () => {
  u = await createTwoUnits(t);
  people = await Promise.all(Array.from({ length: 6 }, () => createPerson(t, u.a)));
  await addPost(t, people[0]!.id, u.a.branch.id, 'branch_secretary', '2024-05-01');
});

describe('stored compliance after ledger writes', () => {
  it('stores the unit-year on the first read and keeps it equal to a whole recompute after every create, update and delete', async () => {
    await overview();
    const unitYear = await queryOnce<{ n: number }>(t.url, 'select count(*)::int as n from compliance_unit_years where unit_id = $1 and year = 2026', [u.a.unit.id]);
    expect(unitYear[0]?.n).toBe(1);

    const meeting = await post({
      ownerNodeId: u.a.branch.id,
      kinds: ['theme_day', 'party_lecture', 'warning_education'],
      occurredOn: '2026-02-27',
      topic: '主题党日',
      lecturerPersonId: people[0]!.id,
      participants: people.map((p) => ({ personId: p.id, present: true })),
    });
    expect(await stored()).toEqual(await recomputedWhole());

    await post({ personId: people[1]!.id, kinds: ['monthly_book'], occurredOn: '2026-02-20', details: { bookTitle: '习近平谈治国理政' } });
    await post({ personId: people[2]!.id, kinds: ['field_trip'], occurredOn: '2026-01-05', endsOn: '2026-01-09', details: { place: '某村', purpose: '调研' } });
    expect(await stored()).toEqual(await recomputedWhole());

    const moved = await call(t, u.adminA, 'PATCH', `/api/records/${meeting.id}`, { version: meeting.version, occurredOn: '2026-01-15', kinds: ['theme_day', 'party_lecture'] });
    expect(moved.statusCode).toBe(200);
    expect(period(await overview(), 'org.theme_day', '2026-01')?.status).toBe('met');
    expect(period(await overview(), 'org.theme_day', '2026-02')?.status).toBe('missed');
    expect(await stored()).toEqual(await recomputedWhole());

    expect((await call(t, u.adminA, 'DELETE', `/api/records/${meeting.id}`)).statusCode).toBe(200);
    expect(period(await overview(), 'org.theme_day', '2026-01')?.status).toBe('missed');
    expect(await stored()).toEqual(await recomputedWhole());
  });

  it('loses no update when several records of one unit are written at once', async () => {
    await overview();
    const months = ['2026-01-10', '2026-01-20', '2026-02-03', '2026-02-10', '2026-02-17', '2026-02-24'];
    const results = await Promise.all(months.map((occurredOn) => call(t, u.adminA, 'POST', '/api/records', { ownerNodeId: u.a.branch.id, kinds: ['committee_meeting'], occurredOn, topic: '支委会' })));
    expect(results.map((r) => r.statusCode)).toEqual(months.map(() => 201));
    expect(await stored()).toEqual(await recomputedWhole());
  });
});

describe('status derived when read', () => {
  it('turns a stored period yellow, then red, as the clock passes its due date — with no recompute in between', async () => {
    await overview();
    const before = await queryOnce<{ at: string }>(t.url, 'select computed_at::text as at from compliance_unit_years where unit_id = $1 and year = 2026', [u.a.unit.id]);
    expect(period(await overview(), 'org.theme_day', '2026-03')).toMatchObject({ status: 'not_yet_due', warning: 'none' });
    const admin = await createUser(t, [{ role: 'unit_admin', scope: u.a.unit }]);
    // Weeks pass between the reads: each needs a session of its day.
    const at = async (iso: string) => {
      t.clock.set(iso);
      u.adminA = await login(t, admin.username, admin.password);
      return period(await overview(), 'org.theme_day', '2026-03');
    };
    expect(await at('2026-03-26T09:00:00+08:00')).toMatchObject({ status: 'not_yet_due', warning: 'yellow' });
    expect(await at('2026-03-31T23:00:00+08:00')).toMatchObject({ status: 'not_yet_due', warning: 'yellow' });
    expect(await at('2026-04-01T09:00:00+08:00')).toMatchObject({ status: 'missed', warning: 'red' });
    const after = await queryOnce<{ at: string }>(t.url, 'select computed_at::text as at from compliance_unit_years where unit_id = $1 and year = 2026', [u.a.unit.id]);
    expect(after).toEqual(before);
    await at('2026-03-02T09:00:00+08:00');
  });
});

describe('facts changes and versions', () => {
  it('drops the stored year when a person is excused, and the next read counts them exempt', async () => {
    const person = people[3]!;
    await overview();
    const res = await call(t, u.adminA, 'POST', `/api/people/${person.id}/exemptions`, { kind: 'secondment', startsOn: '2026-01-01', endsOn: '2026-02-28', reason: '借调市委' });
    expect(res.statusCode).toBe(201);
    const years = await queryOnce<{ n: number }>(t.url, 'select count(*)::int as n from compliance_unit_years where unit_id = $1', [u.a.unit.id]);
    expect(years[0]?.n).toBe(0);
    const january = period(await overview(), 'skill.monthly_book', '2026-01');
    expect(january?.counts.exempt).toBeGreaterThanOrEqual(1);
    expect(await stored()).toEqual(await recomputedWhole());
  });

  it('computes again a year stored by another engine version before reading it', async () => {
    await overview();
    await queryOnce(t.url, `update compliance_summaries set met = 999 where unit_id = $1 and requirement_id = 'org.theme_day'`, [u.a.unit.id]);
    await queryOnce(t.url, `update compliance_unit_years set engine_version = 'old' where unit_id = $1`, [u.a.unit.id]);
    expect(period(await overview(), 'org.theme_day', '2026-01')?.counts.met).not.toBe(999);
  });

  it('stores on worker threads exactly what a read stores', async () => {
    const reference = await recomputedWhole();
    await queryOnce(t.url, 'delete from compliance_unit_years where unit_id = $1', [u.a.unit.id]);
    await queryOnce(t.url, 'delete from compliance_summaries where unit_id = $1', [u.a.unit.id]);
    const report = await recomputeAll(t.url, [u.a.unit.id, u.b.unit.id], 2026, 2);
    expect(report).toMatchObject({ units: 2, failed: [] });
    expect(await stored()).toEqual(reference);
  });
});
