import type { Actor } from '../modules/access/access.types';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without a session (health, login, the web app's files). */
    public?: boolean;
    /** Reachable while the account must still change its one-time password. */
    allowPendingPasswordChange?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
    csrfToken: string | null;
  }
}

/** The signed-in actor; routes run only after the auth hook has made sure there is one. */
export function actorOf(request: { actor: Actor | null }): Actor {
  if (!request.actor) throw new Error('route reached without an actor: is it marked public by mistake?');
  return request.actor;
}
