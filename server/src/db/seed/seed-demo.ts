import crypto from 'node:crypto';
import { type PoliticalStatus, type PostRole, shanghaiDate } from '@mofan/shared';
import type { Db, DbOrTx } from '../client';
import { activityParticipants, activityRecords, orgNodes, people, postSupervisedDepartments, posts, userGrants, users } from '../schema/index';
import { buildDemoLedger } from './demo-ledger';
import { hashPassword } from '../../modules/auth/password-hash';
import { markDemoInstance } from '../../modules/system/system.service';
import { findRoleByCode } from '../../modules/users/users.repository';
import { DEMO_ACCOUNTS, DEMO_CITY, DEMO_DISTRICT, DEMO_PASSWORD, DEMO_UNITS, ETHNICITIES, JOB_TITLES } from './demo-city';
import { demoIdCard, demoName } from './demo-names';
import { createRandom } from './random';
import { isDatabaseEmpty } from './database-state';

type NodeRow = typeof orgNodes.$inferInsert & { id: string; path: string };
type PersonRow = typeof people.$inferInsert & { id: string; name: string; politicalStatus: PoliticalStatus };
type PostRow = typeof posts.$inferInsert;

const CN_NUMBERS = ['一', '二', '三', '四', '五', '六'];
const LEADER_TITLES: Record<string, string> = { 市委办公室: '主任', 市政府办公室: '秘书长', 市纪委监委机关: '书记', 市委组织部: '部长', 市委宣传部: '部长' };

/** Builds the rows of the demo city in memory, then writes them in one transaction. */
class DemoCityBuilder {
  readonly nodes: NodeRow[] = [];
  readonly people: PersonRow[] = [];
  readonly posts: PostRow[] = [];
  readonly supervised: { postId: string; departmentId: string }[] = [];
  readonly accounts = new Map<string, string>();
  private readonly rng = createRandom(20260521);
  private serial = 0;

  node(kind: string, name: string, parent: NodeRow | null, unit: NodeRow | null, sortOrder: number): NodeRow {
    const id = crypto.randomUUID();
    const tree = ['party_committee', 'general_branch', 'branch', 'party_group'].includes(kind) ? 'party' : 'admin';
    const base = parent ?? (tree === 'party' ? unit : null);
    const row: NodeRow = {
      id,
      tree,
      kind,
      name,
      parentId: parent?.id ?? null,
      unitId: kind === 'unit' ? id : (unit?.id ?? null),
      path: `${base?.path ?? '/'}${id}/`,
      sortOrder,
    };
    this.nodes.push(row);
    return row;
  }

  person(unit: NodeRow, department: NodeRow, branchOf: (member: boolean) => { branch: NodeRow; group: NodeRow } | null, forceMember = false, senior = false): PersonRow {
    const r = this.rng;
    const gender = r.chance(0.56) ? 'male' : 'female';
    const year = senior ? r.int(1966, 1978) : r.int(1966, 2001);
    const birth = `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    const hired = `${Math.min(year + r.int(22, 26), 2025)}-${String(r.int(7, 9)).padStart(2, '0')}-01`;
    const roll = r.next();
    const status: PoliticalStatus = forceMember || roll < 0.68 ? 'party_member' : roll < 0.72 ? 'probationary_member' : year > 1992 && roll < 0.8 ? 'league_member' : roll < 0.84 ? 'democratic_party' : 'masses';
    const member = status === 'party_member' || status === 'probationary_member';
    const joinYear = status === 'probationary_member' ? 2026 : Math.min(year + r.int(20, 30), 2024);
    const joined = member ? `${joinYear}-${status === 'probationary_member' ? '03' : '07'}-01` : null;
    const placement = branchOf(member);
    const row: PersonRow = {
      id: crypto.randomUUID(),
      name: demoName(r, gender),
      gender,
      idCardNo: demoIdCard(r, birth, gender, this.serial++),
      birthDate: birth,
      ethnicity: r.pick(ETHNICITIES),
      phone: `1${r.pick(['3', '5', '8', '9'])}${String(r.int(0, 999999999)).padStart(9, '0')}`,
      jobTitle: r.pick(JOB_TITLES),
      hiredOn: hired,
      unitId: unit.id,
      departmentId: department.id,
      politicalStatus: status,
      joinedPartyOn: joined,
      fullMemberOn: status === 'party_member' ? `${joinYear + 1}-07-01` : null,
      branchId: placement?.branch.id ?? null,
      partyGroupId: placement?.group.id ?? null,
    };
    this.people.push(row);
    this.posts.push({ personId: row.id, nodeId: department.id, role: 'department_member', isPrimary: true, startDate: hired });
    return row;
  }

  post(person: PersonRow, node: NodeRow, role: PostRole, startDate: string, endDate: string | null = null): string {
    const id = crypto.randomUUID();
    this.posts.push({ id, personId: person.id, nodeId: node.id, role, startDate, endDate, isPrimary: false });
    return id;
  }

  build(): void {
    const r = this.rng;
    const city = this.node('city', DEMO_CITY, null, null, 0);
    const district = this.node('district', DEMO_DISTRICT, city, null, 100);
    DEMO_UNITS.forEach((u, unitIndex) => {
      const unit = this.node('unit', u.name, u.district ? district : city, null, unitIndex + 1);
      const departments = u.departments.map((d, i) => this.node('department', d, unit, unit, i + 1));
      const committee = this.node('party_committee', `${u.name}机关党委`, null, unit, 0);
      const branches = Array.from({ length: u.branches }, (_, i) => {
        const branch = this.node('branch', `${u.name}机关第${CN_NUMBERS[i]}党支部`, committee, unit, i + 1);
        const groups = [1, 2].map((g) => this.node('party_group', `第${CN_NUMBERS[g - 1]}党小组`, branch, unit, g));
        return { branch, groups };
      });
      const branchOfDepartment = (i: number) => branches[i % branches.length]!;
      const staff: PersonRow[][] = departments.map((department, i) =>
        Array.from({ length: r.int(6, 9) }, (_, k) =>
          this.person(unit, department, (member) => (member ? { branch: branchOfDepartment(i).branch, group: r.pick(branchOfDepartment(i).groups) } : null), k === 0),
        ),
      );
      // 一把手 and three 班子成员 sit in the 办公室 (the first 科室), each 分管 two 科室.
      const office = staff[0]!;
      const head = this.person(unit, departments[0]!, () => ({ branch: branchOfDepartment(0).branch, group: branchOfDepartment(0).groups[0]! }), true, true);
      head.jobTitle = LEADER_TITLES[u.name] ?? (u.name.endsWith('委员会') ? '主任' : '局长');
      this.post(head, unit, 'top_leader', '2023-02-01');
      const deputies = [0, 1, 2].map(() => {
        const d = this.person(unit, departments[0]!, () => ({ branch: branchOfDepartment(0).branch, group: branchOfDepartment(0).groups[1]! }), true, true);
        d.jobTitle = head.jobTitle === '局长' ? '副局长' : `副${head.jobTitle}`;
        return d;
      });
      deputies.forEach((d, k) => {
        const postId = this.post(d, unit, 'leadership_member', '2022-06-01');
        const supervised = u.name === '市财政局' && k === 0 ? [departments[3]!, departments[4]!] : [departments[(3 + 2 * k) % departments.length]!, departments[(4 + 2 * k) % departments.length]!];
        for (const dep of new Set(supervised)) this.supervised.push({ postId, departmentId: dep.id });
      });
      staff.forEach((members, i) => {
        const chief = members[0]!;
        chief.jobTitle = u.district ? '股长' : '科长';
        this.post(chief, departments[i]!, 'department_head', '2021-09-01');
      });
      // Each branch: a secretary since the 2024 换届, the one before, two 委员 and a 纪检委员.
      branches.forEach(({ branch }, b) => {
        const members = staff.filter((_, i) => i % branches.length === b).flat().filter((p) => p.branchId === branch.id);
        const [secretary, previous, c1, c2, discipline] = members;
        if (previous) this.post(previous, branch, 'branch_secretary', '2021-05-01', '2024-04-30');
        if (secretary) this.post(secretary, branch, 'branch_secretary', '2024-05-01');
        if (c1) this.post(c1, branch, 'branch_committee_member', '2024-05-01');
        if (c2) this.post(c2, branch, 'branch_committee_member', '2024-05-01');
        if (discipline) this.post(discipline, branch, 'discipline_member', '2024-05-01');
      });
      if (u.name === '市财政局') {
        const budget = staff[3]!;
        this.accounts.set('yibashou', head.id);
        this.accounts.set('banzi', deputies[0]!.id);
        this.accounts.set('kezhang', budget[0]!.id);
        const firstBranch = branches[0]!.branch;
        const secretaryPost = this.posts.find((p) => p.nodeId === firstBranch.id && p.role === 'branch_secretary' && !p.endDate);
        if (secretaryPost) this.accounts.set('shuji', secretaryPost.personId);
        const plainMember = budget.find((p, k) => k > 0 && p.politicalStatus === 'party_member' && !this.posts.some((x) => x.personId === p.id && !x.isPrimary));
        if (plainMember) this.accounts.set('dangyuan', plainMember.id);
        const nonMember = office.find((p) => p.branchId === null) ?? staff.flat().find((p) => p.branchId === null);
        if (nonMember) this.accounts.set('zhigong', nonMember.id);
        this.accounts.set('unit', unit.id);
      }
      if (unitIndex === 0) this.accounts.set('city', city.id);
    });
  }
}

async function insertInChunks<T extends object>(db: DbOrTx, table: Parameters<DbOrTx['insert']>[0], rows: T[], size = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await db.insert(table).values(rows.slice(i, i + size) as never);
}

export interface DemoSeedResult {
  seeded: boolean;
  people: number;
  units: number;
}

/**
 * Seeds 示范市 (about 20 units, their 科室 and party organisations, ~1,000 people with posts) and
 * one demo account per role, all with DEMO_PASSWORD. Touches nothing unless the database is empty.
 */
export async function seedDemo(db: Db): Promise<DemoSeedResult> {
  const builder = new DemoCityBuilder();
  builder.build();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    if (!(await isDatabaseEmpty(tx, { lock: true }))) return { seeded: false, people: 0, units: 0 };
    await insertInChunks(tx, orgNodes, builder.nodes);
    await insertInChunks(tx, people, builder.people);
    await insertInChunks(tx, posts, builder.posts);
    await insertInChunks(tx, postSupervisedDepartments, builder.supervised);
    const ledger = buildDemoLedger(builder.nodes, builder.people, builder.posts, shanghaiDate(new Date()));
    await insertInChunks(tx, activityRecords, ledger.records);
    await insertInChunks(tx, activityParticipants, ledger.participants, 2000);
    const grant = async (userId: string, roleCode: string, scopeNodeId: string | null) => {
      const role = await findRoleByCode(tx, roleCode);
      if (role) await tx.insert(userGrants).values({ userId, roleId: role.id, scopeNodeId });
    };
    for (const account of DEMO_ACCOUNTS) {
      const personId = builder.accounts.get(account.username) ?? null;
      const person = personId ? builder.people.find((p) => p.id === personId) : undefined;
      const [user] = await tx
        .insert(users)
        .values({ username: account.username, passwordHash, displayName: person?.name ?? account.label.replace(/（.*$/, ''), personId, mustChangePassword: false })
        .returning({ id: users.id });
      if (account.username === 'admin') await grant(user!.id, 'system_admin', null);
      if (account.username === 'gongwei') await grant(user!.id, 'committee_admin', builder.accounts.get('city') ?? null);
      if (account.username === 'danwei') await grant(user!.id, 'unit_admin', builder.accounts.get('unit') ?? null);
      if (account.username === 'shenji') await grant(user!.id, 'auditor', null);
    }
    await markDemoInstance(tx);
    return { seeded: true, people: builder.people.length, units: DEMO_UNITS.length };
  });
}
