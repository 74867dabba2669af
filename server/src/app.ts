import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { ROSTER_MAX_BYTES } from '@mofan/shared';
import type { AppContext } from './context';
import './http/route-config';
import { registerAuthHook } from './http/auth-hook';
import { registerErrorHandler } from './http/error-handler';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { orgRoutes } from './modules/org/org.routes';
import { peopleRoutes } from './modules/people/people.routes';
import { postRoutes } from './modules/people/posts.routes';
import { exemptionRoutes } from './modules/people/exemptions.routes';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { catalogueRoutes } from './modules/catalogue/catalogue.routes';
import { ownRequirementRoutes } from './modules/programmes/own-requirements.routes';
import { programmeRoutes } from './modules/programmes/programmes.routes';
import { complianceRoutes } from './modules/compliance/compliance.routes';
import { directiveRoutes } from './modules/directives/directives.routes';
import { recordRoutes } from './modules/records/records.routes';
import { rosterRoutes } from './modules/roster/roster.routes';
import { systemRoutes } from './modules/system/system.routes';
import { userRoutes } from './modules/users/users.routes';
import { roleRoutes } from './modules/users/roles.routes';
import { taskRoutes } from './modules/tasks/tasks.routes';
import { directiveReportRoutes } from './modules/directive-reports/directive-reports.routes';
import { officeOutputRoutes } from './modules/office-outputs/office-outputs.routes';
import { inspectionRoutes } from './modules/inspections/inspections.routes';
import { publicRequestRoutes } from './modules/public-requests/public-requests.routes';
import { publicLookupRoutes } from './modules/public-requests/public-lookup.routes';
import { integrityRoutes } from './modules/integrity/integrity.routes';
import { cleanlinessRoutes } from './modules/cleanliness/cleanliness.routes';
import { leaveRoutes } from './modules/leave/leave.routes';
import { logSerializers } from './http/log-serializers';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface BuildAppOptions {
  /** Pino options, or false for silence (tests). */
  logger?: boolean | { level: string };
  /** Serve the built web app from this folder when it exists. */
  webDist?: string;
}

/** Builds the HTTP app without listening: `main.ts` listens, tests call `inject`. */
export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: typeof options.logger === 'object' ? { ...options.logger, serializers: logSerializers } : (options.logger ?? false),
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(swagger, {
    openapi: {
      info: { title: '模范机关建设平台 API', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'mofan_sid' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: ROSTER_MAX_BYTES, files: 1, fields: 10 } });
  registerErrorHandler(app, ctx);
  registerAuthHook(app, ctx);

  app.get('/api/docs/json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  await app.register(systemRoutes(ctx));
  await app.register(authRoutes(ctx));
  await app.register(orgRoutes(ctx));
  await app.register(peopleRoutes(ctx));
  await app.register(postRoutes(ctx));
  await app.register(exemptionRoutes(ctx));
  await app.register(rosterRoutes(ctx));
  await app.register(userRoutes(ctx));
  await app.register(roleRoutes(ctx));
  await app.register(auditRoutes(ctx));
  await app.register(recordRoutes(ctx));
  await app.register(complianceRoutes(ctx));
  await app.register(catalogueRoutes(ctx));
  await app.register(programmeRoutes(ctx));
  await app.register(ownRequirementRoutes(ctx));
  await app.register(directiveRoutes(ctx));
  await app.register(taskRoutes(ctx));
  await app.register(directiveReportRoutes(ctx));
  await app.register(officeOutputRoutes(ctx));
  await app.register(inspectionRoutes(ctx));
  await app.register(publicRequestRoutes(ctx));
  await app.register(publicLookupRoutes(ctx));
  await app.register(integrityRoutes(ctx));
  await app.register(cleanlinessRoutes(ctx));
  await app.register(leaveRoutes(ctx));
  await app.register(calendarRoutes(ctx));

  const webDist = options.webDist ?? WEB_DIST;
  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
  // The wildcard route looks files up on each request, so a rebuilt web app is served without a restart.
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // A missing file (an old asset name) is a 404; a page path is the web app's, which routes in the browser.
    const isFile = /\.[a-z0-9]+$/i.test(path);
    if (path.startsWith('/api/') || !hasWeb || request.method !== 'GET' || isFile) {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: path.startsWith('/api/') ? '接口不存在' : '文件不存在' } });
    }
    return reply.sendFile('index.html');
  });
  return app;
}
