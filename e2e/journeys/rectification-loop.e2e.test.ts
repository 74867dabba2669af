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
/** The 工委 of 示范市: organises checks of the city's units and verifies their 整改. */
const INSPECTOR = 'gongwei';
/** The 市财政局's administrator: the unit checked, and the side responsible for the 整改. */
const UNIT_ADMIN = 'danwei';
const UNIT = '市财政局';
/** 工作不落实 · 虎头蛇尾: a tag no other journey uses, so the repeat flag is this journey's own. */
const TAG_SEARCH = '虎头蛇尾';
const TAG_LABEL = '工作不落实·虎头蛇尾';
const WORKING_DAYS = 5;

interface ApiUser {
  request: APIRequestContext;
}

/** A signed-in API client of its own, to ask what a page must not show. */
async function apiAs(base: string, username: string): Promise<ApiUser> {
  const context = await browser.newContext();
  const res = await context.request.post(`${base}/api/auth/login`, { data: { username, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
  return { request: context.request };
}

/** Picks an option of the antd Select labelled `label` inside `scope`, typing `search` first when given. */
async function choose(page: Page, scope: Locator, label: string, option: RegExp | string, search?: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  if (search) await input.fill(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** Runs one step of a detail page: its button, then the modal's submit button. */
async function step(page: Page, button: string, dialogName: string, submit: string, fill?: { label: string; text: string }): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.waitFor();
  if (fill) await dialog.getByLabel(fill.label, { exact: true }).fill(fill.text);
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function expectText(page: Page, testId: string, text: string): Promise<void> {
  await expect.poll(async () => page.getByTestId(testId).first().textContent(), { timeout: 15_000 }).toBe(text);
}

/** Fills the 登记问题 form (the node is chosen by the caller) and saves it; answers the dialog showing the result. */
async function registerProblem(page: Page, form: Locator, facts: string): Promise<Locator> {
  await form.getByLabel('问题事实', { exact: true }).fill(facts);
  await choose(page, form, '问题标签', new RegExp(`^${TAG_SEARCH}`), TAG_SEARCH);
  await page.keyboard.press('Escape');
  await form.getByText('较重', { exact: true }).click();
  await form.getByRole('button', { name: '登记', exact: true }).click();
  const saved = page.getByRole('dialog', { name: '已登记问题' });
  await saved.waitFor();
  return saved;
}

describe('a 工委 inspector finds a problem in an unannounced check and the unit rectifies it', () => {
  it('plans unseen, completes, tags, hands over with a working-day limit, rejects once, accepts; a second finding is a repeat', async () => {
    const base = inject('demoBaseUrl');
    const today = shanghaiDate(new Date());
    const title = `机关作风暗访 ${Date.now()}`;

    // ── the 工委 plans an unannounced check of the 市财政局, at a desk ──
    const desk = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const inspector = await desk.newPage();
    await loginAs(inspector, base, INSPECTOR, DEMO_PASSWORD);
    await inspector.waitForURL((url) => url.pathname === '/');
    await inspector.goto(`${base}/inspections`);
    await inspector.getByRole('heading', { name: '督查检查' }).waitFor();
    await inspector.getByRole('button', { name: /制定检查计划$/ }).click();
    const plan = inspector.getByRole('dialog', { name: '制定检查计划' });
    await plan.waitFor();
    // The 工委's own node organises unless another is picked.
    await expect.poll(async () => plan.locator('.ant-select', { has: inspector.locator('#organizerNodeId') }).textContent(), { timeout: 15_000 }).toContain('示范市');
    await choose(inspector, plan, '检查方式', /^暗访（四不两直）$/);
    // 暗访 is unannounced by definition: the switch follows the kind.
    expect(await plan.getByRole('switch').getAttribute('aria-checked')).toBe('true');
    await plan.getByLabel('名称', { exact: true }).fill(title);
    await plan.getByLabel('检查内容', { exact: true }).fill('按“四不两直”方式检查工作纪律和窗口服务。');
    await choose(inspector, plan, '被检查单位（科室）', new RegExp(`^${UNIT}$`), UNIT);
    await inspector.keyboard.press('Escape');
    await plan.getByRole('button', { name: '制定计划', exact: true }).click();
    await inspector.waitForURL(/\/inspections\/[0-9a-f-]{36}$/);
    const checkUrl = inspector.url();
    const checkId = checkUrl.split('/').pop()!;
    await expectText(inspector, 'inspection-status', '计划中');
    await inspector.getByText('暗访', { exact: true }).first().waitFor();

    // ── the unit's administrator does not learn of it before it is done ──
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const unit = await phone.newPage();
    await loginAs(unit, base, UNIT_ADMIN, DEMO_PASSWORD);
    await unit.waitForURL((url) => url.pathname === '/');
    await unit.goto(`${base}/inspections`);
    await unit.getByRole('heading', { name: '督查检查' }).waitFor();
    await unit.getByRole('list', { name: '督查检查' }).waitFor();
    expect(await unit.getByText(title).count()).toBe(0);
    const unitApi = await apiAs(base, UNIT_ADMIN);
    expect((await unitApi.request.get(`${base}/api/inspections/${checkId}`)).status()).toBe(404);
    const listed = (await (await unitApi.request.get(`${base}/api/inspections?q=${encodeURIComponent(title)}`)).json()) as { total: number };
    expect(listed.total).toBe(0);
    await unit.goto(checkUrl);
    await unit.getByText('未找到').waitFor();

    // ── done, with the result; then the problem found, tagged ──
    await step(inspector, '检查完成', '检查完成', '记录结果', { label: '检查结果', text: '窗口服务总体规范，个别科室工作布置后跟进不够。' });
    await expectText(inspector, 'inspection-status', '已完成');
    await inspector.getByRole('button', { name: '登记问题', exact: true }).click();
    const first = inspector.getByRole('dialog', { name: '登记问题' });
    await first.waitFor();
    // The check's only target is already chosen.
    expect(await first.locator('.ant-select', { has: inspector.locator('#targetNodeId') }).textContent()).toContain(UNIT);
    const saved = await registerProblem(inspector, first, '年初部署的窗口服务提升工作，二季度以来无人跟进，台账停在三月。');
    expect(await saved.getByTestId('saved-problem-tags').textContent()).toBe(TAG_LABEL);
    await saved.getByRole('button', { name: '查看并交付整改' }).click();
    await inspector.waitForURL(/\/problems\/[0-9a-f-]{36}$/);
    const problemUrl = inspector.url();
    await expectText(inspector, 'problem-status', '待整改');
    expect(await inspector.getByTestId('problem-tags').textContent()).toBe(TAG_LABEL);
    expect(await inspector.getByTestId('problem-flags').textContent()).toBe('');

    // ── 交付整改 with a limit in working days: the server counts them on the official calendar ──
    await inspector.getByRole('button', { name: '交付整改', exact: true }).click();
    const rectify = inspector.getByRole('dialog', { name: '交付整改' });
    await rectify.waitFor();
    await rectify.getByLabel('整改措施', { exact: true }).fill('明确专人跟进，建立周调度台账，每周五报送进展。');
    await rectify.getByLabel('整改重点', { exact: true }).fill('跟进机制');
    await rectify.getByLabel('整改时限', { exact: true }).fill(String(WORKING_DAYS));
    await rectify.getByRole('button', { name: '交付整改', exact: true }).click();
    await rectify.waitFor({ state: 'hidden' });
    const calc = await inspector.request.get(`${base}/api/calendar/deadline?from=${today}&workingDays=${WORKING_DAYS}`);
    expect(calc.status(), `the shipped calendar must cover the ${WORKING_DAYS} working days after today`).toBe(200);
    const due = ((await calc.json()) as { due: string }).due;
    await expectText(inspector, 'rectification-due-on', due);
    await expectText(inspector, 'rectification-status', '整改中');
    await expectText(inspector, 'rectification-light', '绿灯');
    await expectText(inspector, 'problem-status', '整改中');
    await keepScreenshot(inspector, 'rectification-handed-over');

    // ── the unit, on a phone: now it sees the check, reports and submits ──
    await unit.goto(`${base}/inspections`);
    await unit.getByRole('list', { name: '督查检查' }).getByText(title).waitFor();
    await unit.goto(problemUrl);
    await expectText(unit, 'rectification-status', '整改中');
    expect(await unit.getByRole('button', { name: '核验通过', exact: true }).count()).toBe(0);
    await step(unit, '报告整改进展', '报告整改进展', '报告', { label: '进展情况', text: '已明确办公室专人跟进，周调度台账已建立。' });
    await step(unit, '提交整改完成情况', '提交整改完成情况', '提交核验', { label: '整改完成情况', text: '周调度已连续运行两周。' });
    await expectText(unit, 'rectification-status', '已提交待核验');
    await keepScreenshot(unit, 'rectification-submitted-phone');

    // ── the inspector sends it back once, with the reason ──
    const reason = '只有两周记录，不足以说明长效机制，请补充制度文件。';
    await inspector.goto(problemUrl);
    await step(inspector, '核验退回', '核验退回', '退回', { label: '退回理由', text: reason });
    await expectText(inspector, 'rectification-status', '整改中');
    await inspector.locator('[data-testid="rectification-event"][data-action="reopened"]', { hasText: reason }).waitFor();

    await unit.reload();
    await step(unit, '提交整改完成情况', '提交整改完成情况', '提交核验', { label: '整改完成情况', text: '已印发《窗口服务跟进办法》，周调度纳入制度。' });
    await expectText(unit, 'rectification-status', '已提交待核验');

    // ── accepted: the 整改 and the problem are 销号, every step kept ──
    await inspector.reload();
    await step(inspector, '核验通过', '核验通过，销号', '销号');
    await expectText(inspector, 'rectification-status', '已销号');
    await expectText(inspector, 'problem-status', '已销号');
    const actions = await inspector.getByTestId('rectification-event').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-action')));
    expect(actions).toEqual(['created', 'progress', 'submitted', 'reopened', 'submitted', 'accepted']);
    const history = (await inspector.locator('.ant-timeline').textContent()) ?? '';
    expect(history).toContain(reason);
    expect(history).toContain('工委管理员');
    expect(history).toContain('单位管理员');
    expect(history).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
    await keepScreenshot(inspector, 'rectification-closed');

    // ── the 通报 of the check, as a Word file ──
    await inspector.goto(checkUrl);
    const [download] = await Promise.all([inspector.waitForEvent('download'), inspector.getByRole('button', { name: /督查通报$/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/督查通报\.docx$/);
    await keepScreenshot(inspector, 'inspection-done');

    // ── the same tag at the same unit again: flagged as a repeat ──
    await inspector.goto(`${base}/problems`);
    await inspector.getByRole('heading', { name: '问题与整改' }).waitFor();
    await inspector.getByRole('button', { name: /登记问题$/ }).click();
    const second = inspector.getByRole('dialog', { name: '登记问题' });
    await second.waitFor();
    await choose(inspector, second, '问题所在单位（科室）', new RegExp(`^${UNIT}（单位）$`), UNIT);
    const again = await registerProblem(inspector, second, '窗口服务跟进办法印发后一个月即停止周调度。');
    await again.getByText('再次出现', { exact: true }).waitFor();
    await again.getByRole('button', { name: '查看并交付整改' }).click();
    await inspector.waitForURL(/\/problems\/[0-9a-f-]{36}$/);
    await inspector.getByTestId('problem-flags').getByText('再次出现', { exact: true }).waitFor();
    await inspector.getByTestId('problem-flags').getByText('整改后反复', { exact: true }).waitFor();
    await inspector.getByTestId('problem-repeats').getByRole('link').first().waitFor();
    await keepScreenshot(inspector, 'problem-repeat');

    // The list, filtered to repeats of the tag, shows it with its flag.
    await inspector.goto(`${base}/problems?tag=nonimpl.fizzled&repeat=at_unit`);
    await inspector.getByRole('row', { name: /一个月即停止周调度/ }).getByText('再次出现', { exact: true }).waitFor();
    expect(await inspector.getByRole('row', { name: /台账停在三月/ }).count()).toBe(0);
    await keepScreenshot(inspector, 'problems-repeats-list');

    await phone.close();
    await desk.close();
  });
});
