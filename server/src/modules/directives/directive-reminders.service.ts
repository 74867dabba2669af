import type { DirectiveReminder, DirectiveReminderReason, DirectiveReminders } from '@mofan/shared';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { scopeCovers, scopeOf } from '../access/access.rules';
import type { Actor, Scope } from '../access/access.types';
import { todayOf } from '../people/people.service';
import { readingDay } from './directive-step';
import { notifyRobot, readRobot, redNoticeMessages } from './directive-robot';
import { type ReadingDay, presentSummary } from './directives.presenter';
import { type DirectiveSummaryRow, findHandlingCandidates, findRedUnnotified, findSupervisingCandidates, insertEvents, tryLockNoticeSweep } from './directives.repository';
import { hasAnyReach, reachOf } from './directives.rules';

/**
 * Reminders (in-app): what needs the signed-in user's attention now, computed when asked. And the
 * red-light notices the sweep pushes to the group robot, at most one per directive a day.
 */

function reaches(scope: Scope): boolean {
  return scope.all || scope.paths.length > 0;
}

function remindersOf(rows: DirectiveSummaryRow[], day: ReadingDay, reasonsOf: (row: DirectiveSummaryRow, d: DirectiveReminder['directive']) => DirectiveReminderReason[]): DirectiveReminder[] {
  return rows
    .map((row) => {
      const directive = presentSummary(row, day);
      return { directive, reasons: reasonsOf(row, directive) };
    })
    .filter((r) => r.reasons.length > 0);
}

export async function getReminders(ctx: AppContext, actor: Actor): Promise<DirectiveReminders> {
  if (!hasAnyReach(reachOf(actor))) throw forbidden('没有该操作的权限');
  const handle = scopeOf(actor, 'directives.handle');
  const supervise = scopeOf(actor, 'directives.supervise');
  const day = await readingDay(ctx);
  const [handlingRows, supervisingRows] = await Promise.all([
    reaches(handle) ? findHandlingCandidates(ctx.db, handle, day.light) : Promise.resolve([]),
    reaches(supervise) ? findSupervisingCandidates(ctx.db, supervise, day.light) : Promise.resolve([]),
  ]);
  const handling = remindersOf(handlingRows, day, (row, d) => {
    const reasons: DirectiveReminderReason[] = [];
    // Only the 承办 signs; a 协办 node is reminded of limits and urgings, not of signing.
    if (d.status === 'assigned' && scopeCovers(handle, row.leadPath)) reasons.push('awaiting_sign');
    if (d.light === 'red') reasons.push('overdue');
    if (d.light === 'yellow') reasons.push('due_soon');
    if (d.urgedAt) reasons.push('urged');
    if (d.nextReportDueOn && d.nextReportDueOn < day.light.greenFrom) reasons.push('report_due');
    return reasons;
  });
  const supervising = remindersOf(supervisingRows, day, (_row, d) => {
    const reasons: DirectiveReminderReason[] = [];
    if (d.status === 'completed') reasons.push('awaiting_review');
    if (d.light === 'red') reasons.push('overdue');
    if (d.pendingExtensionDueOn && d.status !== 'closed') reasons.push('extension_pending');
    return reasons;
  });
  return { today: day.light.today, handling, supervising };
}

/** At most this many directives are notified in one sweep; the rest wait for the next. */
const NOTICES_PER_SWEEP = 500;

/**
 * Pushes the directives that are red and not yet notified today to the group robot, recording a
 * 'notified' event for each (so a day has one notice per directive at most, across processes).
 * Nothing happens without a robot: the in-app reminders show red directives anyway.
 */
export async function sendRedNotices(ctx: AppContext): Promise<number> {
  if (!(await readRobot(ctx))) return 0;
  const today = todayOf(ctx);
  const at = ctx.now();
  const notified = await ctx.db.transaction(async (tx) => {
    if (!(await tryLockNoticeSweep(tx))) return [];
    const list = await findRedUnnotified(tx, today, NOTICES_PER_SWEEP);
    await insertEvents(
      tx,
      list.map((d) => ({
        directiveId: d.id,
        action: 'notified',
        fromStatus: d.status,
        toStatus: d.status,
        actorUserId: null,
        actorName: '系统',
        nodeId: null,
        note: '已超过办理时限，红灯提醒已推送至群机器人',
        details: { effectiveDueOn: d.effectiveDueOn },
        at,
      })),
    );
    return list;
  });
  if (notified.length > 0) await notifyRobot(ctx, ...redNoticeMessages(notified, today));
  return notified.length;
}
