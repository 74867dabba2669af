import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from '../errors';

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
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const prefix = CONTEXT_LABELS[error.validationContext ?? 'body'] ?? '';
      const details: FieldError[] = error.validation.map((v) => ({
        field: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(root)',
        message: v.message ?? '格式不正确',
      }));
      const message = details.map((d) => `${prefix}${d.field}：${d.message}`).join('；');
      return reply.status(400).send({ error: { code: 'VALIDATION_FAILED', message, details } });
    }
    if (error instanceof AppError) {
      const body = { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) };
      return reply.status(error.status).send({ error: body });
    }
    if (pgErrorOf(error)?.code === '23505') {
      return reply.status(409).send({ error: { code: 'CONFLICT', message: '与已有记录重复' } });
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
