import type { CalendarNotCoveredError } from '@mofan/shared';

/** The one error type of the server. Its code decides the HTTP status through one table. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  CALENDAR_NOT_COVERED: 422,
  ACCOUNT_LOCKED: 423,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what}不存在`);
}

export function forbidden(message = '无权访问该记录'): AppError {
  return new AppError('FORBIDDEN', message);
}

/** A 400 that names the field, in the same shape as schema validation errors. */
export function invalidField(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', `${field}：${message}`, [{ field, message }] satisfies FieldError[]);
}

export function versionConflict(): AppError {
  return new AppError('VERSION_CONFLICT', '该记录已被他人修改，请刷新后再试');
}

/**
 * A deadline that needs a year the working-day calendar does not cover: the request is sound,
 * the schedule is missing. The error handler answers every CalendarNotCoveredError with this.
 */
export function calendarNotCovered(error: CalendarNotCoveredError): AppError {
  return new AppError('CALENDAR_NOT_COVERED', error.message, { year: error.year });
}
