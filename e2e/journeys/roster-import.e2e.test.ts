import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { computeIdCardCheckChar, ROSTER_COLUMNS } from '@mofan/shared';
import { keepScreenshot, launchBrowser, loginAs } from '../browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function idCard(birth: string, seq: string): string {
  const first17 = `360102${birth}${seq}`;
  return first17 + computeIdCardCheckChar(first17);
}

/** Ten rows for 市财政局: seven good, three broken (checksum, unknown 科室, a 党员 without 入党日期). */
async function rosterFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(ROSTER_COLUMNS.map((c) => c.header));
  for (let i = 0; i < 7; i++) {
    ws.addRow([`导入测试${i}`, '', idCard(`1990010${i + 1}`, '731'), '汉族', '', '预算科', '科员', '2016-07-01', '群众', '', '', '', '']);
  }
  ws.addRow(['坏校验位', '', '360102199001011230', '汉族', '', '预算科', '科员', '', '群众', '', '', '', '']);
  ws.addRow(['无此科室', '', idCard('19910101', '741'), '汉族', '', '不存在科', '科员', '', '群众', '', '', '', '']);
  ws.addRow(['缺入党日期', '', idCard('19920101', '751'), '汉族', '', '预算科', '科员', '', '中共党员', '第一党支部', '', '', '2015-01-01']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('a unit clerk imports a roster with errors', () => {
  it('imports the good rows and lists each bad one by row and column', async () => {
    const base = inject('demoBaseUrl');
    const page = await browser.newPage();
    await loginAs(page, base, 'danwei', 'Mofan@2026');
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`${base}/roster/import`);

    await page.getByLabel('单位').click();
    await page.getByLabel('单位').fill('市财政局');
    await page.locator('.ant-select-item-option', { hasText: '市财政局' }).first().click();
    await page.locator('input[type=file]').setInputFiles({
      name: '花名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await rosterFile(),
    });

    await page.getByText('已处理 10 行').waitFor({ timeout: 30_000 });
    const report = (await page.getByRole('main').textContent()) ?? '';
    expect(report).toMatch(/成功导入\s*7\s*人/);
    expect(report).toMatch(/有问题的行\s*3\s*行/);
    expect(report).toContain('身份证号校验位错误');
    expect(report).toContain('本单位没有该科室');
    expect(report).toContain('党员须填写入党日期');
    const errorRows = page.getByRole('main').getByRole('table').last().getByRole('row');
    await expect(errorRows.count()).resolves.toBe(4);
    await expect(errorRows.nth(1).textContent()).resolves.toContain('9');
    await keepScreenshot(page, 'roster-import-report');
    await page.close();
  });
});
