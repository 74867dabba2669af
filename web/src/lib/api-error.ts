/** One field named by a VALIDATION_FAILED response. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Every failed call surfaces as an ApiError carrying the server's `{ error: { code, message, details? } }`.
 * Network failures use status 0 and code NETWORK_ERROR, so callers need only one branch.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /**
   * The per-field problems of a response. VALIDATION_FAILED always names fields; the server also
   * names the field of some CONFLICTs (用户名已存在), so any code with such details counts.
   */
  get fieldErrors(): FieldError[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(isFieldError);
  }
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'field' in value &&
    typeof value.field === 'string' &&
    'message' in value &&
    typeof value.message === 'string'
  );
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** The text to show a user for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作失败，请稍后再试';
}
