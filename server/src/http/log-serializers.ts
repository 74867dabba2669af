import type { FastifyRequest } from 'fastify';

/** Secrets that travel in a URL: a 群众诉求 lookup code is the citizen's only key to their request. */
const SECRET_PATHS: readonly RegExp[] = [/^(\/api\/public\/requests\/)[^/?#]+/];

export function redactUrl(url: string): string {
  return SECRET_PATHS.reduce((u, pattern) => u.replace(pattern, '$1***'), url);
}

/** The request as the access log records it: no lookup codes, no query strings of public routes. */
export const logSerializers = {
  req: (request: FastifyRequest) => ({ method: request.method, url: redactUrl(request.url), host: request.headers.host, remoteAddress: request.ip }),
};
