import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { AppContext } from '../context';
import { CalendarNotCoveredError } from '@mofan/shared';
import { AppError, type FieldError, calendarNotCovered } from '../errors';
import { insertAuditEntry } from '../modules/audit/audit.repository';

const CONTEXT_LABELS: Record<string, string> = { body: '', querystring: '查询参数 ', params: '路径参数 ', headers: '请求头 ' };

interface PgError {
  code: string;
  constraint?: string;
}

function isPgError(error: unknown): error is PgError {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code) && 'severity' in error;
}

/** The PostgreSQL error behind a failure: Drizzle wraps the driver's error in `cause`. */
function pgErrorOf(error: unknown): PgError | null {
  if (isPgError(error)) return error;
  const cause = typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined;
  return isPgError(cause) ? cause : null;
}

/**
 * Turns every failure into `{ error: { code, message, details? } }`. Validation errors name each
 * field; database and internal errors are logged with the request id and answered without
 * SQL, stack or internal ids.
 */
/** Codes that mean a signed-in user tried what they may not: each is kept in the audit log. */
const DENIED_CODES = new Set(['FORBIDDEN', 'CSRF_FAILED']);

export function registerErrorHandler(app: FastifyInstance, ctx?: AppContext): void {
  app.setErrorHandler(async (thrown: FastifyError, request, reply) => {
    // Deadline arithmetic deep in any service refuses a year without a schedule: a 422, never a 500.
    const error = thrown instanceof CalendarNotCoveredError ? calendarNotCovered(thrown) : thrown;
    if (hasZodFastifySchemaValidationErrors(error)) {
      const prefix = CONTEXT_LABELS[error.validationContext ?? 'body'] ?? '';
      const details: FieldError[] = error.validation.map((v) => ({
        field: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(root)',
        message: v.message ?? '格式不正确',
      }));
      const message = details.map((d) => `${prefix}${d.field}：${d.message}`).join('；');
      return reply.status(400).send({ error: { code: 'VALIDATION_FAILED', message, details } });
    }
    if (error instanceof AppError && ctx && request.actor && DENIED_CODES.has(error.code)) {
      const path = request.url.split('?')[0] ?? '';
      await insertAuditEntry(ctx.db, {
        userId: request.actor.userId,
        username: request.actor.username,
        ip: request.ip,
        action: 'access.denied',
        objectType: 'route',
        objectLabel: `${request.method} ${request.routeOptions.url ?? path}`,
        result: 'denied',
        details: { code: error.code, path },
      }).catch((e: unknown) => request.log.error({ err: e }, 'audit of a denied request failed'));
    }
    if (error instanceof AppError) {
      const body = { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) };
      return reply.status(error.status).send({ error: body });
    }
    const pgCode = pgErrorOf(error)?.code;
    if (pgCode === '23505') {
      return reply.status(409).send({ error: { code: 'CONFLICT', message: '与已有记录重复' } });
    }
    // A reference that vanished or appeared in a concurrent transaction (delete vs. insert).
    if (pgCode === '23503') {
      return reply.status(409).send({ error: { code: 'CONFLICT', message: '相关记录已被他人修改，请刷新后再试' } });
    }
    // Text PostgreSQL cannot store, such as a NUL character.
    if (pgCode === '22021' || pgCode === '22P05') {
      return reply.status(400).send({ error: { code: 'VALIDATION_FAILED', message: '输入含有无法保存的字符' } });
    }
    if (error.statusCode === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE') {
      return reply.status(413).send({ error: { code: 'PAYLOAD_TOO_LARGE', message: '文件过大' } });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ error: { code: 'BAD_REQUEST', message: '请求格式不正确' } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'INTERNAL', message: '服务器内部错误，请稍后再试' } });
  });
}
