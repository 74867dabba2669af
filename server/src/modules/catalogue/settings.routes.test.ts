import type { EffectiveCatalogueView, RequirementDetail, RequirementSettingView, UnitOverview } from '@mofan/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/factories';
import { type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

const t = useTestApp();
let u: TwoUnits;
let committee: Session;

const settingUrl = (nodeId: string, requirementId: string) => `/api/catalogue/settings/${nodeId}/${requirementId}`;

beforeAll(async () => {
  u = await createTwoUnits(t);
  const official = await createUser(t, [{ role: 'committee_admin', scope: u.a.city }]);
  committee = await login(t, official.username, official.password);
});

describe('localising the catalogue (上下联动, 结合实际)', () => {
  it('lets the 工委 raise a rule for the city and a unit raise it further, never lower', async () => {
    const raised = await call(t, committee, 'PUT', settingUrl(u.a.city.id, 'clean.warning_education'), { enabled: true, rule: { kind: 'count', min: 6, per: 'year' }, reason: '全市统一每年6次' });
    expect(raised.statusCode).toBe(200);
    const lower = await call(t, u.adminA, 'PUT', settingUrl(u.a.unit.id, 'clean.warning_education'), { enabled: true, rule: { kind: 'count', min: 5, per: 'year' } });
    expect(lower.statusCode).toBe(400);
    expect(fieldsOf(lower)).toEqual(['rule']);
    const higher = await call(t, u.adminA, 'PUT', settingUrl(u.a.unit.id, 'clean.warning_education'), { enabled: true, rule: { kind: 'count', min: 8, per: 'year' } });
    expect(higher.statusCode).toBe(200);
    const effective = (await call(t, u.adminA, 'GET', `/api/catalogue/effective?nodeId=${u.a.unit.id}`)).json<EffectiveCatalogueView>();
    const warning = effective.requirements.find((r) => r.id === 'clean.warning_education')!;
    expect(warning.rule).toEqual({ kind: 'count', min: 8, per: 'year' });
    expect(warning.baseRule).toEqual({ kind: 'count', min: 4, per: 'year' });
    expect(warning.changes.map((c) => c.nodeId)).toEqual([u.a.city.id, u.a.unit.id]);
    expect(warning.ownSetting).toEqual({ version: 1 });
    const detail = await call(t, u.adminA, 'GET', `/api/compliance/units/${u.a.unit.id}/requirements/clean.warning_education?year=2026`);
    expect(detail.json<RequirementDetail>().results[0]).toMatchObject({ needed: 8 });
    const other = await call(t, u.adminB, 'GET', `/api/compliance/units/${u.b.unit.id}/requirements/clean.warning_education?year=2026`);
    expect(other.json<RequirementDetail>().results[0]).toMatchObject({ needed: 6 });
    expect(await auditEntriesOf(t, 'requirement.localize', 'clean.warning_education')).toHaveLength(2);
  });

  it('lets a unit switch an item off only with a reason, which the 工委 sees; the item leaves its overview', async () => {
    const silent = await call(t, u.adminA, 'PUT', settingUrl(u.a.unit.id, 'work.weekly_huddle'), { enabled: false });
    expect(fieldsOf(silent)).toEqual(['reason']);
    const off = await call(t, u.adminA, 'PUT', settingUrl(u.a.unit.id, 'work.weekly_huddle'), { enabled: false, reason: '与每周局务会合并' });
    expect(off.statusCode).toBe(200);
    const seen = (await call(t, committee, 'GET', `/api/catalogue/settings?nodeId=${u.a.city.id}`)).json<RequirementSettingView[]>();
    expect(seen.find((s) => s.requirementId === 'work.weekly_huddle')).toMatchObject({ nodeId: u.a.unit.id, enabled: false, reason: '与每周局务会合并' });
    const overview = (await call(t, u.adminA, 'GET', `/api/compliance/units/${u.a.unit.id}?year=2026`)).json<UnitOverview>();
    expect(overview.requirements.map((r) => r.id)).not.toContain('work.weekly_huddle');
    expect((await call(t, u.adminA, 'GET', `/api/compliance/units/${u.a.unit.id}/requirements/work.weekly_huddle`)).statusCode).toBe(404);
  });

  it('asks for the version to change an existing setting, and reverts on delete', async () => {
    const first = (await call(t, u.adminA, 'PUT', settingUrl(u.a.unit.id, 'care.union_activity'), { enabled: true, rule: { kind: 'count', min: 2, per: 'quarter' } })).json<RequirementSettingView>();
    expect((await call(t, u.adminA, 'PUT', settingUrl(u.a.unit.id, 'care.union_activity'), { enabled: true, rule: { kind: 'count', min: 3, per: 'quarter' } })).statusCode).toBe(409);
    const second = await call(t, u.adminA, 'PUT', settingUrl(u.a.unit.id, 'care.union_activity'), { enabled: true, rule: { kind: 'count', min: 3, per: 'quarter' }, version: first.version });
    expect(second.json<RequirementSettingView>()).toMatchObject({ version: 2 });
    expect((await call(t, u.adminA, 'DELETE', settingUrl(u.a.unit.id, 'care.union_activity'))).statusCode).toBe(200);
    const effective = (await call(t, u.adminA, 'GET', `/api/catalogue/effective?nodeId=${u.a.unit.id}`)).json<EffectiveCatalogueView>();
    expect(effective.requirements.find((r) => r.id === 'care.union_activity')).toMatchObject({ rule: { kind: 'count', min: 1, per: 'quarter' }, changes: [] });
    expect((await call(t, u.adminA, 'DELETE', settingUrl(u.a.unit.id, 'care.union_activity'))).statusCode).toBe(404);
  });

  it('answers 401, 403 for another unit or the city, 400 for a 科室 or a bad rule, 404 for an unknown requirement', async () => {
    const body = { enabled: true, rule: { kind: 'count', min: 2, per: 'month' } };
    expect((await call(t, null, 'PUT', settingUrl(u.a.unit.id, 'org.theme_day'), body)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'PUT', settingUrl(u.a.unit.id, 'org.theme_day'), body)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'PUT', settingUrl(u.a.city.id, 'org.theme_day'), body)).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'GET', `/api/catalogue/effective?nodeId=${u.a.unit.id}`)).statusCode).toBe(403);
    expect(fieldsOf(await call(t, u.adminA, 'PUT', settingUrl(u.a.departments[0].id, 'org.theme_day'), body))).toEqual(['nodeId']);
    expect(fieldsOf(await call(t, u.adminA, 'PUT', settingUrl(u.a.unit.id, 'org.theme_day'), { enabled: true, rule: { kind: 'count', min: 2, per: 'decade' } }))).toEqual(['rule.per']);
    expect((await call(t, u.adminA, 'PUT', settingUrl(u.a.unit.id, 'org.no_such_thing'), body)).statusCode).toBe(404);
    expect(fieldsOf(await call(t, u.adminA, 'PUT', settingUrl(u.a.unit.id, 'org.theme_day'), { enabled: true, rule: null }))).toEqual(['rule']);
  });
});
