import { CalendarNotCoveredError, addDays, type DirectiveDetail, isWorkingDay, shanghaiDate, type WorkingCalendar } from '@mofan/shared';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { loadEffectiveGrants } from '../../modules/access/access.service';
import type { Actor } from '../../modules/access/access.types';
import { loadWorkingCalendar } from '../../modules/calendar/calendar.repository';
import { acceptDirective, assignDirective, completeDirective, rejectDirective, reportProgress, signDirective, urgeDirective } from '../../modules/directives/directive-flow.service';
import { registerDirective } from '../../modules/directives/directives.service';
import { createItem } from '../../modules/tasks/task-items.service';
import { createPlan, issuePlan } from '../../modules/tasks/task-plans.service';
import { orgNodes, users } from '../schema/index';

/** A demo account as the services see it, with the grants its roles and posts give it. */
async function actorOf(ctx: AppContext, username: string): Promise<Actor> {
  const [user] = await ctx.db.select().from(users).where(eq(users.username, username));
  if (!user) throw new Error(`演示账号 ${username} 不存在`);
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    personId: user.personId,
    mustChangePassword: false,
    ip: null,
    grants: await loadEffectiveGrants(ctx.db, user.id, user.personId, ctx.now()),
  };
}

async function nodeNamed(ctx: AppContext, name: string, unitName: string): Promise<string> {
  const [unit] = await ctx.db.select({ id: orgNodes.id }).from(orgNodes).where(eq(orgNodes.name, unitName));
  const rows = await ctx.db.select({ id: orgNodes.id, unitId: orgNodes.unitId }).from(orgNodes).where(eq(orgNodes.name, name));
  const node = rows.find((r) => r.unitId === unit?.id);
  if (!node) throw new Error(`演示组织 ${unitName}${name} 不存在`);
  return node.id;
}

/** Services on a clock moved to a past working day, so the demo's steps happened when they say. */
function on(ctx: AppContext, date: string, hour = 10): AppContext {
  return { ...ctx, now: () => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`) };
}

/** The `n`-th working day before `date`. */
function workingDaysBefore(calendar: WorkingCalendar, date: string, n: number): string {
  let d = date;
  for (let left = n; left > 0; ) {
    d = addDays(d, -1);
    if (isWorkingDay(calendar, d)) left -= 1;
  }
  return d;
}

/**
 * The demo city's 督查督办 and task lists: directives at every step and light for 市财政局国库科
 * (one closed on time, one in hand, one due soon, one overdue and urged, one awaiting review after
 * a rejection), and the 工委's 重点任务指引 with the bureau's 年度工作要点. Made through the services
 * on moved clocks, so limits, histories and audit entries are what real use would leave. Skipped
 * when the calendar does not cover the dates (a start in a new year before its schedule is entered).
 */
export async function seedDemoWork(ctx: AppContext): Promise<boolean> {
  const calendar = await loadWorkingCalendar(ctx.db);
  const today = shanghaiDate(ctx.now());
  try {
    return await seed(ctx, calendar, today);
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) return false;
    throw error;
  }
}

async function seed(ctx: AppContext, calendar: WorkingCalendar, today: string): Promise<boolean> {
  const supervisor = await actorOf(ctx, 'gongwei');
  // The bureau's office handles for 国库科; 预算科 assists (its 科长 sees them as 协办).
  const handler = await actorOf(ctx, 'danwei');
  const city = (await ctx.db.select({ id: orgNodes.id }).from(orgNodes).where(eq(orgNodes.kind, 'city')))[0]?.id;
  if (!city) return false;
  const budget = await nodeNamed(ctx, '预算科', '市财政局');
  const treasury = await nodeNamed(ctx, '国库科', '市财政局');
  const bureau = (await ctx.db.select({ id: orgNodes.id }).from(orgNodes).where(eq(orgNodes.name, '市财政局')))[0]!.id;
  const daysAgo = (n: number) => workingDaysBefore(calendar, today, n);

  const register = async (date: string, title: string, content: string, extra: { dueOn?: string; urgency?: 'urgent'; instruction?: string } = {}) => {
    let d: DirectiveDetail = await registerDirective(on(ctx, date, 9), supervisor, {
      supervisorNodeId: city,
      source: 'leader_assignment',
      title,
      content,
      instruction: extra.instruction ?? '请抓紧办理，按时报送结果。',
      instructedBy: '市委常委、秘书长',
      leadNodeId: treasury,
      assistNodeIds: [budget],
      urgency: extra.urgency ?? 'normal',
      dueOn: extra.dueOn ?? null,
    });
    d = await assignDirective(on(ctx, date, 10), supervisor, d.id, { version: d.version });
    return d;
  };
  const sign = (date: string, d: DirectiveDetail) => signDirective(on(ctx, date, 11), handler, d.id, { version: d.version });
  const report = (date: string, d: DirectiveDetail, text: string) => reportProgress(on(ctx, date, 15), handler, d.id, { version: d.version, text });

  // Closed on time, five weeks ago.
  let closed = await register(daysAgo(25), '关于规范部门预算公开工作的督办', '对照预算公开清单，逐项核查本级部门预算公开情况，形成整改报告。');
  closed = await sign(daysAgo(24), closed);
  closed = await report(daysAgo(22), closed, '已完成62个部门的核查，发现问题5项，正在督促整改。');
  closed = await completeDirective(on(ctx, daysAgo(20)), handler, closed.id, { version: closed.version, result: '5项问题均已整改，已报送整改报告。' });
  await acceptDirective(on(ctx, daysAgo(19)), supervisor, closed.id, { version: closed.version });

  // In hand, green.
  let inHand = await register(daysAgo(2), '关于加快下达民生项目资金的督办', '梳理年内应下达的民生项目资金，制定下达计划，按月报告进度。');
  inHand = await sign(daysAgo(1), inHand);
  await report(today, inHand, '已梳理项目38个，下达计划已报局党组审定。');

  // Due within three working days: yellow.
  const soon = await register(daysAgo(5), '关于答复人大代表建议的督办', '办理第12号人大代表建议，与代表当面沟通后书面答复。');
  await sign(daysAgo(4), soon);

  // Overdue and urged: red.
  let late = await register(daysAgo(10), '关于清理暂付款的督办', '清理本级暂付款，提出分类处置意见。');
  late = await sign(daysAgo(9), late);
  await urgeDirective(on(ctx, daysAgo(1), 16), supervisor, late.id, { version: late.version, note: '已超过办理时限，请于本周内报送处置意见。' });

  // Rejected once, completed again: awaiting review.
  let review = await register(daysAgo(7), '关于简化财政资金拨付流程的督办', '梳理资金拨付环节，提出精简方案，明确办理时限。');
  review = await sign(daysAgo(7), review);
  review = await completeDirective(on(ctx, daysAgo(4)), handler, review.id, { version: review.version, result: '拨付环节由9个减为6个。' });
  review = await rejectDirective(on(ctx, daysAgo(3)), supervisor, review.id, { version: review.version, reason: '未明确各环节办理时限，请补充。' });
  await completeDirective(on(ctx, daysAgo(1)), handler, review.id, { version: review.version, result: '拨付环节由9个减为6个，各环节时限合计不超过5个工作日。' });

  // The 工委's 重点任务指引 and the bureau's 年度工作要点.
  const year = Number(today.slice(0, 4));
  const planClock = on(ctx, today);
  const guidance = await createPlan(planClock, supervisor, { nodeId: city, kind: 'guidance', title: `${year}年模范机关创建重点任务指引`, year });
  await createItem(planClock, supervisor, guidance.id, { title: '深化“五清”模范机关创建', dueOn: `${year}-12-15`, standard: '各单位制定创建方案，年底前完成自评并报送工委。' });
  await createItem(planClock, supervisor, guidance.id, { title: '开展“三个走在前列”作风建设专项行动', dueOn: `${year}-10-31`, standard: '每季度报告一次进展，问题清单整改率100%。' });
  await issuePlan(planClock, supervisor, guidance.id, guidance.version);
  const points = await createPlan(planClock, handler, { nodeId: bureau, kind: 'work_points', title: `市财政局${year}年工作要点`, year });
  await createItem(planClock, handler, points.id, { title: '编制下一年度部门预算', leadNodeId: budget, dueOn: `${year}-12-20`, standard: '按时报送市人大审议，一次性通过。' });
  await createItem(planClock, handler, points.id, { title: '推进预算绩效管理全覆盖', leadNodeId: budget, partnerNodeIds: [treasury], dueOn: `${year}-11-30`, standard: '重点项目绩效评价覆盖率100%，结果向社会公开。' });
  return true;
}
