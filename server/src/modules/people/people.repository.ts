import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { orgNodes, people, posts } from '../../db/schema/index';
import type { Scope } from '../access/access.types';
import { inScope } from '../access/scope-sql';

export type PersonRow = typeof people.$inferSelect;

const dept = alias(orgNodes, 'dept');
const unit = alias(orgNodes, 'unit');
const branch = alias(orgNodes, 'branch');
const group = alias(orgNodes, 'party_group');

export const personColumns = {
  person: people,
  unitName: unit.name,
  unitSort: unit.sortOrder,
  departmentName: dept.name,
  departmentPath: dept.path,
  branchName: branch.name,
  branchPath: branch.path,
  partyGroupName: group.name,
};

export type PersonJoinedRow = {
  person: PersonRow;
  unitName: string | null;
  departmentName: string | null;
  departmentPath: string | null;
  branchName: string | null;
  branchPath: string | null;
  partyGroupName: string | null;
};

function joined(db: DbOrTx) {
  return db
    .select(personColumns)
    .from(people)
    .innerJoin(dept, eq(dept.id, people.departmentId))
    .innerJoin(unit, eq(unit.id, people.unitId))
    .leftJoin(branch, eq(branch.id, people.branchId))
    .leftJoin(group, eq(group.id, people.partyGroupId));
}

export interface PeopleFilter {
  q?: string | undefined;
  nodePath?: string | undefined;
  politicalStatus?: string | undefined;
  role?: string | undefined;
  status?: string | undefined;
  /**
   * Where `q` may match the 身份证号: the actor's people.write scope, the records they see the
   * number of in full. Searching masked numbers by prefix would reveal them digit by digit.
   * Omitted: everywhere.
   */
  idCardScope?: Scope | undefined;
  today: string;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A person is in a scope when their 科室 or their 党支部 lies in one of its subtrees. */
function peopleConditions(scope: Scope, filter: PeopleFilter): SQL | undefined {
  const conditions: SQL[] = [sql`(${inScope(scope, dept.path)} or ${inScope(scope, branch.path)})`];
  if (filter.q) {
    const like = `%${escapeLike(filter.q)}%`;
    let idCard = ilike(people.idCardNo, `${escapeLike(filter.q.toUpperCase())}%`);
    if (filter.idCardScope) idCard = sql`(${idCard} and (${inScope(filter.idCardScope, dept.path)} or ${inScope(filter.idCardScope, branch.path)}))`;
    conditions.push(or(ilike(people.name, like), ilike(people.phone, like), idCard)!);
  }
  if (filter.nodePath) {
    const prefix = `${escapeLike(filter.nodePath)}%`;
    conditions.push(sql`(${dept.path} like ${prefix} or ${branch.path} like ${prefix})`);
  }
  if (filter.politicalStatus) conditions.push(eq(people.politicalStatus, filter.politicalStatus));
  if (filter.status) conditions.push(eq(people.status, filter.status));
  if (filter.role) {
    conditions.push(sql`exists (select 1 from ${posts} where ${posts.personId} = ${people.id} and ${posts.role} = ${filter.role}
      and ${posts.startDate} <= ${filter.today} and (${posts.endDate} is null or ${posts.endDate} >= ${filter.today}))`);
  }
  return and(...conditions);
}

export async function findPeople(db: DbOrTx, scope: Scope, filter: PeopleFilter, page: number, pageSize: number) {
  const where = peopleConditions(scope, filter);
  const [rows, totals] = await Promise.all([
    joined(db)
      .where(where)
      .orderBy(asc(unit.sortOrder), asc(unit.name), asc(dept.sortOrder), asc(dept.name), asc(people.name), asc(people.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: count() })
      .from(people)
      .innerJoin(dept, eq(dept.id, people.departmentId))
      .leftJoin(branch, eq(branch.id, people.branchId))
      .where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

/** Streams every matching person in pages, for exports of any size. */
export async function* iteratePeople(db: DbOrTx, scope: Scope, filter: PeopleFilter, batch = 1000) {
  for (let page = 1; ; page++) {
    const rows = await joined(db)
      .where(peopleConditions(scope, filter))
      .orderBy(asc(unit.sortOrder), asc(unit.name), asc(dept.sortOrder), asc(dept.name), asc(people.name), asc(people.id))
      .limit(batch)
      .offset((page - 1) * batch);
    yield rows;
    if (rows.length < batch) return;
  }
}

export async function findPersonJoined(db: DbOrTx, id: string): Promise<PersonJoinedRow | null> {
  const rows = await joined(db).where(eq(people.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findPersonByIdCard(db: DbOrTx, idCardNo: string) {
  const rows = await db.select({ id: people.id }).from(people).where(eq(people.idCardNo, idCardNo)).limit(1);
  return rows[0] ?? null;
}

export async function findExistingIdCards(db: DbOrTx, idCardNos: string[]): Promise<Set<string>> {
  if (idCardNos.length === 0) return new Set();
  const rows = await db.select({ idCardNo: people.idCardNo }).from(people).where(sql`${people.idCardNo} = any(${sql.param(idCardNos)}::text[])`);
  return new Set(rows.map((r) => r.idCardNo));
}

export async function insertPeople(db: DbOrTx, rows: (typeof people.$inferInsert)[]): Promise<PersonRow[]> {
  if (rows.length === 0) return [];
  return db.insert(people).values(rows).returning();
}

export async function updatePersonRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof people.$inferInsert>, at: Date) {
  const rows = await db
    .update(people)
    .set({ ...fields, updatedAt: at, version: sql`${people.version} + 1` })
    .where(and(eq(people.id, id), eq(people.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function deletePersonRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(people).where(eq(people.id, id));
}
