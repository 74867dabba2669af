import { and, eq, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { sessions, users } from '../../db/schema/index';

export async function findUserByUsername(db: DbOrTx, username: string) {
  const rows = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return rows[0] ?? null;
}

export async function findUserById(db: DbOrTx, id: string) {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Counts one more failure atomically, so parallel wrong guesses cannot slip past the threshold. */
export async function incrementFailedAttempts(db: DbOrTx, userId: string): Promise<number> {
  const rows = await db
    .update(users)
    .set({ failedAttempts: sql`${users.failedAttempts} + 1` })
    .where(eq(users.id, userId))
    .returning({ failedAttempts: users.failedAttempts });
  return rows[0]?.failedAttempts ?? 0;
}

export async function lockUser(db: DbOrTx, userId: string, until: Date): Promise<void> {
  await db.update(users).set({ lockedUntil: until, failedAttempts: 0 }).where(eq(users.id, userId));
}

/**
 * Counts a password attempt before the password is checked, in one statement, unless the account
 * is locked (null). Parallel guesses each get their own number, so a burst cannot outrun the lock.
 */
export async function reserveLoginAttempt(db: DbOrTx, userId: string, now: Date): Promise<number | null> {
  const rows = await db
    .update(users)
    .set({ failedAttempts: sql`${users.failedAttempts} + 1` })
    .where(and(eq(users.id, userId), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
    .returning({ failedAttempts: users.failedAttempts });
  return rows[0]?.failedAttempts ?? null;
}

/** Clears the count after a right password, unless a parallel wrong guess locked the account meanwhile. */
export async function recordSuccessfulLogin(db: DbOrTx, userId: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: at })
    .where(and(eq(users.id, userId), or(isNull(users.lockedUntil), lte(users.lockedUntil, at))))
    .returning({ id: users.id });
  return rows.length > 0;
}

export async function updatePasswordHash(db: DbOrTx, userId: string, passwordHash: string, mustChange: boolean, at: Date) {
  await db
    .update(users)
    .set({
      passwordHash,
      mustChangePassword: mustChange,
      passwordChangedAt: at,
      failedAttempts: 0,
      lockedUntil: null,
      updatedAt: at,
      version: sql`${users.version} + 1`,
    })
    .where(eq(users.id, userId));
}

export async function insertSession(db: DbOrTx, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

export async function findSessionWithUser(db: DbOrTx, sessionId: string) {
  const rows = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId))
    .limit(1);
  return rows[0] ?? null;
}

/** Moves `last_seen_at`, at most every few seconds, so idle time counts from the last request. */
export async function touchSession(db: DbOrTx, sessionId: string, at: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: at })
    .where(and(eq(sessions.id, sessionId), lt(sessions.lastSeenAt, new Date(at.getTime() - 5_000))));
}

export async function deleteSession(db: DbOrTx, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteSessionsOfUser(db: DbOrTx, userId: string, exceptSessionId?: string): Promise<void> {
  const condition = exceptSessionId
    ? and(eq(sessions.userId, userId), sql`${sessions.id} <> ${exceptSessionId}`)
    : eq(sessions.userId, userId);
  await db.delete(sessions).where(condition);
}

export async function deleteExpiredSessions(db: DbOrTx, now: Date, idleMs: number): Promise<void> {
  await db
    .delete(sessions)
    .where(sql`${sessions.expiresAt} < ${now} or ${sessions.lastSeenAt} < ${new Date(now.getTime() - idleMs)}`);
}
