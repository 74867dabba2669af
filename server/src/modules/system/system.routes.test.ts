import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/test-app';

const t = useTestApp();

describe('GET /api/health', () => {
  it('answers ok without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });
});

describe('GET /api/docs/json', () => {
  it('serves the OpenAPI document listing the API', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/people', '/api/org/nodes']));
  });
});

describe('GET /api/system/info', () => {
  it('tells the web app whether this is a demo and the password policy', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/system/info' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ demo: false, passwordPolicy: { minLength: 8, minClasses: 3 } });
  });
});

describe('unknown API paths', () => {
  it('answer 404 in the error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});

describe('percent-encoded paths', () => {
  it('cannot reach a private route past the session check', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/%61pi/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });
});
