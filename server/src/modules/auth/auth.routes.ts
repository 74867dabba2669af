import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changePasswordRequestSchema, errorResponseSchema, loginRequestSchema, meResponseSchema, okResponseSchema } from '@mofan/shared';
import type { AppContext } from '../../context';
import { SESSION_COOKIE, resolveActor } from '../../http/auth-hook';
import { actorOf } from '../../http/route-config';
import { changeOwnPassword, describeMe, login, logout } from './auth.service';

export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: '登录',
          body: loginRequestSchema,
          response: { 200: meResponseSchema, 401: errorResponseSchema, 423: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const { token } = await login(ctx, request.body.username, request.body.password, {
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        });
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'strict',
          secure: ctx.config.cookieSecure,
          maxAge: Math.floor(ctx.config.sessionAbsoluteMs / 1000),
        });
        // The new session is not on this request yet: resolve it as the next request would.
        request.cookies[SESSION_COOKIE] = token;
        await resolveActor(ctx, request);
        return describeMe(ctx, actorOf(request), request.csrfToken ?? '');
      },
    );

    app.post(
      '/api/auth/logout',
      { config: { allowPendingPasswordChange: true }, schema: { tags: ['auth'], summary: '退出登录', response: { 200: okResponseSchema } } },
      async (request, reply) => {
        await logout(ctx, actorOf(request), request.sessionId ?? '');
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    );

    app.get(
      '/api/me',
      { config: { allowPendingPasswordChange: true }, schema: { tags: ['auth'], summary: '当前用户、权限与数据范围', response: { 200: meResponseSchema } } },
      async (request) => describeMe(ctx, actorOf(request), request.csrfToken ?? ''),
    );

    app.post(
      '/api/auth/change-password',
      {
        config: { allowPendingPasswordChange: true },
        schema: { tags: ['auth'], summary: '修改本人密码', body: changePasswordRequestSchema, response: { 200: meResponseSchema } },
      },
      async (request) => {
        const actor = actorOf(request);
        await changeOwnPassword(ctx, actor, request.sessionId ?? '', request.body.currentPassword, request.body.newPassword);
        return describeMe(ctx, { ...actor, mustChangePassword: false }, request.csrfToken ?? '');
      },
    );
  };
}
