import { and, asc, count, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { orgNodes, people, roles, userGrants, users } from '../../db/schema/index';
import type { Scope } from '../access/access.types';
import { inScope } from '../access/scope-sql';

export type UserRow = typeof users.$inferSelect;
export type RoleRow = typeof roles.$inferSelect;

const dept = alias(orgNodes, 'dept');
const branch = alias(orgNodes, 'branch');
const unit = alias(orgNodes, 'unit');
const scopeNode = alias(orgNodes, 'scope_node');

export interface UserJoinedRow {
  user: UserRow;
  personName: string | null;
  unitName: string | null;
  departmentPath: string | null;
  branchPath: string | null;
}

function joined(db: DbOrTx) {
  return db
    .select({ user: users, personName: people.name, unitName: unit.name, departmentPath: dept.path, branchPath: branch.path })
    .from(users)
    .leftJoin(people, eq(people.id, users.personId))
    .leftJoin(dept, eq(dept.id, people.departmentId))
    .leftJoin(branch, eq(branch.id, people.branchId))
    .leftJoin(unit, eq(unit.id, people.unitId));
}

/** Accounts are in scope through their person; accounts without a person only system-wide. */
function userConditions(scope: Scope, q: string | undefined): SQL | undefined {
  const conditions: SQL[] = [scope.all ? sql`true` : sql`(${inScope(scope, dept.path)} or ${inScope(scope, branch.path)})`];
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.username, like), ilike(users.displayName, like), ilike(people.name, like))!);
  }
  return and(...conditions);
}

export async function findUsers(db: DbOrTx, scope: Scope, q: string | undefined, page: number, pageSize: number) {
  const where = userConditions(scope, q);
  const [rows, totals] = await Promise.all([
    joined(db).where(where).orderBy(asc(users.username)).limit(pageSize).offset((page - 1) * pageSize),
    db
      .select({ total: count() })
      .from(users)
      .leftJoin(people, eq(people.id, users.personId))
      .leftJoin(dept, eq(dept.id, people.departmentId))
      .leftJoin(branch, eq(branch.id, people.branchId))
      .where(where),
  ]);
  return { rows, total: totals[0]?.total ?? 0 };
}

export async function findUserJoined(db: DbOrTx, id: string): Promise<UserJoinedRow | null> {
  const rows = await joined(db).where(eq(users.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Whether an account already has this (lower-cased) username or is linked to this person. */
export async function findUserClash(db: DbOrTx, username: string, personId: string | null): Promise<{ username: boolean; person: boolean }> {
  const byName = await db.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1);
  const byPerson = personId ? await db.select({ id: users.id }).from(users).where(eq(users.personId, personId)).limit(1) : [];
  return { username: byName.length > 0, person: byPerson.length > 0 };
}

export async function findGrantsOfUsers(db: DbOrTx, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ grant: userGrants, roleCode: roles.code, roleName: roles.name, rolePermissions: roles.permissions, scopeNodeName: scopeNode.name, scopePath: scopeNode.path })
    .from(userGrants)
    .innerJoin(roles, eq(roles.id, userGrants.roleId))
    .leftJoin(scopeNode, eq(scopeNode.id, userGrants.scopeNodeId))
    .where(inArray(userGrants.userId, userIds))
    .orderBy(asc(userGrants.createdAt));
}

export async function insertUser(db: DbOrTx, row: typeof users.$inferInsert): Promise<UserRow> {
  const rows = await db.insert(users).values(row).returning();
  return rows[0]!;
}

export async function updateUserRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof users.$inferInsert>, at: Date) {
  const rows = await db
    .update(users)
    .set({ ...fields, updatedAt: at, version: sql`${users.version} + 1` })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function unlockUserRow(db: DbOrTx, id: string): Promise<void> {
  await db.update(users).set({ lockedUntil: null, failedAttempts: 0 }).where(eq(users.id, id));
}

export async function findRoles(db: DbOrTx): Promise<RoleRow[]> {
  return db.select().from(roles).orderBy(asc(roles.builtin), asc(roles.code));
}

export async function findRoleById(db: DbOrTx, id: string): Promise<RoleRow | null> {
  const rows = await db.select().from(roles).where(eq(roles.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findRoleByCode(db: DbOrTx, code: string): Promise<RoleRow | null> {
  const rows = await db.select().from(roles).where(eq(roles.code, code)).limit(1);
  return rows[0] ?? null;
}

export async function upsertBuiltinRole(db: DbOrTx, role: { code: string; name: string; description: string; permissions: string[] }): Promise<void> {
  await db
    .insert(roles)
    .values({ ...role, builtin: true })
    .onConflictDoUpdate({ target: roles.code, set: { name: role.name, description: role.description, permissions: role.permissions, builtin: true } });
}

export async function insertRole(db: DbOrTx, row: typeof roles.$inferInsert): Promise<RoleRow> {
  const rows = await db.insert(roles).values(row).returning();
  return rows[0]!;
}

export async function updateRoleRow(db: DbOrTx, id: string, version: number, fields: Partial<typeof roles.$inferInsert>, at: Date) {
  const rows = await db
    .update(roles)
    .set({ ...fields, updatedAt: at, version: sql`${roles.version} + 1` })
    .where(and(eq(roles.id, id), eq(roles.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function countGrantsOfRole(db: DbOrTx, roleId: string): Promise<number> {
  const rows = await db.select({ n: count() }).from(userGrants).where(eq(userGrants.roleId, roleId));
  return rows[0]?.n ?? 0;
}

export async function deleteRoleRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(roles).where(eq(roles.id, id));
}

export async function insertGrant(db: DbOrTx, row: typeof userGrants.$inferInsert) {
  const rows = await db.insert(userGrants).values(row).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export async function findGrant(db: DbOrTx, userId: string, grantId: string) {
  const rows = await db
    .select({ grant: userGrants, roleCode: roles.code, roleName: roles.name, rolePermissions: roles.permissions, scopePath: scopeNode.path })
    .from(userGrants)
    .innerJoin(roles, eq(roles.id, userGrants.roleId))
    .leftJoin(scopeNode, eq(scopeNode.id, userGrants.scopeNodeId))
    .where(and(eq(userGrants.id, grantId), eq(userGrants.userId, userId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function deleteGrantRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(userGrants).where(eq(userGrants.id, id));
}

export async function findGlobalAdminGrantCount(db: DbOrTx): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(userGrants)
    .innerJoin(roles, eq(roles.id, userGrants.roleId))
    .innerJoin(users, eq(users.id, userGrants.userId))
    .where(and(eq(roles.code, 'system_admin'), isNull(userGrants.scopeNodeId), eq(users.isActive, true)));
  return rows[0]?.n ?? 0;
}
