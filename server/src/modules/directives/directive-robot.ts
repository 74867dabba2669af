import crypto from 'node:crypto';
import { z } from 'zod';
import { DIRECTIVE_WEBHOOK_KINDS, DIRECTIVE_WEBHOOK_KIND_LABELS, type DirectiveWebhookRequest, type DirectiveWebhookView } from '@mofan/shared';
import type { AppContext } from '../../context';
import { requireGlobalPermission } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { deleteSettingValue, readSettingValue, writeSettingValue } from './directives.repository';

/**
 * The optional 钉钉 / 企业微信 group robot that hears of 催办 and red lights. Set once for the
 * instance by a system-wide supervisor. Its address carries the robot's access token, so it is
 * never logged, audited or sent back whole.
 */

const SETTING_KEY = 'directives.webhook';
const SEND_TIMEOUT_MS = 5000;

const storedSchema = z.object({
  kind: z.enum(DIRECTIVE_WEBHOOK_KINDS),
  url: z.string(),
  secret: z.string().nullable().optional(),
});
type RobotConfig = z.infer<typeof storedSchema>;

export async function readRobot(ctx: AppContext): Promise<RobotConfig | null> {
  const parsed = storedSchema.safeParse(await readSettingValue(ctx.db, SETTING_KEY));
  return parsed.success ? parsed.data : null;
}

/** The address without its query (where the token is): enough to recognise it. */
function urlHint(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '';
  }
}

function present(config: RobotConfig | null): DirectiveWebhookView {
  if (!config) return { configured: false, kind: null, urlHint: null, signed: false };
  return { configured: true, kind: config.kind, urlHint: urlHint(config.url), signed: Boolean(config.secret) };
}

export async function getRobotSetting(ctx: AppContext, actor: Actor): Promise<DirectiveWebhookView> {
  requireGlobalPermission(actor, 'directives.supervise');
  return present(await readRobot(ctx));
}

export async function putRobotSetting(ctx: AppContext, actor: Actor, input: DirectiveWebhookRequest): Promise<DirectiveWebhookView> {
  requireGlobalPermission(actor, 'directives.supervise');
  const config: RobotConfig = { kind: input.kind, url: input.url, secret: input.secret ?? null };
  await ctx.db.transaction(async (tx) => {
    await writeSettingValue(tx, SETTING_KEY, config, ctx.now());
    await auditAction(tx, actor, {
      action: 'directive.webhook.set',
      objectType: 'setting',
      objectId: SETTING_KEY,
      objectLabel: DIRECTIVE_WEBHOOK_KIND_LABELS[input.kind],
      result: 'success',
      details: { kind: input.kind, host: urlHint(input.url), signed: Boolean(input.secret) },
    });
  });
  return present(config);
}

export async function deleteRobotSetting(ctx: AppContext, actor: Actor): Promise<void> {
  requireGlobalPermission(actor, 'directives.supervise');
  await ctx.db.transaction(async (tx) => {
    await deleteSettingValue(tx, SETTING_KEY);
    await auditAction(tx, actor, { action: 'directive.webhook.delete', objectType: 'setting', objectId: SETTING_KEY, result: 'success' });
  });
}

/** 钉钉's 加签: the timestamp and its HMAC-SHA256 under the secret, as query parameters. */
function signedUrl(config: RobotConfig, now: Date): string {
  if (config.kind !== 'dingtalk' || !config.secret) return config.url;
  const timestamp = String(now.getTime());
  const sign = crypto.createHmac('sha256', config.secret).update(`${timestamp}\n${config.secret}`).digest('base64');
  const u = new URL(config.url);
  u.searchParams.set('timestamp', timestamp);
  u.searchParams.set('sign', sign);
  return u.toString();
}

/** Why a send failed, in words that hold nothing of the address. */
function failureOf(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `${SEND_TIMEOUT_MS / 1000} 秒内无响应`;
  const cause = error instanceof Error ? error.cause : undefined;
  if (typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return error instanceof Error ? error.name : '未知错误';
}

const robotAnswerSchema = z.object({ errcode: z.number(), errmsg: z.string().optional() });

/** Both robots take the same text message: { msgtype: 'text', text: { content } }. */
async function send(ctx: AppContext, config: RobotConfig, content: string): Promise<void> {
  const label = DIRECTIVE_WEBHOOK_KIND_LABELS[config.kind];
  try {
    const response = await fetch(signedUrl(config, ctx.now()), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ msgtype: 'text', text: { content } }),
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    if (!response.ok) {
      ctx.log.warn(`督办提醒推送到${label}失败：HTTP ${response.status}`);
      return;
    }
    const answer = robotAnswerSchema.safeParse(await response.json().catch(() => null));
    if (answer.success && answer.data.errcode !== 0) ctx.log.warn(`督办提醒推送到${label}失败：errcode ${answer.data.errcode} ${answer.data.errmsg ?? ''}`.trim());
  } catch (error) {
    ctx.log.warn(`督办提醒推送到${label}失败：${failureOf(error)}`);
  }
}

/**
 * Sends the messages to the robot when one is set. Never rejects: a robot that is down must not
 * fail the request or the sweep that caused the message.
 */
export async function notifyRobot(ctx: AppContext, ...contents: string[]): Promise<void> {
  try {
    const config = await readRobot(ctx);
    if (!config) return;
    for (const content of contents) await send(ctx, config, content);
  } catch (error) {
    ctx.log.warn(`督办提醒推送失败：${failureOf(error)}`);
  }
}

function named(d: { code: string | null; title: string }): string {
  return d.code ? `《${d.title}》（${d.code}）` : `《${d.title}》`;
}

export function urgingMessage(d: { code: string | null; title: string; dueOn: string; extendedDueOn: string | null; leadNodeName: string; urgedBy: string; note: string }): string {
  return [`【督办催办】${named(d)}`, `承办单位：${d.leadNodeName}`, `办理时限：${d.extendedDueOn ?? d.dueOn}`, `催办意见：${d.note}`, `催办人：${d.urgedBy}`].join('\n');
}

/** How many directives one red-light message lists (robots limit message size and rate). */
export const RED_NOTICE_LINES = 20;

export function redNoticeMessages(list: readonly { code: string | null; title: string; effectiveDueOn: string; leadNodeName: string | null }[], today: string): string[] {
  const messages: string[] = [];
  for (let i = 0; i < list.length; i += RED_NOTICE_LINES) {
    const lines = list.slice(i, i + RED_NOTICE_LINES).map((d, j) => `${i + j + 1}. ${named(d)}，承办：${d.leadNodeName ?? '—'}，时限 ${d.effectiveDueOn}`);
    messages.push([`【督办红灯提醒】截至 ${today}，以下督办件已超过办理时限：`, ...lines].join('\n'));
  }
  return messages;
}
