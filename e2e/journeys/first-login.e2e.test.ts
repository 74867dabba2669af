import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { keepScreenshot, launchBrowser, loginAs } from '../browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('first start: the administrator signs in with the one-time password', () => {
  it('is made to change it, then works with the new one', async () => {
    const base = inject('freshBaseUrl');
    const oneTimePassword = inject('freshAdminPassword');
    const page = await browser.newPage();

    await page.goto(`${base}/`);
    await page.waitForURL(/\/login/);
    await keepScreenshot(page, 'login');
    await loginAs(page, base, 'admin', oneTimePassword);
    await page.waitForURL(/\/change-password/);

    const newPassword = 'Mofan#First2026';
    await page.getByLabel('当前密码').fill(oneTimePassword);
    await page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await page.getByLabel('确认新密码').fill(newPassword);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByText('系统管理员').first().waitFor();
    await keepScreenshot(page, 'home-after-first-login');

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/login/);
    await loginAs(page, base, 'admin', oneTimePassword);
    await page.getByRole('alert').getByText('用户名或密码错误').waitFor();
    await loginAs(page, base, 'admin', newPassword);
    await page.waitForURL((url) => url.pathname === '/');
    const me = await page.evaluate(async () => (await fetch('/api/me')).json() as Promise<{ username: string; mustChangePassword: boolean }>);
    expect(me).toMatchObject({ username: 'admin', mustChangePassword: false });
    await page.close();
  });
});
