import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { loadEffectiveGrants } from '../modules/access/access.service';
import { deleteSession, findSessionWithUser, touchSession } from '../modules/auth/auth.repository';
import { sessionIdOf } from '../modules/auth/password-hash';

export const SESSION_COOKIE = 'mofan_sid';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Sets `request.actor` from the session cookie, if it names a live session. */
export async function resolveActor(ctx: AppContext, request: FastifyRequest): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const sessionId = sessionIdOf(token);
  const found = await findSessionWithUser(ctx.db, sessionId);
  if (!found) return;
  const now = ctx.now();
  const { session, user } = found;
  const idleExpired = now.getTime() - session.lastSeenAt.getTime() > ctx.config.sessionIdleMs;
  if (idleExpired || session.expiresAt <= now || !user.isActive) {
    await deleteSession(ctx.db, sessionId);
    throw new AppError('UNAUTHENTICATED', '登录已超时，请重新登录');
  }
  await touchSession(ctx.db, sessionId, now);
  request.sessionId = sessionId;
  request.csrfToken = session.csrfToken;
  request.actor = {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    personId: user.personId,
    mustChangePassword: user.mustChangePassword,
    grants: await loadEffectiveGrants(ctx.db, user.id, user.personId, now),
    ip: request.ip,
  };
}

/**
 * Runs before body parsing and validation, so an anonymous request gets 401 before any 400.
 * Every /api route needs a session unless marked `public`; cookie-authenticated writes must
 * echo the session's CSRF token in `X-CSRF-Token`; a pending one-time password blocks the rest.
 */
export function registerAuthHook(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (request) => {
    // The matched route, not the raw URL: `/%61pi/me` is routed to /api/me and must not slip past.
    const route = request.routeOptions.url;
    if (!route?.startsWith('/api/')) return;
    const config = request.routeOptions.config;
    if (config.public) return;
    await resolveActor(ctx, request);
    if (!request.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== request.csrfToken) {
      throw new AppError('CSRF_FAILED', '请求校验失败，请刷新页面后重试');
    }
    if (request.actor.mustChangePassword && !config.allowPendingPasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', '首次登录请先修改密码');
    }
  });
}
