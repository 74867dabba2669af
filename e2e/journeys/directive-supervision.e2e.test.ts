import type { APIRequestContext, Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { shanghaiDate } from '@mofan/shared';
import { keepScreenshot, launchBrowser, loginAs } from '../browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DEMO_PASSWORD = 'Mofan@2026';
const SUPERVISOR = { username: 'duban', password: 'Check#Sup2026x' };
/** The demo city's 预算科 科长: a 科室负责人 post gives him directives.handle over the 科室. */
const HANDLER = 'kezhang';
const LEAD = '预算科';

interface ApiUser {
  request: APIRequestContext;
  csrf: string;
}

/** A signed-in API client of its own (someone at another desk). */
async function apiAs(base: string, username: string, password: string): Promise<ApiUser> {
  const context = await browser.newContext();
  const res = await context.request.post(`${base}/api/auth/login`, { data: { username, password } });
  expect(res.status()).toBe(200);
  return { request: context.request, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

async function nodeId(api: ApiUser, base: string, kind: string, name: string, unitName?: string): Promise<string> {
  const res = await api.request.get(`${base}/api/org/nodes?kind=${kind}&q=${encodeURIComponent(name)}`);
  const items = ((await res.json()) as { items: { id: string; name: string; unitName: string | null }[] }).items;
  const node = items.find((n) => n.name === name && (!unitName || n.unitName === unitName));
  if (!node) throw new Error(`no ${kind} named ${name}`);
  return node.id;
}

/**
 * A 督查督办员 of the 工委 (the built-in supervisor role over the city), created by the system
 * administrator as a real deployment would, with the one-time password replaced.
 */
async function createSupervisor(base: string): Promise<{ cityId: string }> {
  const admin = await apiAs(base, 'admin', DEMO_PASSWORD);
  const cityId = await nodeId(admin, base, 'city', '示范市');
  const roles = (await (await admin.request.get(`${base}/api/roles`)).json()) as { id: string; code: string }[];
  const created = await admin.request.post(`${base}/api/users`, { headers: { 'x-csrf-token': admin.csrf }, data: { username: SUPERVISOR.username, displayName: '督查室干部' } });
  expect(created.status()).toBe(201);
  const { user, oneTimePassword } = (await created.json()) as { user: { id: string }; oneTimePassword: string };
  const grant = await admin.request.post(`${base}/api/users/${user.id}/grants`, {
    headers: { 'x-csrf-token': admin.csrf },
    data: { roleId: roles.find((r) => r.code === 'supervisor')!.id, scopeNodeId: cityId },
  });
  expect(grant.status()).toBe(201);
  const self = await apiAs(base, SUPERVISOR.username, oneTimePassword);
  const changed = await self.request.post(`${base}/api/auth/change-password`, {
    headers: { 'x-csrf-token': self.csrf },
    data: { currentPassword: oneTimePassword, newPassword: SUPERVISOR.password },
  });
  expect(changed.status()).toBe(200);
  return { cityId };
}

/** Picks an option of the antd Select labelled `label` inside `scope`, typing `search` first when given. */
async function choose(page: Page, scope: Locator, label: string, option: RegExp | string, search?: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  if (search) await input.fill(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** Runs one step of the detail page: its header button, then the modal's submit button. */
async function step(page: Page, button: string, dialogName: string, submit: string, fill?: { label: string; text: string }): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.waitFor();
  if (fill) await dialog.getByLabel(fill.label, { exact: true }).fill(fill.text);
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** The status tag of the detail page, once it shows `status`. */
async function expectStatus(page: Page, status: string): Promise<void> {
  await expect.poll(async () => page.getByTestId('directive-status').textContent(), { timeout: 15_000 }).toBe(status);
}

/** The board's count link for the 承办 科室 and a column (绿灯, 黄灯, 已销号 …), as its accessible name says. */
function boardCell(page: Page, column: string, n: number): Locator {
  return page.getByRole('link', { name: `${LEAD} ${column} ${n} 件`, exact: true });
}

describe('a supervisor registers a directive and the 承办 科室 handles it', () => {
  it('registers, assigns, signs, reports, is rejected once, closes; the board shows the lights on the way', async () => {
    const base = inject('demoBaseUrl');
    const today = shanghaiDate(new Date());
    const { cityId } = await createSupervisor(base);
    const title = `落实预算执行督办 ${Date.now()}`;

    // ── 立项 on the board, as the supervisor at a desk ──
    const desk = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const supervisor = await desk.newPage();
    await loginAs(supervisor, base, SUPERVISOR.username, SUPERVISOR.password);
    await supervisor.waitForURL((url) => url.pathname === '/');
    await supervisor.goto(`${base}/directives/board`);
    await supervisor.getByRole('heading', { name: '督办看板' }).waitFor();
    // The header's button carries an icon, whose label ("plus") comes first in its name.
    await supervisor.getByRole('button', { name: /立项$/ }).click();
    const form = supervisor.getByRole('dialog', { name: '督办件立项' });
    await form.waitFor();
    // The supervisor's own node is the default 立项机构.
    await expect.poll(async () => form.locator('.ant-select', { has: supervisor.locator('#supervisorNodeId') }).textContent(), { timeout: 15_000 }).toContain('示范市');
    await choose(supervisor, form, '来源', /^领导交办$/);
    await form.getByLabel('编号', { exact: true }).fill('督〔2026〕E2E号');
    await form.getByLabel('事项', { exact: true }).fill(title);
    await form.getByLabel('督办内容', { exact: true }).fill('梳理第四季度预算执行进度，对执行偏慢的项目逐项提出措施。');
    await form.getByLabel('领导批示', { exact: true }).fill('请预算科牵头抓紧落实，按时反馈。');
    await form.getByLabel('批示领导', { exact: true }).fill('市委常委、秘书长');
    await choose(supervisor, form, '承办单位（科室）', /市财政局 · 预算科/, LEAD);
    await form.getByRole('button', { name: '立项', exact: true }).click();

    // No limit given: 7 working days on the official calendar, as the calendar's own calculator says.
    const saved = supervisor.getByRole('dialog', { name: '已立项' });
    await saved.waitFor();
    const calc = await supervisor.request.get(`${base}/api/calendar/deadline?from=${today}&workingDays=7`);
    expect(calc.status(), 'the shipped calendar must cover the 7 working days after today').toBe(200);
    const due = ((await calc.json()) as { due: string }).due;
    await expect.poll(async () => saved.getByTestId('directive-due-on').textContent(), { timeout: 15_000 }).toBe(due);
    expect(await saved.textContent()).toContain('无时限要求的，7个工作日内落实反馈');
    await keepScreenshot(supervisor, 'directive-registered');
    await saved.getByRole('button', { name: '查看并交办' }).click();
    await supervisor.waitForURL(/\/directives\/[0-9a-f-]{36}$/);
    const detailUrl = supervisor.url();
    await expectStatus(supervisor, '已立项');
    await step(supervisor, '交办', '交办', '交办', { label: '交办意见', text: '请于时限内办结并反馈。' });
    await expectStatus(supervisor, '已交办');

    // A second matter due today, registered through the API: yellow (due within 3 working days).
    const sup = await apiAs(base, SUPERVISOR.username, SUPERVISOR.password);
    const leadId = await nodeId(sup, base, 'department', LEAD, '市财政局');
    const urgent = await sup.request.post(`${base}/api/directives`, {
      headers: { 'x-csrf-token': sup.csrf },
      data: { supervisorNodeId: cityId, source: 'superior_instruction', title: `当日反馈事项 ${Date.now()}`, content: '按来文要求当日反馈。', leadNodeId: leadId, dueOn: today },
    });
    expect(urgent.status()).toBe(201);
    expect(((await urgent.json()) as { light: string }).light).toBe('yellow');

    await supervisor.goto(`${base}/directives/board`);
    await boardCell(supervisor, '绿灯', 1).waitFor();
    await boardCell(supervisor, '黄灯', 1).waitFor();
    // The demo city's 国库科 has a matter past its limit since the seed (see server/src/db/seed/demo-work.ts): red.
    await supervisor.getByRole('link', { name: '国库科 红灯 1 件', exact: true }).waitFor();
    await keepScreenshot(supervisor, 'directive-board');
    // A count opens the list filtered to it: the yellow one, shown with its light in words.
    await boardCell(supervisor, '黄灯', 1).click();
    await supervisor.waitForURL(/\/directives\?.*light=yellow/);
    const yellowRow = supervisor.getByRole('row', { name: /当日反馈事项/ });
    await yellowRow.getByText('黄灯', { exact: true }).waitFor();
    expect(await supervisor.getByRole('row', { name: new RegExp(title) }).count()).toBe(0);

    // ── the 承办 科室 on a phone: 签收, 报告进展, 办结 ──
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const handler = await phone.newPage();
    await loginAs(handler, base, HANDLER, DEMO_PASSWORD);
    await handler.waitForURL((url) => url.pathname === '/');
    await handler.goto(`${base}/directives`);
    const card = handler.getByRole('region', { name: '需要本单位办理' }).locator('.ant-card', { hasText: title });
    await card.getByText('待签收', { exact: true }).waitFor();
    await card.getByText('绿灯', { exact: true }).waitFor();
    await keepScreenshot(handler, 'directive-inbox-phone');
    await card.getByRole('link', { name: title }).click();
    await handler.waitForURL(detailUrl);
    await step(handler, '签收', '签收', '签收');
    await expectStatus(handler, '已签收');
    await step(handler, '报告进展', '报告进展', '报告', { label: '进展情况', text: '已梳理执行偏慢项目12个，正在逐项对接主管部门。' });
    await expectStatus(handler, '办理中');
    await step(handler, '办结', '办结', '报办结', { label: '办理结果', text: '已形成整改措施清单。' });
    await expectStatus(handler, '已办结待审核');

    // ── the supervisor sends it back once, with the reason ──
    const reason = '措施清单缺少完成时限和责任人，请补充后再报。';
    await supervisor.goto(detailUrl);
    await step(supervisor, '退回', '审核退回', '退回', { label: '退回理由', text: reason });
    await expectStatus(supervisor, '办理中');
    await supervisor.locator('[data-testid="directive-event"][data-action="rejected"]', { hasText: reason }).waitFor();

    await handler.reload();
    await step(handler, '办结', '办结', '报办结', { label: '办理结果', text: '已补充完成时限和责任人，措施清单见附件。' });
    await expectStatus(handler, '已办结待审核');

    // ── 审核通过, 销号 ──
    await supervisor.reload();
    await step(supervisor, '审核通过', '审核通过，销号', '销号');
    await expectStatus(supervisor, '已销号');
    const actions = await supervisor.getByTestId('directive-event').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-action')));
    expect(actions).toEqual(['registered', 'assigned', 'signed', 'reported', 'completed', 'rejected', 'completed', 'closed']);
    const history = (await supervisor.locator('.ant-timeline').textContent()) ?? '';
    expect(history).toContain(reason);
    expect(history).toContain('督查室干部');
    await keepScreenshot(supervisor, 'directive-closed');

    await supervisor.goto(`${base}/directives/board`);
    await boardCell(supervisor, '已销号', 1).waitFor();
    await boardCell(supervisor, '黄灯', 1).waitFor();
    await handler.goto(detailUrl);
    await expectStatus(handler, '已销号');
    await phone.close();
    await desk.close();
  });
});
