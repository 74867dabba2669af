import type { AppContext } from './context';
import { createFirstAdminIfNone, ensureBuiltinRoles } from './db/seed/bootstrap';
import { isDatabaseEmpty } from './db/seed/database-state';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './db/seed/demo-city';
import { seedDemo } from './db/seed/seed-demo';
import { seedDemoWork } from './db/seed/demo-work';
import { seedCalendar } from './modules/calendar/calendar.seed';
import { failAbandonedImports } from './modules/imports/import-jobs.service';

export interface StartupReport {
  demoSeeded: boolean;
  firstAdmin: { username: string; password: string } | null;
}

/**
 * What a start does to the database after migrating: re-apply built-in roles, add the shipped
 * calendar years not there yet, seed the demo city (embedded default on an empty database only),
 * or else create the first administrator.
 */
export async function prepareDatabase(ctx: AppContext, options: { embedded: boolean }): Promise<StartupReport> {
  await ensureBuiltinRoles(ctx.db);
  await seedCalendar(ctx.db);
  await failAbandonedImports(ctx.db);
  let demoSeeded = false;
  if (options.embedded && ctx.config.demo !== 'false' && (await isDatabaseEmpty(ctx.db))) {
    demoSeeded = (await seedDemo(ctx.db)).seeded;
    if (demoSeeded) await seedDemoWork(ctx);
  }
  const firstAdmin = demoSeeded ? null : await createFirstAdminIfNone(ctx.db);
  return { demoSeeded, firstAdmin };
}

/** The start-up banner. Passwords go to the terminal once, never into the log. */
export function printStartupBanner(report: StartupReport, url: string, demo: boolean): void {
  const lines = ['', `模范机关建设平台已启动：${url}`];
  if (report.firstAdmin) {
    lines.push(
      '',
      '首次启动：已创建系统管理员账号（一次性密码，仅显示这一次，首次登录须修改）',
      `  用户名：${report.firstAdmin.username}`,
      `  一次性密码：${report.firstAdmin.password}`,
    );
  }
  if (demo) {
    lines.push('', `演示环境（数据均为虚构）。演示账号的密码均为：${DEMO_PASSWORD}`);
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.username.padEnd(10)} ${a.label}`);
  }
  lines.push('');
  process.stdout.write(`${lines.join('\n')}\n`);
}
