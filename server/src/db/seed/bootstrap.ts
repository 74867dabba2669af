import { checkPassword, usernameSchema } from '@mofan/shared';
import type { Db } from '../client';
import { userGrants, users } from '../schema/index';
import { BUILTIN_ROLES } from '../../modules/access/access.rules';
import { generateOneTimePassword, hashPassword } from '../../modules/auth/password-hash';
import { findRoleByCode, upsertBuiltinRole } from '../../modules/users/users.repository';
import { deleteSessionsOfUser, findUserByUsername, updatePasswordHash } from '../../modules/auth/auth.repository';
import { insertAuditEntry } from '../../modules/audit/audit.repository';
import { isDatabaseEmpty } from './database-state';

/** Built-in roles are code: their permission lists are re-applied at every start. */
export async function ensureBuiltinRoles(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    for (const role of BUILTIN_ROLES) await upsertBuiltinRole(tx, role);
  });
}

async function insertAdmin(db: Db, username: string, password: string, mustChangePassword: boolean): Promise<string> {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [user] = await tx.insert(users).values({ username, passwordHash, displayName: '系统管理员', mustChangePassword }).returning({ id: users.id });
    const role = await findRoleByCode(tx, 'system_admin');
    await tx.insert(userGrants).values({ userId: user!.id, roleId: role!.id, scopeNodeId: null });
    await insertAuditEntry(tx, { userId: null, username: 'system', ip: null, action: 'user.create', objectType: 'user', objectId: user!.id, objectLabel: username, result: 'success', details: { via: 'bootstrap' } });
    return user!.id;
  });
}

/**
 * No default password: on a database without any account, creates `admin` with a random
 * one-time password, returned once for the start-up banner and changed at first login.
 */
export async function createFirstAdminIfNone(db: Db): Promise<{ username: string; password: string } | null> {
  const password = generateOneTimePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    if (!(await isDatabaseEmpty(tx, { lock: true }))) {
      const anyUser = await tx.select({ id: users.id }).from(users).limit(1);
      if (anyUser.length > 0) return null;
    }
    const [user] = await tx
      .insert(users)
      .values({ username: 'admin', passwordHash, displayName: '系统管理员', mustChangePassword: true })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) return null;
    const role = await findRoleByCode(tx, 'system_admin');
    await tx.insert(userGrants).values({ userId: user.id, roleId: role!.id, scopeNodeId: null });
    await insertAuditEntry(tx, { userId: null, username: 'system', ip: null, action: 'user.create', objectType: 'user', objectId: user.id, objectLabel: 'admin', result: 'success', details: { via: 'first-start' } });
    return { username: 'admin', password };
  });
}

/** `mofan create-admin`: a system administrator with the password given on the command line. */
export async function createAdmin(db: Db, username: string, password: string, policy: { minLength: number; minClasses: number }): Promise<void> {
  const name = username.trim().toLowerCase();
  const parsed = usernameSchema.safeParse(name);
  if (!parsed.success) throw new Error(`用户名不符合要求：${parsed.error.issues.map((i) => i.message).join('；')}`);
  const problems = checkPassword(password, name, policy);
  if (problems.length > 0) throw new Error(`密码不符合口令策略：${problems.join('；')}`);
  if (await findUserByUsername(db, name)) throw new Error(`用户名 ${name} 已存在`);
  await insertAdmin(db, name, password, false);
}

/**
 * `mofan reset-password`: sets the given password, or a one-time one that must be changed; like
 * a reset in the web app it clears a lockout and ends the account's sessions.
 */
export async function resetPasswordFromCli(
  db: Db,
  username: string,
  password: string | undefined,
  policy: { minLength: number; minClasses: number },
): Promise<string | null> {
  const user = await findUserByUsername(db, username.trim().toLowerCase());
  if (!user) throw new Error(`用户 ${username} 不存在`);
  const oneTime = password ? null : generateOneTimePassword();
  const chosen = password ?? oneTime!;
  if (password) {
    const problems = checkPassword(password, user.username, policy);
    if (problems.length > 0) throw new Error(`密码不符合口令策略：${problems.join('；')}`);
  }
  const passwordHash = await hashPassword(chosen);
  await db.transaction(async (tx) => {
    await updatePasswordHash(tx, user.id, passwordHash, oneTime !== null, new Date());
    await deleteSessionsOfUser(tx, user.id);
    await insertAuditEntry(tx, { userId: null, username: 'cli', ip: null, action: 'auth.password_reset', objectType: 'user', objectId: user.id, objectLabel: user.username, result: 'success', details: { via: 'cli' } });
  });
  return oneTime;
}
