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
  it('answer 401 in the error shape before sign-in, revealing nothing', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });
});
