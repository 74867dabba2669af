import type { ComplianceWarnings } from '@mofan/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { addPost, createPerson, createUnit, createUser } from '../../../test/factories';
import { type TwoUnits, createTwoUnits } from '../../../test/fixtures';
import { type Session, call, login, useTestApp } from '../../../test/test-app';

// The test clock stands at 2026-03-02 09:00 (Asia/Shanghai): February's duties are overdue since yesterday.
const t = useTestApp();
let u: TwoUnits;

async function warningsOf(session: Session): Promise<ComplianceWarnings> {
  const res = await call(t, session, 'GET', '/api/compliance/warnings');
  expect(res.statusCode).toBe(200);
  return res.json<ComplianceWarnings>();
}

beforeAll(async () => {
  u = await createTwoUnits(t);
});

describe('GET /api/compliance/warnings', () => {
  it('answers 401 without a session', async () => {
    expect((await call(t, null, 'GET', '/api/compliance/warnings')).statusCode).toBe(401);
  });

  it("lists a unit admin's overdue and soon-due requirement periods of their unit, and none of another unit", async () => {
    const list = await warningsOf(u.adminA);
    expect(list.items.length).toBeGreaterThan(0);
    expect(new Set(list.items.map((i) => i.unitId))).toEqual(new Set([u.a.unit.id]));
    expect(list.items).toContainEqual(expect.objectContaining({ level: 'red', scope: 'unit', requirementId: 'org.theme_day', periodKey: '2026-02', dueDate: '2026-02-28' }));
    // March's 主题党日 is due in 29 days: not yet a reminder.
    expect(list.items.find((i) => i.requirementId === 'org.theme_day' && i.periodKey === '2026-03')).toBeUndefined();
    expect(list.red).toBe(list.items.filter((i) => i.level === 'red').length);
    expect(list.yellow).toBe(list.items.filter((i) => i.level === 'yellow').length);
    // Red first, then yellow.
    const levels = list.items.map((i) => i.level);
    expect(levels).toEqual([...levels].sort((a, b) => (a === b ? 0 : a === 'red' ? -1 : 1)));
    expect((await warningsOf(u.adminB)).items.every((i) => i.unitId === u.b.unit.id)).toBe(true);
  });

  it('drops a reminder once the record that meets it is entered', async () => {
    const created = await call(t, u.adminA, 'POST', '/api/records', { ownerNodeId: u.a.branch.id, kinds: ['theme_day'], occurredOn: '2026-02-26', topic: '主题党日' });
    expect(created.statusCode).toBe(201);
    const list = await warningsOf(u.adminA);
    expect(list.items.find((i) => i.requirementId === 'org.theme_day' && i.periodKey === '2026-02')).toBeUndefined();
  });

  it("gives a 支部书记 their branch's reminders only, not the unit's", async () => {
    const secretary = await createPerson(t, u.a);
    await addPost(t, secretary.id, u.a.branch.id, 'branch_secretary', '2024-05-01');
    const user = await createUser(t, [], { personId: secretary.id });
    const list = await warningsOf(await login(t, user.username, user.password));
    const unitItems = list.items.filter((i) => i.scope === 'unit');
    expect(unitItems.map((i) => i.requirementId)).toContain('org.committee_meeting');
    // 业务讲堂 binds the unit as a whole: not the branch secretary's to answer for.
    expect(unitItems.map((i) => i.requirementId)).not.toContain('skill.monday_lecture');
  });

  it("reminds a member of their own duty when it falls due, and not once it is met", async () => {
    const member = await createPerson(t, u.a);
    const user = await createUser(t, [], { personId: member.id });
    t.clock.set('2026-03-26T09:00:00+08:00');
    try {
      const session = await login(t, user.username, user.password);
      const list = await warningsOf(session);
      expect(list.items).toContainEqual(expect.objectContaining({ level: 'yellow', scope: 'mine', requirementId: 'skill.monthly_book', periodKey: '2026-03', summary: '已完成 0/1' }));
      expect(list.items.every((i) => i.scope === 'mine')).toBe(true);
      const book = await call(t, session, 'POST', '/api/records', { personId: member.id, kinds: ['monthly_book'], occurredOn: '2026-03-20', details: { bookTitle: '论中国共产党历史' } });
      expect(book.statusCode).toBe(201);
      expect((await warningsOf(session)).items.find((i) => i.requirementId === 'skill.monthly_book')).toBeUndefined();
    } finally {
      t.clock.set('2026-03-02T09:00:00+08:00');
    }
  });

  it('sends a 工委 official with many units to the city overview instead of listing every unit', async () => {
    for (let i = 0; i < 10; i++) await createUnit(t, u.a.city);
    const official = await createUser(t, [{ role: 'committee_admin', scope: u.a.city }]);
    const list = await warningsOf(await login(t, official.username, official.password));
    expect(list).toMatchObject({ tooManyUnits: true, items: [] });
  });
});
