import { type MeResponse, checkPassword } from '@mofan/shared';
import type { AppContext } from '../../context';
import { AppError, invalidField } from '../../errors';
import type { Actor } from '../access/access.types';
import { auditAction, insertAuditEntry } from '../audit/audit.service';
import { isDemoInstance } from '../system/system.service';
import {
  deleteSession,
  deleteSessionsOfUser,
  findUserById,
  findUserByUsername,
  incrementFailedAttempts,
  insertSession,
  lockUser,
  recordSuccessfulLogin,
  reserveLoginAttempt,
  updatePasswordHash,
} from './auth.repository';
import { DUMMY_HASH_PROMISE, hashPassword, randomToken, sessionIdOf, verifyPassword } from './password-hash';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

function formatShanghaiTime(instant: Date): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false }).format(instant);
}

function lockedError(until: Date): AppError {
  return new AppError('ACCOUNT_LOCKED', `账号因多次密码错误已锁定，请于 ${formatShanghaiTime(until)} 后再试`, { lockedUntil: until.toISOString() });
}

/** Locks the account when this many failures reach the threshold. */
async function lockAtThreshold(ctx: AppContext, failures: number, userId: string, username: string, ip: string | null): Promise<void> {
  if (failures < ctx.config.lockoutThreshold) return;
  const until = new Date(ctx.now().getTime() + ctx.config.lockoutMs);
  await lockUser(ctx.db, userId, until);
  await insertAuditEntry(ctx.db, { userId, username, ip, action: 'auth.lockout', result: 'success', details: { until: until.toISOString(), failures } });
}

/**
 * Checks the password and opens a session. Wrong passwords count towards the lockout; while
 * locked, even the right password gets 423. The answer never tells whether the username exists.
 */
export async function login(ctx: AppContext, username: string, password: string, client: ClientInfo): Promise<{ token: string; userId: string }> {
  const now = ctx.now();
  const name = username.trim().toLowerCase();
  const user = await findUserByUsername(ctx.db, name);
  const fail = async (reason: string) => {
    await insertAuditEntry(ctx.db, { userId: user?.id ?? null, username: name, ip: client.ip, action: 'auth.login', result: 'failure', details: { reason } });
  };
  if (!user || !user.isActive) {
    await verifyPassword(await DUMMY_HASH_PROMISE, password);
    await fail(user ? 'inactive' : 'unknown_user');
    throw new AppError('UNAUTHENTICATED', '用户名或密码错误');
  }
  const refuseLocked = async (): Promise<never> => {
    await fail('locked');
    const lockedUntil = (await findUserById(ctx.db, user.id))?.lockedUntil;
    throw lockedError(lockedUntil && lockedUntil > now ? lockedUntil : new Date(now.getTime() + ctx.config.lockoutMs));
  };
  const attempt = await reserveLoginAttempt(ctx.db, user.id, now);
  // Beyond the threshold, parallel guesses are refused before their password is even checked.
  if (attempt === null || attempt > ctx.config.lockoutThreshold) return refuseLocked();
  if (!(await verifyPassword(user.passwordHash, password))) {
    await fail('wrong_password');
    await lockAtThreshold(ctx, attempt, user.id, name, client.ip);
    throw new AppError('UNAUTHENTICATED', '用户名或密码错误');
  }
  const token = randomToken();
  const opened = await ctx.db.transaction(async (tx) => {
    if (!(await recordSuccessfulLogin(tx, user.id, now))) return false;
    await insertSession(tx, {
      id: sessionIdOf(token),
      userId: user.id,
      csrfToken: randomToken(),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ctx.config.sessionAbsoluteMs),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    await insertAuditEntry(tx, { userId: user.id, username: name, ip: client.ip, action: 'auth.login', result: 'success' });
    return true;
  });
  if (!opened) return refuseLocked();
  return { token, userId: user.id };
}

export async function logout(ctx: AppContext, actor: Actor, sessionId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await deleteSession(tx, sessionId);
    await auditAction(tx, actor, { action: 'auth.logout', result: 'success' });
  });
}

export async function changeOwnPassword(ctx: AppContext, actor: Actor, sessionId: string, currentPassword: string, newPassword: string): Promise<void> {
  const user = await findUserById(ctx.db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', '请先登录');
  // The current password is a password guess like any login: whoever holds a stolen session
  // must not get unlimited tries at it here, so the same lockout counts and applies.
  if (user.lockedUntil && user.lockedUntil > ctx.now()) throw lockedError(user.lockedUntil);
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await auditAction(ctx.db, actor, { action: 'auth.password_change', objectType: 'user', objectId: user.id, result: 'failure', details: { reason: 'wrong_current_password' } });
    await lockAtThreshold(ctx, await incrementFailedAttempts(ctx.db, user.id), user.id, user.username, actor.ip);
    throw invalidField('currentPassword', '当前密码不正确');
  }
  const problems = checkPassword(newPassword, user.username, ctx.config.passwordPolicy);
  if (currentPassword === newPassword) problems.push('新密码不能与当前密码相同');
  if (problems.length > 0) throw invalidField('newPassword', problems.join('；'));
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    await updatePasswordHash(tx, user.id, passwordHash, false, ctx.now());
    // Other sessions of this account end: a changed password must lock out whoever had the old one.
    await deleteSessionsOfUser(tx, user.id, sessionId);
    await auditAction(tx, actor, { action: 'auth.password_change', objectType: 'user', objectId: user.id, objectLabel: user.username, result: 'success' });
  });
}

export async function describeMe(ctx: AppContext, actor: Actor, csrfToken: string): Promise<MeResponse> {
  const permissions = new Set(actor.grants.flatMap((g) => [...g.permissions]));
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    personId: actor.personId,
    mustChangePassword: actor.mustChangePassword,
    permissions: [...permissions].sort(),
    grants: actor.grants.map((g) => ({
      roleCode: g.roleCode,
      roleName: g.roleName,
      permissions: [...g.permissions].sort(),
      scopeNodeId: g.scopeNodeId,
      scopeNodeName: g.scopeNodeName,
      source: g.source,
    })),
    csrfToken,
    demo: await isDemoInstance(ctx.db),
  };
}
