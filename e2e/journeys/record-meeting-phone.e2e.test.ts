import type { APIRequestContext, Browser, Page } from 'playwright-core';
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
const BRANCH = '市财政局机关第一党支部';

/** The 大排查 cell of the branch's 主题党日 this month; its accessible name carries the status. */
async function themeDayCell(page: Page, base: string): Promise<string> {
  await page.goto(`${base}/compliance`);
  await page.getByRole('tab', { name: '组织生活大排查' }).click();
  const month = Number(shanghaiDate(new Date()).slice(5, 7));
  const cell = page.getByRole('img', { name: new RegExp(`^${BRANCH} 主题党日 ${month}月 `) });
  await cell.waitFor();
  return (await cell.getAttribute('aria-label')) ?? '';
}

/** A signed-in API client of its own (a second person at another desk). */
async function apiAs(base: string, username: string, password: string): Promise<{ request: APIRequestContext; csrf: string }> {
  const context = await browser.newContext();
  const res = await context.request.post(`${base}/api/auth/login`, { data: { username, password } });
  expect(res.status()).toBe(200);
  return { request: context.request, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

describe('a 支部书记 records a meeting on a phone', () => {
  it("turns the branch's grid cell green, and a user of another unit cannot see the record", async () => {
    const base = inject('demoBaseUrl');
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await loginAs(page, base, 'shuji', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');

    // The reminders bell fits the phone header and opens its drawer (its items depend on today's date).
    const bell = page.getByTestId('warnings-bell');
    const box = await bell.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await bell.click();
    const reminders = page.getByRole('dialog', { name: '提醒' });
    await reminders.getByText(/统计截至/).waitFor();
    await keepScreenshot(page, 'warnings-phone');
    await reminders.getByRole('button', { name: '关闭' }).click();
    await reminders.waitFor({ state: 'hidden' });

    expect(await themeDayCell(page, base)).toMatch(/未到期/);
    // The unit is named even though a 支部书记 cannot read the unit node itself.
    const unitPicker = page.locator('.ant-select', { has: page.locator('#compliance-unit') });
    await expect.poll(async () => unitPicker.textContent(), { timeout: 15_000 }).toContain('市财政局');
    expect(await unitPicker.textContent()).not.toContain('加载中');

    await page.goto(`${base}/records/new`);
    await page.getByLabel('活动类型').click();
    await page.locator('.ant-select-item-option', { hasText: /^主题党日$/ }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel('所属组织').click();
    await page.getByLabel('所属组织').fill('第一党支部');
    await page.locator('.ant-select-item-option', { hasText: BRANCH }).first().click();
    await page.getByLabel('日期').click();
    await page.locator('.ant-picker-dropdown').getByText('今天').click();
    await page.getByLabel('主题', { exact: true }).fill('学习贯彻全会精神');
    await keepScreenshot(page, 'record-form-phone');
    await page.getByRole('button', { name: '登记' }).click();
    await page.waitForURL(/\/records\/[0-9a-f-]{36}$/);
    const recordId = page.url().split('/').at(-1)!;

    expect(await themeDayCell(page, base)).toMatch(/已完成/);
    await keepScreenshot(page, 'branch-grid-phone');

    // Another unit's administrator: the record and the unit's views stay out of reach.
    const admin = await apiAs(base, 'admin', DEMO_PASSWORD);
    const unitOf = async (name: string) => {
      const res = await admin.request.get(`${base}/api/org/nodes?kind=unit&q=${encodeURIComponent(name)}`);
      return ((await res.json()) as { items: { id: string }[] }).items[0]!.id;
    };
    const [education, finance] = [await unitOf('市教育局'), await unitOf('市财政局')];
    const roles = (await (await admin.request.get(`${base}/api/roles`)).json()) as { id: string; code: string }[];
    const created = await admin.request.post(`${base}/api/users`, { headers: { 'x-csrf-token': admin.csrf }, data: { username: 'jiaoyu', displayName: '教育局管理员' } });
    expect(created.status()).toBe(201);
    const { user, oneTimePassword } = (await created.json()) as { user: { id: string }; oneTimePassword: string };
    const grant = await admin.request.post(`${base}/api/users/${user.id}/grants`, {
      headers: { 'x-csrf-token': admin.csrf },
      data: { roleId: roles.find((r) => r.code === 'unit_admin')!.id, scopeNodeId: education },
    });
    expect(grant.status()).toBe(201);
    const other = await apiAs(base, 'jiaoyu', oneTimePassword);
    const changed = await other.request.post(`${base}/api/auth/change-password`, { headers: { 'x-csrf-token': other.csrf }, data: { currentPassword: oneTimePassword, newPassword: 'Edu#Other2026x' } });
    expect(changed.status()).toBe(200);
    expect((await other.request.get(`${base}/api/records/${recordId}`)).status()).toBe(403);
    expect((await other.request.get(`${base}/api/compliance/units/${finance}/branch-grid`)).status()).toBe(403);
    const listed = (await (await other.request.get(`${base}/api/records?pageSize=200`)).json()) as { items: { id: string }[] };
    expect(listed.items.map((r) => r.id)).not.toContain(recordId);
    await context.close();
  });
});
