import { ApiError } from './api-error';

/**
 * The one way the web talks to the API: same-origin fetch with the session cookie, JSON bodies,
 * the CSRF header on writes, and one error shape. Responses are checked against the shared zod
 * schema, so a drift between server and web shows up as a clear error instead of a blank page.
 */

/** Anything with zod's `parse`; typed structurally so the web needs no direct zod import. */
export interface ResponseSchema<T> {
  parse(data: unknown): T;
}

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

export interface AuthFailureHandlers {
  /** A 401: the session is gone. */
  onUnauthenticated: (message: string) => void;
  /** A 403 PASSWORD_CHANGE_REQUIRED: the one-time password must be replaced first. */
  onPasswordChangeRequired: () => void;
}

// The CSRF token of the current session. It arrives in every MeResponse and must be echoed on writes.
let csrfToken: string | null = null;
let authHandlers: AuthFailureHandlers | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Registered once by the app, which owns the router and the query cache this module must not import. */
export function setAuthFailureHandlers(handlers: AuthFailureHandlers): void {
  authHandlers = handlers;
}

export function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    // Empty filters are left out: the server validates ids as UUIDs and '' is not one.
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: QueryParams;
  /** A FormData is sent as multipart; anything else as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  /** The login call answers 401 for a wrong password: that must not bounce to /login. */
  skipAuthRedirect?: boolean;
}

/** Performs the request and returns the raw Response once it is known to be 2xx. */
export async function send(path: string, options: RequestOptions = {}): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body; // the browser sets the multipart boundary itself
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试');
  }
  if (response.ok) return response;

  const error = await readError(response);
  if (error.status === 401 && !options.skipAuthRedirect) {
    csrfToken = null;
    authHandlers?.onUnauthenticated(error.message);
  } else if (error.status === 403 && error.code === 'PASSWORD_CHANGE_REQUIRED') {
    authHandlers?.onPasswordChangeRequired();
  }
  throw error;
}

async function readError(response: Response): Promise<ApiError> {
  const fallback = `请求失败（${response.status}）`;
  try {
    const json: unknown = await response.json();
    if (typeof json === 'object' && json !== null && 'error' in json) {
      const e: unknown = json.error;
      if (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string') {
        const message = 'message' in e && typeof e.message === 'string' ? e.message : fallback;
        return new ApiError(response.status, e.code, message, 'details' in e ? e.details : undefined);
      }
    }
  } catch {
    // not JSON (a proxy's HTML error page, for instance): fall through to the generic message
  }
  return new ApiError(response.status, 'HTTP_ERROR', fallback);
}

async function parseBody<T>(response: Response, schema: ResponseSchema<T>): Promise<T> {
  const json: unknown = await response.json();
  try {
    return schema.parse(json);
  } catch (cause) {
    console.error('API response does not match the contract', response.url, cause);
    throw new ApiError(response.status, 'BAD_RESPONSE', '服务器返回的数据格式不正确');
  }
}

export async function request<T>(path: string, schema: ResponseSchema<T>, options: RequestOptions = {}): Promise<T> {
  return parseBody(await send(path, options), schema);
}

/** For writes whose answer the UI does not read (deletes, unlocks): the caller refetches instead. */
export async function requestVoid(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}

export const api = {
  get: <T>(path: string, schema: ResponseSchema<T>, query?: QueryParams, signal?: AbortSignal) =>
    request(path, schema, { query, signal }),
  post: <T>(path: string, schema: ResponseSchema<T>, body?: unknown) => request(path, schema, { method: 'POST', body }),
  put: <T>(path: string, schema: ResponseSchema<T>, body: unknown) => request(path, schema, { method: 'PUT', body }),
  patch: <T>(path: string, schema: ResponseSchema<T>, body: unknown) => request(path, schema, { method: 'PATCH', body }),
  postVoid: (path: string, body?: unknown) => requestVoid(path, { method: 'POST', body }),
  delete: (path: string) => requestVoid(path, { method: 'DELETE' }),
};
