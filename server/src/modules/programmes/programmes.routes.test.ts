import type { ProgrammePublications, ProgrammePublicationView } from '@mofan/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { type NodeRef, type UnitFixture, createDistrict, createUnit, createUser } from '../../../test/factories';
import { type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';
import { adoptionsOfProgramme } from './programmes.repository';

const t = useTestApp();
let u: TwoUnits;
let committee: Session;
let district: NodeRef;
let districtUnit: UnitFixture;
let districtCommittee: Session;

const PUBLICATIONS = '/api/programmes/publications';
const MISSING = '00000000-0000-4000-8000-000000000000';

async function list(session: Session, nodeId: string): Promise<ProgrammePublications> {
  const res = await call(t, session, 'GET', `${PUBLICATIONS}?nodeId=${nodeId}`);
  expect(res.statusCode).toBe(200);
  return res.json<ProgrammePublications>();
}

beforeAll(async () => {
  u = await createTwoUnits(t);
  const official = await createUser(t, [{ role: 'committee_admin', scope: u.a.city }]);
  committee = await login(t, official.username, official.password);
  district = await createDistrict(t, u.a.city);
  districtUnit = await createUnit(t, district);
  const districtOfficial = await createUser(t, [{ role: 'committee_admin', scope: district }]);
  districtCommittee = await login(t, districtOfficial.username, districtOfficial.password);
});

describe('publishing a programme (工委 → units)', () => {
  let publication: ProgrammePublicationView;

  it('lets the 工委 publish a programme to its city, every unit below not yet adopted', async () => {
    const res = await call(t, committee, 'POST', PUBLICATIONS, { nodeId: u.a.city.id, programmeCode: '000', note: '各单位结合实际制定方案' });
    expect(res.statusCode).toBe(201);
    publication = res.json<ProgrammePublicationView>();
    expect(publication).toMatchObject({ nodeId: u.a.city.id, programmeCode: '000', programmeName: '“五清”模范机关', note: '各单位结合实际制定方案', withdrawnAt: null, adoptedCount: 0 });
    expect(publication.units.map((s) => s.unitId).sort()).toEqual([u.a.unit.id, u.b.unit.id, districtUnit.unit.id].sort());
    expect(publication.units.every((s) => s.adoptedAt === null)).toBe(true);
    expect(await auditEntriesOf(t, 'programme.publish', publication.id)).toHaveLength(1);
  });

  it('refuses to publish the same programme twice at one node', async () => {
    const again = await call(t, committee, 'POST', PUBLICATIONS, { nodeId: u.a.city.id, programmeCode: '000' });
    expect(again.statusCode).toBe(409);
  });

  it('answers 401, 403 for a unit admin publishing for the city, 400 naming the field', async () => {
    const body = { nodeId: u.a.city.id, programmeCode: '001' };
    expect((await call(t, null, 'POST', PUBLICATIONS, body)).statusCode).toBe(401);
    expect((await call(t, u.adminA, 'POST', PUBLICATIONS, body)).statusCode).toBe(403);
    expect((await call(t, districtCommittee, 'POST', PUBLICATIONS, body)).statusCode).toBe(403);
    expect(fieldsOf(await call(t, u.adminA, 'POST', PUBLICATIONS, { nodeId: u.a.unit.id, programmeCode: '001' }))).toEqual(['nodeId']);
    expect(fieldsOf(await call(t, committee, 'POST', PUBLICATIONS, { nodeId: u.a.city.id, programmeCode: '009' }))).toEqual(['programmeCode']);
    expect(fieldsOf(await call(t, committee, 'POST', PUBLICATIONS, { nodeId: MISSING, programmeCode: '001' }))).toEqual(['nodeId']);
  });

  it('shows a unit the programmes published to it, and lets it adopt one', async () => {
    const before = await list(u.adminA, u.a.unit.id);
    expect(before.node).toMatchObject({ id: u.a.unit.id, kind: 'unit' });
    const seen = before.publications.find((p) => p.id === publication.id)!;
    expect(seen.units).toEqual([{ unitId: u.a.unit.id, unitName: u.a.unit.name, adoptedAt: null, adoptedByName: null, note: null }]);

    const res = await call(t, u.adminA, 'POST', `${PUBLICATIONS}/${publication.id}/adoptions`, { unitId: u.a.unit.id, note: '已制定本单位实施方案' });
    expect(res.statusCode).toBe(201);
    const adopted = res.json<ProgrammePublicationView>();
    expect(adopted.units).toHaveLength(1);
    expect(adopted.units[0]).toMatchObject({ unitId: u.a.unit.id, note: '已制定本单位实施方案' });
    expect(adopted.units[0]!.adoptedAt).toBe(t.clock.now().toISOString());
    expect(adopted.units[0]!.adoptedByName).toBeTruthy();
    expect(await auditEntriesOf(t, 'programme.adopt', publication.id)).toHaveLength(1);
    expect((await call(t, u.adminA, 'POST', `${PUBLICATIONS}/${publication.id}/adoptions`, { unitId: u.a.unit.id })).statusCode).toBe(409);
  });

  it('shows the 工委 which units adopted, when and by whom', async () => {
    const view = (await list(committee, u.a.city.id)).publications.find((p) => p.id === publication.id)!;
    expect(view.adoptedCount).toBe(1);
    expect(view.units.find((s) => s.unitId === u.a.unit.id)?.adoptedAt).not.toBeNull();
    expect(view.units.find((s) => s.unitId === u.b.unit.id)).toMatchObject({ adoptedAt: null, adoptedByName: null });
  });

  it('answers adoption 401, 403 for another unit, 400 naming the unit, 404 for an unknown publication', async () => {
    const url = `${PUBLICATIONS}/${publication.id}/adoptions`;
    expect((await call(t, null, 'POST', url, { unitId: u.b.unit.id })).statusCode).toBe(401);
    expect((await call(t, u.adminA, 'POST', url, { unitId: u.b.unit.id })).statusCode).toBe(403);
    expect(fieldsOf(await call(t, u.adminA, 'POST', url, { unitId: u.a.departments[0].id }))).toEqual(['unitId']);
    expect(fieldsOf(await call(t, u.adminA, 'POST', url, { unitId: 'not-a-uuid' }))).toEqual(['unitId']);
    expect((await call(t, u.adminA, 'POST', `${PUBLICATIONS}/${MISSING}/adoptions`, { unitId: u.a.unit.id })).statusCode).toBe(404);
  });

  it('lets a 县区 工委 publish to its own units only; a unit there sees both levels', async () => {
    const res = await call(t, districtCommittee, 'POST', PUBLICATIONS, { nodeId: district.id, programmeCode: '004' });
    expect(res.statusCode).toBe(201);
    const own = res.json<ProgrammePublicationView>();
    expect(own.units.map((s) => s.unitId)).toEqual([districtUnit.unit.id]);
    const admin = await createUser(t, [{ role: 'unit_admin', scope: districtUnit.unit }]);
    const session = await login(t, admin.username, admin.password);
    expect((await list(session, districtUnit.unit.id)).publications.map((p) => p.id)).toEqual(expect.arrayContaining([publication.id, own.id]));
    expect((await list(u.adminB, u.b.unit.id)).publications.map((p) => p.id)).not.toContain(own.id);
    expect(fieldsOf(await call(t, u.adminB, 'POST', `${PUBLICATIONS}/${own.id}/adoptions`, { unitId: u.b.unit.id }))).toEqual(['unitId']);
  });

  it('answers the list 401, 403 for another unit, 404 for an unknown node', async () => {
    expect((await call(t, null, 'GET', `${PUBLICATIONS}?nodeId=${u.a.unit.id}`)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'GET', `${PUBLICATIONS}?nodeId=${u.a.unit.id}`)).statusCode).toBe(403);
    expect((await call(t, committee, 'GET', `${PUBLICATIONS}?nodeId=${MISSING}`)).statusCode).toBe(404);
    expect(fieldsOf(await call(t, committee, 'GET', `${PUBLICATIONS}?nodeId=x`))).toEqual(['nodeId']);
  });

  it('gives the compliance engineer each adopting unit and when it adopted', async () => {
    const adoptions = await adoptionsOfProgramme(t.ctx.db, '000');
    expect([...adoptions.keys()]).toEqual([u.a.unit.id]);
    expect(adoptions.get(u.a.unit.id)).toBe(t.clock.now().toISOString());
    expect((await adoptionsOfProgramme(t.ctx.db, '004')).size).toBe(0);
  });

  it('withdraws a publication, keeping it and its adoptions as history; no adoption after', async () => {
    const url = `${PUBLICATIONS}/${publication.id}/withdraw`;
    expect((await call(t, null, 'POST', url)).statusCode).toBe(401);
    expect((await call(t, u.adminA, 'POST', url)).statusCode).toBe(403);
    expect((await call(t, committee, 'POST', `${PUBLICATIONS}/${MISSING}/withdraw`)).statusCode).toBe(404);
    const res = await call(t, committee, 'POST', url);
    expect(res.statusCode).toBe(200);
    expect(res.json<ProgrammePublicationView>()).toMatchObject({ withdrawnAt: t.clock.now().toISOString(), adoptedCount: 1 });
    expect(await auditEntriesOf(t, 'programme.withdraw', publication.id)).toHaveLength(1);
    expect((await call(t, committee, 'POST', url)).statusCode).toBe(409);
    expect((await call(t, u.adminB, 'POST', `${PUBLICATIONS}/${publication.id}/adoptions`, { unitId: u.b.unit.id })).statusCode).toBe(409);
    const kept = (await list(u.adminA, u.a.unit.id)).publications.find((p) => p.id === publication.id)!;
    expect(kept.withdrawnAt).not.toBeNull();
    expect(kept.units[0]!.adoptedAt).not.toBeNull();
    expect((await adoptionsOfProgramme(t.ctx.db, '000')).size).toBe(0);
  });

  it('publishes a withdrawn programme again on the same record, earlier adoptions still attached', async () => {
    t.clock.advance(60_000);
    const res = await call(t, committee, 'POST', PUBLICATIONS, { nodeId: u.a.city.id, programmeCode: '000', note: '重新部署' });
    expect(res.statusCode).toBe(201);
    expect(res.json<ProgrammePublicationView>()).toMatchObject({ id: publication.id, withdrawnAt: null, note: '重新部署', adoptedCount: 1 });
  });
});
