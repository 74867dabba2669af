import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { useTestApp } from '../../../test/test-app';

const t = useTestApp();
const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'mofan-web-'));
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  fs.mkdirSync(path.join(webDist, 'assets'));
  fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>模范机关建设平台</title>');
  app = await buildApp(t.ctx, { logger: false, webDist });
});
afterAll(async () => {
  await app.close();
  fs.rmSync(webDist, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('answers a page path with the index page, so the browser router can take it', async () => {
    const res = await app.inject({ method: 'GET', url: '/org/admin?node=x' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('模范机关建设平台');
  });

  it('serves an asset written after the server started (a rebuilt web app)', async () => {
    fs.writeFileSync(path.join(webDist, 'assets', 'index-new.js'), 'console.log(1)');
    const res = await app.inject({ method: 'GET', url: '/assets/index-new.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('answers a missing asset with 404, never with the index page', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-old.js' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('leaves API paths to the API: JSON answers, never the index page', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const missing = await app.inject({ method: 'GET', url: '/api/nothing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
