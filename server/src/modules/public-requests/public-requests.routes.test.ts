import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOOKUP_CODE_ALPHABET, type PublicRequestDetail, type PublicRequestPage, type PublicRequestWithCode } from '@mofan/shared';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../db/schema/index';
import { createUser } from '../../../test/factories';
import { type TwoUnits, auditEntriesOf, createTwoUnits } from '../../../test/fixtures';
import { type Session, call, fieldsOf, login, useTestApp } from '../../../test/test-app';

// The clock stands at 2026-03-02.
const t = useTestApp();
const missingId = crypto.randomUUID();
const CONTACT = '13812345678';
let u: TwoUnits;
let cityAdmin: Session;
/** 督查 staff of unit A: reads requests (inspections.read) but does not handle them. */
let inspectorA: Session;

beforeAll(async () => {
  u = await createTwoUnits(t);
  const committee = await createUser(t, [{ role: 'committee_admin', scope: u.a.city }]);
  cityAdmin = await login(t, committee.username, committee.password);
  const inspector = await createUser(t, [{ role: 'supervisor', scope: u.a.unit }]);
  inspectorA = await login(t, inspector.username, inspector.password);
});

async function register(session: Session, body: Record<string, unknown>): Promise<PublicRequestWithCode> {
  const res = await call(t, session, 'POST', '/api/public-requests', body);
  expect(res.statusCode).toBe(201);
  return res.json<PublicRequestWithCode>();
}

function need(nodeId: string, extra: Record<string, unknown> = {}) {
  return { nodeId, title: '小区路灯不亮', content: '幸福小区3栋门前路灯损坏两周', requesterName: '王大爷', requesterContact: CONTACT, raisedOn: '2026-02-27', ...extra };
}

describe('POST /api/public-requests (了解需求)', () => {
  it('records a need with a fresh lookup code shown once, audited without the contact or the code', async () => {
    const { request, lookupCode } = await register(u.adminA, need(u.a.unit.id));
    expect(lookupCode).toMatch(new RegExp(`^[${LOOKUP_CODE_ALPHABET}]{10}$`));
    expect(request).toMatchObject({ status: 'received', nodeName: u.a.unit.name, requesterContact: CONTACT, contactMasked: false, version: 1 });
    expect(request.events.map((e) => [e.action, e.actorName])).toEqual([['received', expect.any(String)]]);
    expect(JSON.stringify(request)).not.toContain(lookupCode);
    const [entry] = await auditEntriesOf(t, 'public_request.create', request.id);
    expect(entry).toBeDefined();
    expect(JSON.stringify(entry)).not.toContain(CONTACT);
    expect(JSON.stringify(entry)).not.toContain(lookupCode);
    // Read again, the code is not there: it was shown once.
    const again = await call(t, u.adminA, 'GET', `/api/public-requests/${request.id}`);
    expect(again.body).not.toContain(lookupCode);
  });

  it('gives every request its own code', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 5; i += 1) codes.add((await register(u.adminA, need(u.a.departments[0].id, { title: `诉求${i}` }))).lookupCode);
    expect(codes.size).toBe(5);
  });

  it('answers 401 without a session and 403 for another unit', async () => {
    expect((await call(t, null, 'POST', '/api/public-requests', need(u.a.unit.id))).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'POST', '/api/public-requests', need(u.a.unit.id))).statusCode).toBe(403);
    expect((await call(t, inspectorA, 'POST', '/api/public-requests', need(u.a.unit.id))).statusCode).toBe(403);
  });

  it.each([
    ['no title', { title: ' ' }, 'title'],
    ['no content', { content: '' }, 'content'],
    ['a bad date', { raisedOn: '2026-02-30' }, 'raisedOn'],
    ['a date after today', { raisedOn: '2026-03-03' }, 'raisedOn'],
    ['a node that does not exist', { nodeId: missingId }, 'nodeId'],
    ['a contact too long', { requesterContact: '1'.repeat(101) }, 'requesterContact'],
  ])('answers 400 naming the field for %s', async (_name, body, field) => {
    const res = await call(t, u.adminA, 'POST', '/api/public-requests', need(u.a.unit.id, body));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain(field);
  });
});

describe('GET /api/public-requests/:id and PATCH', () => {
  let request: PublicRequestDetail;
  beforeAll(async () => {
    request = (await register(u.adminA, need(u.a.unit.id, { title: '菜市场占道经营' }))).request;
  });

  it('reads it; the contact in full to handlers, masked to readers without requests.handle', async () => {
    expect((await call(t, u.adminA, 'GET', `/api/public-requests/${request.id}`)).json<PublicRequestDetail>()).toMatchObject({ requesterContact: CONTACT, actions: ['update', 'claim', 'reissue_code'] });
    const read = (await call(t, inspectorA, 'GET', `/api/public-requests/${request.id}`)).json<PublicRequestDetail>();
    expect(read).toMatchObject({ requesterContact: '138****5678', contactMasked: true, actions: [] });
  });

  it('answers 401, 403 for another unit, 404 and 400 for a bad id', async () => {
    expect((await call(t, null, 'GET', `/api/public-requests/${request.id}`)).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'GET', `/api/public-requests/${request.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/public-requests/${missingId}`)).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'GET', '/api/public-requests/not-an-id');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['id']);
  });

  it('corrects what was recorded with the version, the history naming the fields but not the values; 409 for a stale one', async () => {
    // A minute later, so that the history shows the change after the registration.
    t.clock.advance(60_000);
    const res = await call(t, u.adminA, 'PATCH', `/api/public-requests/${request.id}`, { version: request.version, requesterContact: '13900001111', title: '菜市场门口占道经营' });
    expect(res.statusCode).toBe(200);
    const updated = res.json<PublicRequestDetail>();
    expect(updated).toMatchObject({ title: '菜市场门口占道经营', requesterContact: '13900001111', version: 2 });
    expect(updated.events.at(-1)).toMatchObject({ action: 'updated', note: '修改了诉求事项、联系方式' });
    const [entry] = await auditEntriesOf(t, 'public_request.update', request.id);
    expect(entry?.details).toMatchObject({ fields: ['title', 'requesterContact'] });
    expect(JSON.stringify(entry)).not.toContain('13900001111');
    expect((await call(t, u.adminA, 'PATCH', `/api/public-requests/${request.id}`, { version: 1, title: '旧版本' })).statusCode).toBe(409);
  });

  it('PATCH answers 401, 403 (another unit, a reader), 404 and 400 naming the field', async () => {
    const current = (await call(t, u.adminA, 'GET', `/api/public-requests/${request.id}`)).json<PublicRequestDetail>();
    expect((await call(t, null, 'PATCH', `/api/public-requests/${request.id}`, { version: current.version, title: '改' })).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'PATCH', `/api/public-requests/${request.id}`, { version: current.version, title: '改' })).statusCode).toBe(403);
    expect((await call(t, inspectorA, 'PATCH', `/api/public-requests/${request.id}`, { version: current.version, title: '改' })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'PATCH', `/api/public-requests/${missingId}`, { version: 1, title: '改' })).statusCode).toBe(404);
    for (const [body, field] of [
      [{ version: current.version, title: '' }, 'title'],
      [{ title: '改' }, 'version'],
      [{ version: current.version, raisedOn: '2026-03-05' }, 'raisedOn'],
    ] as const) {
      const res = await call(t, u.adminA, 'PATCH', `/api/public-requests/${request.id}`, body);
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toContain(field);
    }
  });
});

describe('POST /api/public-requests/:id/lookup-code', () => {
  it('replaces a lost code with a new one shown once, audited; 401, 403, 404, 409', async () => {
    const { request, lookupCode } = await register(u.adminA, need(u.a.unit.id, { title: '丢了查询码' }));
    t.clock.advance(60_000);
    const res = await call(t, u.adminA, 'POST', `/api/public-requests/${request.id}/lookup-code`, { version: request.version });
    expect(res.statusCode).toBe(200);
    const reissued = res.json<PublicRequestWithCode>();
    expect(reissued.lookupCode).not.toBe(lookupCode);
    expect(reissued.request.events.at(-1)?.action).toBe('code_reissued');
    expect(await auditEntriesOf(t, 'public_request.reissue_code', request.id)).toHaveLength(1);
    // The old code stops working at once.
    expect((await call(t, null, 'GET', `/api/public/requests/${lookupCode}`)).statusCode).toBe(404);
    expect((await call(t, null, 'GET', `/api/public/requests/${reissued.lookupCode}`)).statusCode).toBe(200);

    expect((await call(t, null, 'POST', `/api/public-requests/${request.id}/lookup-code`, { version: 2 })).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'POST', `/api/public-requests/${request.id}/lookup-code`, { version: 2 })).statusCode).toBe(403);
    expect((await call(t, inspectorA, 'POST', `/api/public-requests/${request.id}/lookup-code`, { version: 2 })).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'POST', `/api/public-requests/${missingId}/lookup-code`, { version: 1 })).statusCode).toBe(404);
    expect((await call(t, u.adminA, 'POST', `/api/public-requests/${request.id}/lookup-code`, { version: 1 })).statusCode).toBe(409);
    const bad = await call(t, u.adminA, 'POST', `/api/public-requests/${request.id}/lookup-code`, {});
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['version']);
  });
});

describe('GET /api/public-requests', () => {
  let cityNeed: PublicRequestDetail;
  let bNeed: PublicRequestDetail;
  beforeAll(async () => {
    cityNeed = (await register(cityAdmin, need(u.a.city.id, { title: '全市公交站牌老旧', raisedOn: '2026-01-10' }))).request;
    bNeed = (await register(u.adminB, need(u.b.unit.id, { title: '乙单位办事窗口排队久', requesterName: '赵女士' }))).request;
  });

  it("lists the reader's requests and the city's unclaimed ones, filtered by status, node, dates and text", async () => {
    const all = (await call(t, u.adminA, 'GET', '/api/public-requests?pageSize=200')).json<PublicRequestPage>();
    const ids = all.items.map((i) => i.id);
    expect(ids).toContain(cityNeed.id);
    expect(ids).not.toContain(bNeed.id);
    // Offered to unit A to claim, but A does not handle it yet: the contact stays masked.
    expect(all.items.find((i) => i.id === cityNeed.id)).toMatchObject({ requesterContact: '138****5678', contactMasked: true });
    const byText = (await call(t, cityAdmin, 'GET', `/api/public-requests?q=${encodeURIComponent('赵女士')}`)).json<PublicRequestPage>();
    expect(byText.items.map((i) => i.id)).toEqual([bNeed.id]);
    const byDate = (await call(t, cityAdmin, 'GET', '/api/public-requests?from=2026-01-01&to=2026-01-31')).json<PublicRequestPage>();
    expect(byDate.items.map((i) => i.id)).toEqual([cityNeed.id]);
    const byNode = (await call(t, cityAdmin, 'GET', `/api/public-requests?nodeId=${u.b.unit.id}`)).json<PublicRequestPage>();
    expect(byNode.items.map((i) => i.id)).toEqual([bNeed.id]);
    const byStatus = (await call(t, cityAdmin, 'GET', '/api/public-requests?status=claimed')).json<PublicRequestPage>();
    expect(byStatus.total).toBe(0);
  });

  it('does not search the contact: a masked number cannot be found digit by digit', async () => {
    const res = (await call(t, inspectorA, 'GET', `/api/public-requests?q=${CONTACT.slice(0, 5)}`)).json<PublicRequestPage>();
    expect(res.total).toBe(0);
  });

  it('answers 401, 403 for another unit or without permission, 404 for a missing node and 400 naming the field', async () => {
    expect((await call(t, null, 'GET', '/api/public-requests')).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'GET', `/api/public-requests?nodeId=${u.a.unit.id}`)).statusCode).toBe(403);
    const branch = await createUser(t, [{ role: 'branch_secretary', scope: u.a.branch }]);
    expect((await call(t, await login(t, branch.username, branch.password), 'GET', '/api/public-requests')).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/public-requests?nodeId=${missingId}`)).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'GET', '/api/public-requests?status=done');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['status']);
    const reversed = await call(t, u.adminA, 'GET', '/api/public-requests?from=2026-02-01&to=2026-01-01');
    expect(reversed.statusCode).toBe(400);
    expect(fieldsOf(reversed)).toEqual(['to']);
  });
});

describe('GET /api/public-requests/export.xlsx', () => {
  it('exports the list as the 群众诉求台账, the contact always masked', async () => {
    const res = await call(t, u.adminA, 'GET', `/api/public-requests/export.xlsx?nodeId=${u.a.unit.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('群众诉求台账'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('群众诉求台账')!;
    expect((sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1, 6)).toEqual(['提出日期', '诉求事项', '诉求内容', '提出人', '联系方式（脱敏）']);
    const titles: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) titles.push(String(row.getCell(2).value));
      if (n > 1) expect(String(row.getCell(5).value)).not.toContain(CONTACT);
    });
    expect(titles).toContain('菜市场门口占道经营');
  });

  it('answers 401, 403 for another unit, 404 for a missing node and 400 naming the field', async () => {
    expect((await call(t, null, 'GET', '/api/public-requests/export.xlsx')).statusCode).toBe(401);
    expect((await call(t, u.adminB, 'GET', `/api/public-requests/export.xlsx?nodeId=${u.a.unit.id}`)).statusCode).toBe(403);
    expect((await call(t, u.adminA, 'GET', `/api/public-requests/export.xlsx?nodeId=${missingId}`)).statusCode).toBe(404);
    const bad = await call(t, u.adminA, 'GET', '/api/public-requests/export.xlsx?from=2026-13-01');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['from']);
  });
});

describe('the contact never reaches the audit log', () => {
  it('appears in no audit entry of this file', async () => {
    const entries = await t.ctx.db.select().from(auditLog).where(eq(auditLog.objectType, 'public_request'));
    expect(entries.length).toBeGreaterThan(0);
    expect(JSON.stringify(entries)).not.toContain(CONTACT);
  });
});
