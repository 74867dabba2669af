import crypto from 'node:crypto';
import { computeIdCardCheckChar, type PoliticalStatus } from '@mofan/shared';
import { eq } from 'drizzle-orm';
import { orgNodes, people, posts, roles, userGrants, users } from '../src/db/schema/index';
import { hashPassword } from '../src/modules/auth/password-hash';
import type { TestApp } from './test-app';
import { complianceAfterFactsChange } from '../src/modules/compliance/refresh';

export const TEST_PASSWORD = 'Test#Pass2026';
let passwordHash: Promise<string> | null = null;
let counter = 0;

function unique(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}_${crypto.randomBytes(3).toString('hex')}`;
}

type NodeInsert = typeof orgNodes.$inferInsert;

async function insertNode(t: TestApp, kind: string, name: string, parent: { id: string; path: string } | null, unit: { id: string; path: string } | null) {
  const id = crypto.randomUUID();
  const tree = ['party_committee', 'general_branch', 'branch', 'party_group'].includes(kind) ? 'party' : 'admin';
  const base = parent ?? (tree === 'party' ? unit : null);
  const row: NodeInsert = { id, tree, kind, name, parentId: parent?.id ?? null, unitId: kind === 'unit' ? id : (unit?.id ?? null), path: `${base?.path ?? '/'}${id}/` };
  await t.ctx.db.insert(orgNodes).values(row);
  return { id, path: row.path, name };
}

export type NodeRef = Awaited<ReturnType<typeof insertNode>>;

export interface UnitFixture {
  city: NodeRef;
  unit: NodeRef;
  departments: [NodeRef, NodeRef];
  committee: NodeRef;
  branch: NodeRef;
  group: NodeRef;
}

/** A 县区 under a city: a level between the city's 工委 and the units, with its own 工委. */
export async function createDistrict(t: TestApp, city: NodeRef): Promise<NodeRef> {
  return insertNode(t, 'district', unique('县区'), city, null);
}

/** A city (or the given one) with a unit: two 科室, a 机关党委 with one 党支部 and one 党小组. */
export async function createUnit(t: TestApp, city?: NodeRef): Promise<UnitFixture> {
  const theCity = city ?? (await insertNode(t, 'city', unique('城市'), null, null));
  const unit = await insertNode(t, 'unit', unique('单位'), theCity, null);
  const d1 = await insertNode(t, 'department', '办公室', unit, unit);
  const d2 = await insertNode(t, 'department', '业务科', unit, unit);
  const committee = await insertNode(t, 'party_committee', `${unit.name}机关党委`, null, unit);
  const branch = await insertNode(t, 'branch', '第一党支部', committee, unit);
  const group = await insertNode(t, 'party_group', '第一党小组', branch, unit);
  return { city: theCity, unit, departments: [d1, d2], committee, branch, group };
}

/** A valid 身份证号, different on every call. */
export function makeIdCard(birth = '1985-06-15', male = true): string {
  counter += 1;
  const seq = String(counter % 100).padStart(2, '0');
  const g = (crypto.randomInt(0, 5) * 2 + (male ? 1 : 0)) % 10;
  const region = String(110101 + crypto.randomInt(0, 800));
  const first17 = `${region}${birth.replaceAll('-', '')}${seq}${g}`;
  return first17 + computeIdCardCheckChar(first17);
}

export async function createPerson(
  t: TestApp,
  fixture: UnitFixture,
  options: { name?: string; department?: NodeRef; status?: PoliticalStatus; inBranch?: boolean } = {},
) {
  const status = options.status ?? 'party_member';
  const member = status === 'party_member' || status === 'probationary_member';
  const department = options.department ?? fixture.departments[0];
  const [row] = await t.ctx.db
    .insert(people)
    .values({
      name: options.name ?? unique('人员'),
      gender: 'male',
      idCardNo: makeIdCard(),
      birthDate: '1985-06-15',
      unitId: fixture.unit.id,
      departmentId: department.id,
      politicalStatus: status,
      joinedPartyOn: member ? '2010-07-01' : null,
      fullMemberOn: status === 'party_member' ? '2011-07-01' : null,
      branchId: member && options.inBranch !== false ? fixture.branch.id : null,
    })
    .returning();
  await t.ctx.db.insert(posts).values({ personId: row!.id, nodeId: department.id, role: 'department_member', isPrimary: true, startDate: '2020-01-01' });
  // As the people service does: a new person changes what the unit's compliance rests on.
  await complianceAfterFactsChange(t.ctx.db, { unitIds: [fixture.unit.id] });
  return row!;
}

export async function addPost(t: TestApp, personId: string, nodeId: string, role: string, startDate = '2024-01-01', endDate: string | null = null) {
  const [row] = await t.ctx.db.insert(posts).values({ personId, nodeId, role, startDate, endDate }).returning();
  const [holder] = await t.ctx.db.select({ unitId: people.unitId }).from(people).where(eq(people.id, personId));
  if (holder) await complianceAfterFactsChange(t.ctx.db, { unitIds: [holder.unitId] });
  return row!;
}

/**
 * An account with TEST_PASSWORD (no pending change), granted built-in roles over the given
 * nodes (`null` = system-wide), optionally linked to a person.
 */
export async function createUser(t: TestApp, grants: { role: string; scope: NodeRef | null }[], options: { personId?: string; username?: string } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const username = options.username ?? unique('user').toLowerCase();
  const [user] = await t.ctx.db
    .insert(users)
    .values({ username, passwordHash: await passwordHash, displayName: username, personId: options.personId ?? null, mustChangePassword: false })
    .returning();
  for (const g of grants) {
    const [role] = await t.ctx.db.select().from(roles).where(eq(roles.code, g.role));
    await t.ctx.db.insert(userGrants).values({ userId: user!.id, roleId: role!.id, scopeNodeId: g.scope?.id ?? null });
  }
  return { id: user!.id, username, password: TEST_PASSWORD };
}
