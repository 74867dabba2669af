import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../src/app';
import type { AppContext } from '../src/context';
import { type Database, connectDatabase } from '../src/db/client';
import { loadConfig } from '../src/env';
import { createTestDatabase } from './db';

/** A clock tests can set and move; the app reads time only through it. */
export class TestClock {
  private current: number;
  constructor(start = '2026-03-02T09:00:00+08:00') {
    this.current = new Date(start).getTime();
  }
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current += ms;
  }
  set(iso: string): void {
    this.current = new Date(iso).getTime();
  }
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  database: Database;
  clock: TestClock;
  url: string;
}

const silentLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * The in-process app over its own fresh database, for one test file. Call at the top level of
 * the file; the returned object is filled in `beforeAll` and closed in `afterAll`.
 */
export function useTestApp(env: Record<string, string> = {}): TestApp {
  const holder = {} as TestApp;
  let drop: (() => Promise<void>) | null = null;
  beforeAll(async () => {
    const created = await createTestDatabase();
    drop = created.drop;
    const clock = new TestClock();
    const database = connectDatabase(created.url, { max: 5 });
    const config = loadConfig({ ...env, DATABASE_URL: created.url });
    const ctx: AppContext = { db: database.db, config, now: clock.now, log: silentLog };
    const app = await buildApp(ctx, { logger: false, webDist: '/nonexistent' });
    Object.assign(holder, { app, ctx, database, clock, url: created.url });
  });
  afterAll(async () => {
    await holder.app?.close();
    await holder.database?.close();
    await drop?.();
  });
  return holder;
}

/** A signed-in client: its cookie, and its CSRF token sent on every write. */
export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
}

export async function login(t: TestApp, username: string, password: string): Promise<Session> {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'mofan_sid');
  const body = res.json<{ csrfToken: string; id: string }>();
  return { cookie: `mofan_sid=${cookie?.value ?? ''}`, csrfToken: body.csrfToken, userId: body.id };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Calls the API as a session (or anonymously with `null`). */
export function call(t: TestApp, session: Session | null, method: Method, url: string, payload?: unknown): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  if (session) {
    headers.cookie = session.cookie;
    headers['x-csrf-token'] = session.csrfToken;
  }
  return t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
}

/** The first field a 400 names, for asserting that validation names the field. */
export function fieldsOf(res: LightMyRequestResponse): string[] {
  const body = res.json<{ error: { details?: { field: string }[] } }>();
  return (body.error.details ?? []).map((d) => d.field);
}
