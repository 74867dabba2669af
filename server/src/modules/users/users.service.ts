import { type CreateGrantRequest, type CreateUserRequest, type Permission, type UpdateUserRequest, type User, type UserListQuery, checkPassword } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, forbidden, invalidField, notFound, versionConflict } from '../../errors';
import { requireGlobalPermission, requirePermission, requirePermissionAt } from '../access/access.rules';
import { loadEffectiveGrants } from '../access/access.service';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { deleteSessionsOfUser, updatePasswordHash } from '../auth/auth.repository';
import { generateOneTimePassword, hashPassword } from '../auth/password-hash';
import { findNodeById } from '../org/org.repository';
import { loadPersonFor, personPaths } from '../people/people.service';
import {
  type UserJoinedRow,
  deleteGrantRow,
  findGrant,
  findGlobalAdminGrantCount,
  findGrantsOfUsers,
  findRoleById,
  findUserClash,
  findUserJoined,
  findUsers,
  insertGrant,
  insertUser,
  unlockUserRow,
  updateUserRow,
} from './users.repository';
import { presentUser } from './users.presenter';

/** The paths that put an account in scope: its person's; none for accounts without a person. */
function userPaths(row: UserJoinedRow): string[] {
  return personPaths(row);
}

/** 404 if missing; 403 unless the actor holds the permission over the account's person (or globally). */
async function loadUserFor(db: DbOrTx, actor: Actor, permission: 'users.read' | 'users.write', id: string): Promise<UserJoinedRow> {
  const row = await findUserJoined(db, id);
  if (!row) throw notFound('账号');
  const paths = userPaths(row);
  if (paths.length === 0) requireGlobalPermission(actor, permission);
  else requirePermissionAt(actor, permission, paths);
  return row;
}

/**
 * Managing an account (resetting its password, deactivating or unlocking it) puts its power in
 * the manager's hands: whoever resets a password can sign in with it. So the manager must hold
 * every permission the account has, over every subtree where it has it, granted or from a post.
 */
async function requireCanManage(ctx: AppContext, db: DbOrTx, actor: Actor, userId: string, personId: string | null): Promise<void> {
  const grants = await loadEffectiveGrants(db, userId, personId, ctx.now());
  for (const g of grants) {
    try {
      requireCanHandOut(actor, [...g.permissions], g.scopePath);
    } catch (error) {
      if (error instanceof AppError && error.code === 'FORBIDDEN') throw forbidden('该账号的权限超出您的管理范围');
      throw error;
    }
  }
}

async function presentOne(ctx: AppContext, id: string): Promise<User> {
  const row = (await findUserJoined(ctx.db, id))!;
  return presentUser(row, await findGrantsOfUsers(ctx.db, [id]), ctx.now());
}

export async function listUsers(ctx: AppContext, actor: Actor, query: UserListQuery) {
  const scope = requirePermission(actor, 'users.read');
  const { rows, total } = await findUsers(ctx.db, scope, query.q, query.page, query.pageSize);
  const grants = await findGrantsOfUsers(ctx.db, rows.map((r) => r.user.id));
  return { items: rows.map((r) => presentUser(r, grants, ctx.now())), total, page: query.page, pageSize: query.pageSize };
}

export async function getUser(ctx: AppContext, actor: Actor, id: string): Promise<User> {
  await loadUserFor(ctx.db, actor, 'users.read', id);
  return presentOne(ctx, id);
}

export async function createUser(ctx: AppContext, actor: Actor, input: CreateUserRequest): Promise<{ user: User; oneTimePassword: string | null }> {
  const username = input.username.toLowerCase();
  let oneTimePassword: string | null = null;
  let password = input.password;
  if (password) {
    const problems = checkPassword(password, username, ctx.config.passwordPolicy);
    if (problems.length > 0) throw invalidField('password', problems.join('；'));
  } else {
    oneTimePassword = generateOneTimePassword();
    password = oneTimePassword;
  }
  const passwordHash = await hashPassword(password);
  const id = await ctx.db.transaction(async (tx) => {
    let displayName = input.displayName;
    let scopePath: string | null = null;
    if (input.personId) {
      const person = await loadPersonFor(tx, actor, 'users.write', input.personId).catch((error: unknown) => {
        // A body naming a record that does not exist is a bad request about that field, not a missing resource.
        if (error instanceof AppError && error.code === 'NOT_FOUND') throw invalidField('personId', '人员不存在');
        throw error;
      });
      displayName = displayName ?? person.person.name;
      scopePath = person.departmentPath;
    } else {
      requireGlobalPermission(actor, 'users.write');
    }
    // Checked here so the answer names the field; the unique indexes still guard against races.
    const clash = await findUserClash(tx, username, input.personId ?? null);
    if (clash.username) throw new AppError('CONFLICT', '用户名已存在', [{ field: 'username', message: '用户名已存在' }]);
    if (clash.person) throw new AppError('CONFLICT', '该人员已有账号', [{ field: 'personId', message: '该人员已有账号' }]);
    const user = await insertUser(tx, { username, passwordHash, displayName: displayName ?? username, personId: input.personId ?? null, mustChangePassword: true });
    // The one-time password goes to the creator: the posts of the person must not reach further than they do.
    await requireCanManage(ctx, tx, actor, user.id, user.personId);
    await auditAction(tx, actor, { action: 'user.create', objectType: 'user', objectId: user.id, objectLabel: username, scopePath, result: 'success' });
    return user.id;
  });
  return { user: await presentOne(ctx, id), oneTimePassword };
}

export async function updateUser(ctx: AppContext, actor: Actor, id: string, input: UpdateUserRequest): Promise<User> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadUserFor(tx, actor, 'users.write', id);
    if (input.isActive === false && id === actor.userId) throw invalidField('isActive', '不能停用自己的账号');
    await requireCanManage(ctx, tx, actor, id, row.user.personId);
    const updated = await updateUserRow(
      tx,
      id,
      input.version,
      { ...(input.displayName === undefined ? {} : { displayName: input.displayName }), ...(input.isActive === undefined ? {} : { isActive: input.isActive }) },
      ctx.now(),
    );
    if (!updated) throw versionConflict();
    if (input.isActive === false) await deleteSessionsOfUser(tx, id);
    await auditAction(tx, actor, { action: 'user.update', objectType: 'user', objectId: id, objectLabel: row.user.username, scopePath: row.departmentPath, result: 'success', details: { isActive: input.isActive, displayName: input.displayName } });
  });
  return presentOne(ctx, id);
}

/**
 * Someone holding a stolen session must not reset the owner's password without knowing it, nor
 * clear the lockout that wrong current-password guesses put on the account.
 */
function refuseOnSelf(actor: Actor, id: string, message: string): void {
  if (actor.userId === id) throw new AppError('FORBIDDEN', message);
}

/** Issues a one-time password; the account must change it at next login and its sessions end. */
export async function resetUserPassword(ctx: AppContext, actor: Actor, id: string): Promise<string> {
  refuseOnSelf(actor, id, '不能重置自己的密码，请使用“修改密码”');
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await ctx.db.transaction(async (tx) => {
    const row = await loadUserFor(tx, actor, 'users.write', id);
    await requireCanManage(ctx, tx, actor, id, row.user.personId);
    await updatePasswordHash(tx, id, passwordHash, true, ctx.now());
    await deleteSessionsOfUser(tx, id);
    await auditAction(tx, actor, { action: 'auth.password_reset', objectType: 'user', objectId: id, objectLabel: row.user.username, scopePath: row.departmentPath, result: 'success' });
  });
  return oneTimePassword;
}

export async function unlockUser(ctx: AppContext, actor: Actor, id: string): Promise<User> {
  refuseOnSelf(actor, id, '不能解锁自己的账号');
  await ctx.db.transaction(async (tx) => {
    const row = await loadUserFor(tx, actor, 'users.write', id);
    await requireCanManage(ctx, tx, actor, id, row.user.personId);
    await unlockUserRow(tx, id);
    await auditAction(tx, actor, { action: 'user.unlock', objectType: 'user', objectId: id, objectLabel: row.user.username, scopePath: row.departmentPath, result: 'success' });
  });
  return presentOne(ctx, id);
}

/**
 * Grants a role over a subtree. Nobody hands out more than they hold: the granter must have
 * every permission of the role over that subtree (or system-wide for a system-wide grant).
 */
export async function grantRole(ctx: AppContext, actor: Actor, userId: string, input: CreateGrantRequest): Promise<User> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadUserFor(tx, actor, 'users.write', userId);
    const role = await findRoleById(tx, input.roleId);
    if (!role) throw invalidField('roleId', '角色不存在');
    const scopeNode = input.scopeNodeId ? await findNodeById(tx, input.scopeNodeId) : null;
    if (input.scopeNodeId && !scopeNode) throw invalidField('scopeNodeId', '组织不存在');
    requireCanHandOut(actor, role.permissions as Permission[], scopeNode?.path ?? null);
    const grant = await insertGrant(tx, { userId, roleId: role.id, scopeNodeId: scopeNode?.id ?? null });
    if (!grant) throw new AppError('CONFLICT', '该账号已有此授权');
    await auditAction(tx, actor, {
      action: 'grant.create',
      objectType: 'user',
      objectId: userId,
      objectLabel: row.user.username,
      scopePath: scopeNode?.path ?? null,
      result: 'success',
      details: { role: role.code, scopeNodeId: scopeNode?.id ?? null, scopeNodeName: scopeNode?.name ?? null },
    });
  });
  return presentOne(ctx, userId);
}

function requireCanHandOut(actor: Actor, permissions: Permission[], scopePath: string | null): void {
  for (const p of permissions) {
    if (scopePath === null) requireGlobalPermission(actor, p);
    else requirePermissionAt(actor, p, scopePath);
  }
  if (scopePath === null) requireGlobalPermission(actor, 'users.write');
  else requirePermissionAt(actor, 'users.write', scopePath);
}

export async function revokeGrant(ctx: AppContext, actor: Actor, userId: string, grantId: string): Promise<User> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadUserFor(tx, actor, 'users.write', userId);
    const grant = await findGrant(tx, userId, grantId);
    if (!grant) throw notFound('授权');
    requireCanHandOut(actor, grant.rolePermissions as Permission[], grant.scopePath);
    const lastAdmin = grant.roleCode === 'system_admin' && grant.grant.scopeNodeId === null && row.user.isActive && (await findGlobalAdminGrantCount(tx)) <= 1;
    if (lastAdmin) throw new AppError('CONFLICT', '这是最后一个全局系统管理员授权，撤销后将无人能管理系统');
    await deleteGrantRow(tx, grantId);
    await auditAction(tx, actor, {
      action: 'grant.delete',
      objectType: 'user',
      objectId: userId,
      objectLabel: row.user.username,
      scopePath: grant.scopePath,
      result: 'success',
      details: { role: grant.roleName, scopeNodeId: grant.grant.scopeNodeId },
    });
  });
  return presentOne(ctx, userId);
}
