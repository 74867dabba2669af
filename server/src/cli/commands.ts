import path from 'node:path';
import { loadConfig } from '../env';
import { writeBackup } from '../db/backup/backup';
import { restoreBackup } from '../db/backup/restore';
import { countAppliedMigrations } from '../db/backup/tables';
import { runMigrations } from '../db/migrate';
import { type OpenedDatabase, openDatabase } from '../db/open';
import { createAdmin, createFirstAdminIfNone, ensureBuiltinRoles, resetPasswordFromCli } from '../db/seed/bootstrap';
import { isDatabaseEmpty } from '../db/seed/database-state';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed/demo-city';
import { seedDemo } from '../db/seed/seed-demo';
import { seedDemoWork } from '../db/seed/demo-work';
import { findUserByUsername } from '../modules/auth/auth.repository';
import { recomputeStale } from '../modules/compliance/recompute-stale';
import {
  CalendarNotCoveredError,
  DEADLINE_MAX_DAYS,
  DEADLINE_MAX_MONTHS,
  DEADLINE_MAX_WORKING_DAYS,
  type DeadlineUnit,
  isValidIsoDate,
  shanghaiDate,
} from '@mofan/shared';
import { loadWorkingCalendar } from '../modules/calendar/calendar.repository';
import { seedCalendar } from '../modules/calendar/calendar.seed';
import { computeDeadline } from '../modules/calendar/deadline';
import { BUILTIN_ROLES } from '../modules/access/access.rules';
import { type OptionSpec, type ParsedArgs, UsageError, parseArgs, stringOption } from './args';

export interface CliIo {
  /** Results: what the operator asked for (a one-time password goes here, once). */
  out(line: string): void;
  /** Progress and errors. */
  err(line: string): void;
}

interface CommandContext {
  env: NodeJS.ProcessEnv;
  io: CliIo;
  /** Where relative paths are taken from: the folder `npm`/`npx` was started in. */
  baseDir: string;
}

interface Command {
  name: string;
  usage: string;
  summary: string;
  details: string[];
  options: OptionSpec;
  positionals: { min: number; max: number; names: string };
  run(ctx: CommandContext, args: ParsedArgs): Promise<void>;
}

/** A failure the operator can act on: printed as it is, exit status 1. */
export class CliError extends Error {}

const COMMANDS: Command[] = [
  {
    name: 'migrate',
    usage: 'mofan migrate',
    summary: '应用尚未执行的数据库迁移',
    details: ['应用启动时也会自动迁移；升级后、恢复备份前可单独运行。'],
    options: {},
    positionals: { min: 0, max: 0, names: '' },
    async run(ctx) {
      await withDatabase(ctx, { migrate: false }, async (opened) => {
        const before = await countAppliedMigrations(opened.database.pool);
        await runMigrations(opened.url);
        const after = await countAppliedMigrations(opened.database.pool);
        ctx.io.out(after === before ? `数据库已是最新：共 ${after} 个迁移，无需应用` : `数据库迁移完成：本次应用 ${after - before} 个迁移，共 ${after} 个`);
      });
    },
  },
  {
    name: 'seed',
    usage: 'mofan seed [--demo]',
    summary: '写入内置角色；没有任何账号时创建首个系统管理员（一次性密码只显示这一次）',
    details: ['--demo  写入演示数据“示范市”（约 20 个单位、1000 名人员和各角色的演示账号）；只写入空数据库，已有数据时拒绝执行'],
    options: { demo: 'flag' },
    positionals: { min: 0, max: 0, names: '' },
    async run(ctx, args) {
      await withDatabase(ctx, { migrate: true }, async ({ database: { db }, config }) => {
        if (args.options.demo) {
          // Checked before anything is written: seeding never touches a database that already has data.
          if (!(await isDatabaseEmpty(db))) throw alreadyHasData();
          await ensureBuiltinRoles(db);
          const result = await seedDemo(db);
          if (!result.seeded) throw alreadyHasData();
          await seedCalendar(db);
          await seedDemoWork({ db, config, now: () => new Date(), log: { info: () => undefined, warn: () => undefined, error: () => undefined } });
          ctx.io.out(`已写入演示数据（数据均为虚构）：${result.units} 个单位、${result.people} 名人员`);
          ctx.io.out(`演示账号的密码均为：${DEMO_PASSWORD}`);
          for (const a of DEMO_ACCOUNTS) ctx.io.out(`  ${a.username.padEnd(10)} ${a.label}`);
          return;
        }
        await ensureBuiltinRoles(db);
        ctx.io.out(`内置角色已就绪（${BUILTIN_ROLES.length} 个）`);
        const admin = await createFirstAdminIfNone(db);
        if (!admin) {
          ctx.io.out('数据库中已有账号：未创建管理员（如需新管理员请用 mofan create-admin）');
          return;
        }
        ctx.io.out('已创建系统管理员账号（一次性密码，仅显示这一次，首次登录须修改）');
        ctx.io.out(`  用户名：${admin.username}`);
        ctx.io.out(`  一次性密码：${admin.password}`);
      });
    },
  },
  {
    name: 'create-admin',
    usage: 'mofan create-admin --username 用户名 --password 密码',
    summary: '创建系统管理员（全局范围）',
    details: ['密码须符合口令策略（PASSWORD_MIN_LENGTH / PASSWORD_MIN_CLASSES），且不得包含用户名。'],
    options: { username: 'string', password: 'string' },
    positionals: { min: 0, max: 0, names: '' },
    async run(ctx, args) {
      const username = requireOption(args, 'username');
      const password = requireOption(args, 'password');
      await withDatabase(ctx, { migrate: true }, async ({ database: { db }, config }) => {
        await ensureBuiltinRoles(db);
        await createAdmin(db, username, password, config.passwordPolicy).catch(asCliError);
        ctx.io.out(`已创建系统管理员：${username.trim().toLowerCase()}`);
      });
    },
  },
  {
    name: 'reset-password',
    usage: 'mofan reset-password --username 用户名 [--password 新密码]',
    summary: '重置账号密码；不给 --password 时生成一次性密码（仅显示这一次，首次登录须修改）',
    details: ['同时解除登录锁定，并使该账号已登录的会话失效。'],
    options: { username: 'string', password: 'string' },
    positionals: { min: 0, max: 0, names: '' },
    async run(ctx, args) {
      const username = requireOption(args, 'username');
      const password = stringOption(args, 'password');
      await withDatabase(ctx, { migrate: true }, async ({ database: { db }, config }) => {
        const oneTime = await resetPasswordFromCli(db, username, password, config.passwordPolicy).catch(asCliError);
        const name = username.trim().toLowerCase();
        if (oneTime) {
          ctx.io.out(`已重置 ${name} 的密码（一次性密码，仅显示这一次，登录后须修改）`);
          ctx.io.out(`  一次性密码：${oneTime}`);
        } else {
          ctx.io.out(`已设置 ${name} 的新密码`);
        }
        const user = await findUserByUsername(db, name);
        if (user && !user.isActive) ctx.io.err(`注意：账号 ${name} 已停用，启用后才能登录`);
      });
    },
  },
  {
    name: 'backup',
    usage: 'mofan backup 文件',
    summary: '把全部数据（会话除外）备份到文件（gzip 压缩的 JSON Lines）',
    details: ['应用运行时也可备份：所有数据表取自同一时刻。文件写完整后才出现在目标位置；同名文件会被替换。'],
    options: {},
    positionals: { min: 1, max: 1, names: '文件' },
    async run(ctx, args) {
      const file = path.resolve(ctx.baseDir, args.positionals[0]!);
      await withDatabase(ctx, { migrate: false }, async ({ database }) => {
        const result = await writeBackup(database.pool, file);
        ctx.io.out(`备份完成：${result.file}`);
        ctx.io.out(`  ${describeRows(result.rows)}；数据库结构：${result.migrations} 个迁移`);
      });
    },
  },
  {
    name: 'recompute',
    usage: 'mofan recompute [--year 年度] [--all]',
    summary: '重新计算各单位的制度要求落实情况（默认只算尚未计算或已过期的单位）',
    details: [
      '--year  年度，默认今年',
      '--all   全部单位重新计算（升级或恢复备份后通常不必：读取时会自动补算）',
      '应用启动时会在后台补算；台账、人员、任职变化时会自动更新，一般无需手动运行。',
    ],
    options: { year: 'string', all: 'flag' },
    positionals: { min: 0, max: 0, names: '' },
    async run(ctx, args) {
      const yearText = stringOption(args, 'year') ?? shanghaiDate(new Date()).slice(0, 4);
      if (!/^\d{4}$/.test(yearText) || Number(yearText) < 2000 || Number(yearText) > 2100) throw new UsageError('--year 须为 2000 至 2100 之间的年份，如 2026');
      await withDatabase(ctx, { migrate: true }, async ({ database: { db }, url }) => {
        const report = await recomputeStale(db, url, Number(yearText), { all: args.options.all === true });
        ctx.io.out(`${yearText} 年落实情况已计算：${report.units - report.failed.length} 个单位，用时 ${(report.ms / 1000).toFixed(1)} 秒`);
        for (const f of report.failed) ctx.io.err(`  单位 ${f.unitId} 计算失败：${f.error}`);
        if (report.failed.length > 0) throw new CliError(`${report.failed.length} 个单位计算失败`);
      });
    },
  },
  {
    name: 'deadline',
    usage: 'mofan deadline --from 日期 --working-days|--days|--months N',
    summary: '按工作日历（含调休）计算期限，输出届满日 YYYY-MM-DD',
    details: [
      '--from          起算日 YYYY-MM-DD（当日不计）',
      '--working-days  N 个工作日：节假日不计，调休上班日计入',
      '--days          N 日：届满日为节假日或周末的，顺延至其后第一个工作日',
      '--months        N 个月：没有对应日的以该月最后一日为届满日，遇节假日同样顺延',
      '三者只能给出一个。期限涉及工作日历尚未包含的年度时拒绝计算（退出状态 1），不会按周一至周五推算。',
    ],
    options: { from: 'string', 'working-days': 'string', days: 'string', months: 'string' },
    positionals: { min: 0, max: 0, names: '' },
    async run(ctx, args) {
      const { from, unit, count } = deadlineArgs(args);
      await withDatabase(ctx, { migrate: true }, async ({ database: { db } }) => {
        // As a start does: a database that was never started still gets the shipped years.
        await seedCalendar(db);
        try {
          ctx.io.out(computeDeadline(await loadWorkingCalendar(db), from, unit, count).due);
        } catch (error) {
          if (error instanceof CalendarNotCoveredError) throw new CliError(error.message);
          throw error;
        }
      });
    },
  },
  {
    name: 'restore',
    usage: 'mofan restore 文件 [--yes]',
    summary: '用备份文件替换数据库的全部内容（在一个事务中完成，失败则不做任何修改）',
    details: [
      '--yes  数据库已有数据时确认替换（不加则拒绝执行）',
      '备份须来自相同的数据库结构版本（迁移数一致）：必要时先运行 mofan migrate。恢复后所有人需重新登录。',
    ],
    options: { yes: 'flag' },
    positionals: { min: 1, max: 1, names: '文件' },
    async run(ctx, args) {
      const file = path.resolve(ctx.baseDir, args.positionals[0]!);
      await withDatabase(ctx, { migrate: false }, async ({ database }) => {
        const result = await restoreBackup(database.pool, file, { replaceExisting: args.options.yes === true });
        ctx.io.out(`恢复完成：${file}（备份时间 ${formatInstant(result.header.createdAt)}）`);
        ctx.io.out(`  ${describeRows(result.rows)}`);
      });
    },
  },
];

const DEADLINE_OPTIONS: { option: string; unit: DeadlineUnit; max: number }[] = [
  { option: 'working-days', unit: 'workingDays', max: DEADLINE_MAX_WORKING_DAYS },
  { option: 'days', unit: 'days', max: DEADLINE_MAX_DAYS },
  { option: 'months', unit: 'months', max: DEADLINE_MAX_MONTHS },
];

/** `--from` and exactly one of the limits, checked before the database is opened. */
function deadlineArgs(args: ParsedArgs): { from: string; unit: DeadlineUnit; count: number } {
  const from = requireOption(args, 'from');
  if (!isValidIsoDate(from)) throw new UsageError(`--from 须为有效日期 YYYY-MM-DD，如 2025-09-26（收到 ${from}）`);
  const given = DEADLINE_OPTIONS.filter((o) => stringOption(args, o.option) !== undefined);
  if (given.length === 0) throw new UsageError('缺少期限：--working-days、--days、--months 须给出其中一个');
  if (given.length > 1) throw new UsageError(`--working-days、--days、--months 只能给出一个（收到 ${given.map((o) => `--${o.option}`).join('、')}）`);
  const { option, unit, max } = given[0]!;
  const text = stringOption(args, option)!;
  if (!/^\d+$/.test(text) || Number(text) > max) throw new UsageError(`--${option} 须为 0 至 ${max} 的整数（收到 ${text}）`);
  return { from, unit, count: Number(text) };
}

function alreadyHasData(): CliError {
  return new CliError('数据库中已有数据：演示数据只写入空数据库，不会改动已有数据。需要演示环境时请使用新的数据目录（DATA_DIR）或空数据库');
}

function requireOption(args: ParsedArgs, name: string): string {
  const value = stringOption(args, name);
  if (value === undefined) throw new UsageError(`缺少选项 --${name}`);
  return value;
}

/** The bootstrap functions throw plain Errors whose messages are meant for the operator. */
function asCliError(error: unknown): never {
  throw error instanceof Error ? new CliError(error.message) : error;
}

function describeRows(rows: Record<string, number>): string {
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  return `共 ${total} 行（人员 ${rows.people ?? 0}、组织 ${rows.org_nodes ?? 0}、账号 ${rows.users ?? 0}、审计日志 ${rows.audit_log ?? 0}）`;
}

function formatInstant(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('zh-CN', { hour12: false });
}

async function withDatabase(
  ctx: CommandContext,
  options: { migrate: boolean },
  fn: (opened: OpenedDatabase & { config: ReturnType<typeof loadConfig> }) => Promise<void>,
): Promise<void> {
  const config = loadConfig(ctx.env);
  const verbose = config.logLevel === 'debug' || config.logLevel === 'trace';
  ctx.io.err(config.databaseUrl ? '使用外部 PostgreSQL（DATABASE_URL）' : `使用内置 PostgreSQL，数据目录 ${config.dataDir}`);
  const opened = await openDatabase(config, (m) => (verbose ? ctx.io.err(m) : undefined), { shareRunning: true, migrate: options.migrate });
  if (opened.embedded && !opened.embedded.owned) ctx.io.err('已连接到正在运行的应用所用的内置数据库（完成后保持其运行）');
  try {
    await fn({ ...opened, config });
  } finally {
    await opened.close();
  }
}

/** Columns a string takes in a terminal: CJK characters are two wide. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return width;
}

function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => displayWidth(c.usage) - 'mofan '.length));
  return [
    '模范机关建设平台 命令行工具',
    '',
    '用法：mofan <命令> [选项]',
    '',
    '命令：',
    ...COMMANDS.map((c) => `  ${padDisplay(c.usage.slice('mofan '.length), width + 2)}${c.summary}`),
    '',
    '  mofan <命令> --help 显示该命令的说明',
    '',
    '配置与应用相同：设置 DATABASE_URL 时使用该 PostgreSQL；否则使用 DATA_DIR（默认 ./data）下的内置',
    'PostgreSQL——若 npm start 正在运行则直接连接它，否则在命令执行期间临时启动。',
  ].join('\n');
}

function commandHelp(command: Command): string {
  return [`用法：${command.usage}`, '', command.summary, ...(command.details.length > 0 ? ['', ...command.details] : [])].join('\n');
}

/** Runs one command line; returns the exit status (0 success, 1 failure, 2 usage error). */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`未知命令：${name}`);
    io.err('运行 mofan --help 查看可用命令');
    return 2;
  }
  let args: ParsedArgs;
  try {
    args = parseArgs(rest, command.options);
    if (args.options.help) {
      io.out(commandHelp(command));
      return 0;
    }
    const { min, max, names } = command.positionals;
    if (args.positionals.length < min) throw new UsageError(`缺少参数：${names}`);
    if (args.positionals.length > max) throw new UsageError(`多余的参数：${args.positionals.slice(max).join(' ')}`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`参数有误：${error.message}`);
    io.err(`用法：${command.usage}`);
    return 2;
  }
  try {
    await command.run({ env, io, baseDir: env.INIT_CWD ?? process.cwd() }, args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`参数有误：${error.message}`);
      io.err(`用法：${command.usage}`);
      return 2;
    }
    io.err(`${command.name} 失败：${error instanceof Error ? error.message || String(error) : String(error)}`);
    return 1;
  }
}
