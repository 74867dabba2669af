import type { EffectiveCatalogueView, OwnRequirementView, RequirementSettingView, UnitOverview } from '@mofan/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { type NodeRef, type UnitFixture, createDistrict, createUnit, createUser } from '../../../test/factories';
import { type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

const t = useTestApp();
let u: TwoUnits;
let committee: Session;
let east: { district: NodeRef; unit: UnitFixture; committee: Session; admin: Session };
let west: { district: NodeRef; unit: UnitFixture; admin: Session };

const OWN = '/api/programmes/own-requirements';
const MISSING = '00000000-0000-4000-8000-000000000000';

async function signIn(role: string, scope: NodeRef): Promise<Session> {
  const user = await createUser(t, [{ role, scope }]);
  return login(t, user.username, user.password);
}

async function effective(session: Session, nodeId: string): Promise<EffectiveCatalogueView['requirements']> {
  const res = await call(t, session, 'GET', `/api/catalogue/effective?nodeId=${nodeId}`);
  expect(res.statusCode).toBe(200);
  return res.json<EffectiveCatalogueView>().requirements;
}

/** The ids of the requirements in a unit's compliance overview for 2026 (the test clock's year). */
async function overviewIds(session: Session, unitId: string): Promise<string[]> {
  const res = await call(t, session, 'GET', `/api/compliance/units/${unitId}?year=2026`);
  expect(res.statusCode).toBe(200);
  return res.json<UnitOverview>().requirements.map((r) => r.id);
}

async function settings(session: Session, nodeId: string): Promise<RequirementSettingView[]> {
  const res = await call(t, session, 'GET', `/api/catalogue/settings?nodeId=${nodeId}`);
  expect(res.statusCode).toBe(200);
  return res.json<RequirementSettingView[]>();
}

/** 廉政家访 twice a half-year: an item the catalogue does not have. */
const body = (nodeId: string) => ({
  nodeId,
  title: '每半年开展两次廉政家访',
  programmeCode: '000',
  dimensionCode: 'style_clean',
  evidence: ['family_visit'],
  target: { kind: 'unit' },
  rule: { kind: 'count', min: 2, per: 'half_year' },
  note: '结合本单位窗口岗位多的实际',
});

beforeAll(async () => {
  u = await createTwoUnits(t);
  committee = await signIn('committee_admin', u.a.city);
  const eastDistrict = await createDistrict(t, u.a.city);
  const eastUnit = await createUnit(t, eastDistrict);
  east = { district: eastDistrict, unit: eastUnit, committee: await signIn('committee_admin', eastDistrict), admin: await signIn('unit_admin', eastUnit.unit) };
  const westDistrict = await createDistrict(t, u.a.city);
  const westUnit = await createUnit(t, westDistrict);
  west = { district: westDistrict, unit: westUnit, admin: await signIn('unit_admin', westUnit.unit) };
});

describe('own requirements (结合实际增设)', () => {
  let item: OwnRequirementView;

  it('lets a unit add an item that binds it, not the unit beside it, and that the 工委 sees', async () => {
    // Read first, so the unit's compliance is stored before the item exists and must be refreshed.
    expect(await overviewIds(u.adminA, u.a.unit.id)).not.toEqual([]);
    const res = await call(t, u.adminA, 'POST', OWN, body(u.a.unit.id));
    expect(res.statusCode).toBe(201);
    item = res.json<OwnRequirementView>();
    expect(item).toMatchObject({ requirementId: `custom.${item.id}`, nodeId: u.a.unit.id, programmeName: '“五清”模范机关', dimensionName: '作风清廉', enabled: true, version: 1 });
    expect(await auditEntriesOf(t, 'own_requirement.create', item.requirementId)).toHaveLength(1);

    const mine = (await effective(u.adminA, u.a.unit.id)).find((r) => r.id === item.requirementId);
    expect(mine).toMatchObject({ title: '每半年开展两次廉政家访', enabled: true, rule: body('').rule, baseRule: body('').rule, changes: [] });
    expect(mine?.ownRequirement).toEqual({ id: item.id, nodeId: u.a.unit.id, nodeName: u.a.unit.name, version: 1 });
    expect((await effective(u.adminA, u.a.unit.id)).find((r) => r.id === 'org.theme_day')?.ownRequirement).toBeNull();
    expect((await effective(u.adminB, u.b.unit.id)).map((r) => r.id)).not.toContain(item.requirementId);
    expect(await overviewIds(u.adminA, u.a.unit.id)).toContain(item.requirementId);
    expect(await overviewIds(u.adminB, u.b.unit.id)).not.toContain(item.requirementId);

    const seen = (await settings(committee, u.a.city.id)).find((s) => s.requirementId === item.requirementId);
    expect(seen).toMatchObject({ kind: 'own_requirement', nodeId: u.a.unit.id, requirementTitle: '每半年开展两次廉政家访', enabled: true, reason: '结合本单位窗口岗位多的实际' });
  });

  it('lists and reads a node’s own items', async () => {
    const listed = await call(t, u.adminA, 'GET', `${OWN}?nodeId=${u.a.unit.id}`);
    expect(listed.json<OwnRequirementView[]>().map((r) => r.id)).toEqual([item.id]);
    expect((await call(t, u.adminA, 'GET', `${OWN}/${item.id}`)).json<OwnRequirementView>()).toEqual(item);
  });

  it('binds a 县区’s item on its units only, which localise it like a catalogue item', async () => {
    const res = await call(t, east.committee, 'POST', OWN, { ...body(east.district.id), title: '季度“作风建设”警示教育', evidence: ['warning_education'], rule: { kind: 'count', min: 1, per: 'quarter' } });
    expect(res.statusCode).toBe(201);
    const districtItem = res.json<OwnRequirementView>();
    const there = (await effective(east.admin, east.unit.unit.id)).find((r) => r.id === districtItem.requirementId);
    expect(there?.ownRequirement).toMatchObject({ nodeId: east.district.id });
    expect((await effective(west.admin, west.unit.unit.id)).map((r) => r.id)).not.toContain(districtItem.requirementId);

    const url = (nodeId: string) => `/api/catalogue/settings/${nodeId}/${districtItem.requirementId}`;
    const raised = await call(t, east.admin, 'PUT', url(east.unit.unit.id), { enabled: true, rule: { kind: 'count', min: 2, per: 'quarter' }, reason: '窗口单位加密' });
    expect(raised.statusCode).toBe(200);
    expect(raised.json<RequirementSettingView>()).toMatchObject({ kind: 'setting', requirementTitle: '季度“作风建设”警示教育' });
    expect((await effective(east.admin, east.unit.unit.id)).find((r) => r.id === districtItem.requirementId)).toMatchObject({ rule: { min: 2 }, baseRule: { min: 1 } });
    expect(fieldsOf(await call(t, east.committee, 'PUT', url(east.district.id), { enabled: false, reason: '不再要求' }))).toEqual(['requirementId']);
    expect((await call(t, west.admin, 'PUT', url(west.unit.unit.id), { enabled: false, reason: '不适用' })).statusCode).toBe(404);
    expect((await settings(east.committee, east.district.id)).map((s) => [s.kind, s.nodeId])).toEqual(
      expect.arrayContaining([
        ['setting', east.unit.unit.id],
        ['own_requirement', east.district.id],
      ]),
    );

    expect((await call(t, east.committee, 'DELETE', `${OWN}/${districtItem.id}`)).statusCode).toBe(200);
    expect((await effective(east.admin, east.unit.unit.id)).map((r) => r.id)).not.toContain(districtItem.requirementId);
    expect((await settings(east.committee, east.district.id)).map((s) => s.requirementId)).not.toContain(districtItem.requirementId);
    expect(await auditEntriesOf(t, 'own_requirement.delete', districtItem.requirementId)).toHaveLength(1);
  });

  it('changes an item with its version (409 when stale) and switches it off only with a reason', async () => {
    const url = `${OWN}/${item.id}`;
    const changed = await call(t, u.adminA, 'PATCH', url, { rule: { kind: 'count', min: 3, per: 'half_year' }, version: 1 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<OwnRequirementView>()).toMatchObject({ rule: { min: 3 }, version: 2 });
    expect((await call(t, u.adminA, 'PATCH', url, { title: '过时的修改', version: 1 })).statusCode).toBe(409);

    expect(fieldsOf(await call(t, u.adminA, 'PATCH', url, { enabled: false, version: 2 }))).toEqual(['note']);
    const off = await call(t, u.adminA, 'PATCH', url, { enabled: false, note: '与市里统一的家访活动合并', version: 2 });
    expect(off.statusCode).toBe(200);
    expect(await auditEntriesOf(t, 'own_requirement.update', item.requirementId)).toHaveLength(2);

    expect(await overviewIds(u.adminA, u.a.unit.id)).not.toContain(item.requirementId);
    const bound = (await effective(u.adminA, u.a.unit.id)).find((r) => r.id === item.requirementId);
    expect(bound).toMatchObject({ enabled: false, changes: [{ nodeId: u.a.unit.id, enabled: false, reason: '与市里统一的家访活动合并' }] });
    const seen = (await settings(committee, u.a.city.id)).find((s) => s.requirementId === item.requirementId);
    expect(seen).toMatchObject({ kind: 'own_requirement', enabled: false, reason: '与市里统一的家访活动合并' });
  });

  it('answers 400 naming the field', async () => {
    const valid = body(u.a.unit.id);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ...valid, title: '  ' }, ['title']],
      [{ ...valid, programmeCode: '009' }, ['programmeCode']],
      [{ ...valid, dimensionCode: 'political_type' }, ['dimensionCode']],
      [{ ...valid, evidence: ['no_such_kind'] }, ['evidence.0']],
      [{ ...valid, evidence: [] }, ['evidence']],
      [{ ...valid, rule: { kind: 'count', min: 2, per: 'decade' } }, ['rule.per']],
      [{ ...valid, rule: { kind: 'deadline', month: 2, day: 30 } }, ['rule']],
      [{ ...valid, target: { kind: 'person', who: 'nobody' } }, ['target.who']],
      [{ ...valid, target: { kind: 'party_org', levels: [] } }, ['target.levels']],
      [{ ...valid, rule: { kind: 'coverage', ratio: 1, per: 'year' } }, ['target']],
      [{ ...valid, nodeId: u.a.departments[0].id }, ['nodeId']],
      [{ ...valid, nodeId: MISSING }, ['nodeId']],
    ];
    for (const [payload, fields] of cases) expect(fieldsOf(await call(t, u.adminA, 'POST', OWN, payload)), JSON.stringify(payload)).toEqual(fields);
    expect(fieldsOf(await call(t, u.adminA, 'PATCH', `${OWN}/${item.id}`, { title: 'x' }))).toEqual(['version']);
  });

  it('answers 401, 403 for another unit or a level above, 404 for an unknown item or node', async () => {
    const url = `${OWN}/${item.id}`;
    expect((await call(t, null, 'POST', OWN, body(u.a.unit.id))).statusCode).toBe(401);
    expect((await call(t, null, 'GET', `${OWN}?nodeId=${u.a.unit.id}`)).statusCode).toBe(401);
    expect((await call(t, null, 'GET', url)).statusCode).toBe(401);
    expect((await call(t, null, 'PATCH', url, { title: '新名称', version: 3 })).statusCode).toBe(401);
    expect((await call(t, null, 'DELETE', url)).statusCode).toBe(401);

    expect((await call(t, u.adminB, 'POST', OWN, body(u.a.unit.id))).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', OWN, body(u.a.city.id))).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'GET', `${OWN}?nodeId=${u.a.unit.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'GET', url)).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'PATCH', url, { title: '新名称', version: 3 })).statusCode).toBe(403);
    expect((await call(t, u.adminB, 'DELETE', url)).statusCode).toBe(403);

    expect((await call(t, u.adminA, 'GET', `${OWN}?nodeId=${MISSING}`)).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'GET', `${OWN}/${MISSING}`)).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'PATCH', `${OWN}/${MISSING}`, { title: '新名称', version: 1 })).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'DELETE', `${OWN}/${MISSING}`)).statusCode).toBe(404);
  });

  it('deletes an item: it binds nobody any more', async () => {
    expect((await call(t, u.adminA, 'DELETE', `${OWN}/${item.id}`)).statusCode).toBe(200);
    expect((await effective(u.adminA, u.a.unit.id)).map((r) => r.id)).not.toContain(item.requirementId);
    expect((await call(t, u.adminA, 'GET', `${OWN}/${item.id}`)).statusCode).toBe(404);
  });
});
