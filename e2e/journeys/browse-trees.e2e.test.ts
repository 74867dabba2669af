import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { keepScreenshot, launchBrowser, loginAs } from '../browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DEMO_PASSWORD = 'Mofan@2026';

/** A tree node whose title starts with the name (the kind label follows it). */
function treeNode(page: Page, name: string) {
  return page.locator('.ant-tree-treenode').filter({ has: page.locator('.ant-tree-title', { hasText: new RegExp(`^${name}\\s`) }) }).first();
}

/** Opens a tree node's children by its switcher (the tree loads them lazily). */
async function expand(page: Page, name: string): Promise<void> {
  await treeNode(page, name).locator('.ant-tree-switcher').click();
}

async function select(page: Page, name: string): Promise<void> {
  await treeNode(page, name).locator('.ant-tree-title').click();
}

describe('a 工委 official browses both trees of the demo city', () => {
  it('walks the admin tree to a unit and the party tree to a branch, with their people', async () => {
    const base = inject('demoBaseUrl');
    const page = await browser.newPage();
    await loginAs(page, base, 'gongwei', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByText('演示环境').first().waitFor();

    await page.goto(`${base}/org/admin`);
    await treeNode(page, '示范市').waitFor();
    await expand(page, '示范市');
    await select(page, '市财政局');
    await page.getByRole('main').getByRole('table').getByRole('row').nth(1).waitFor();
    await expect(page.getByRole('main').textContent()).resolves.toContain('市财政局');
    await keepScreenshot(page, 'org-admin-tree');

    // The party tree has a root per unit: find the branch by name, then the tree opens down to it.
    await page.goto(`${base}/org/party`);
    await page.locator('.ant-tree-title').first().waitFor();
    await page.getByPlaceholder('搜索组织名称').fill('市财政局机关第一党支部');
    await page.getByPlaceholder('搜索组织名称').press('Enter');
    await page.getByRole('list', { name: '搜索结果' }).getByRole('link', { name: /市财政局机关第一党支部/ }).click();
    const detail = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '市财政局机关第一党支部' }) });
    await detail.waitFor();
    await detail.locator('.ant-breadcrumb', { hasText: '市财政局机关党委' }).waitFor();
    await page.getByRole('main').getByRole('table').getByRole('row').nth(1).waitFor();
    const people = (await page.getByRole('main').getByRole('table').last().textContent()) ?? '';
    expect(people).toContain('中共');
    await page.locator('.ant-tree-treenode-selected', { hasText: '市财政局机关第一党支部' }).waitFor();
    await keepScreenshot(page, 'org-party-tree');
    await page.close();
  });
});
