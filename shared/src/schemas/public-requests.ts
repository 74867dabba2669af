import { z } from 'zod';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '../limits';
import { idSchema, isoDateSchema, pageOf, versionSchema } from './common';

// ── 群众诉求与“我为群众办实事”：了解需求 → 认领问题 → 解决问题 → 完善机制 ────────────────

/** A dissatisfied reply from the public reopens a solved or closed request for a return visit (回访). */
export const PUBLIC_REQUEST_STATUSES = ['received', 'claimed', 'solved', 'closed', 'reopened'] as const;
export type PublicRequestStatus = (typeof PUBLIC_REQUEST_STATUSES)[number];
export const PUBLIC_REQUEST_STATUS_LABELS: Record<PublicRequestStatus, string> = {
  received: '已受理，待认领',
  claimed: '已认领，办理中',
  solved: '已解决',
  closed: '已办结（完善机制）',
  reopened: '群众不满意，待回访',
};

/** The steps of the history (public_request_events.action). */
export const PUBLIC_REQUEST_EVENT_ACTIONS = ['received', 'updated', 'claimed', 'solved', 'closed', 'satisfied', 'reopened', 'revisited', 'code_reissued'] as const;
export type PublicRequestEventAction = (typeof PUBLIC_REQUEST_EVENT_ACTIONS)[number];
export const PUBLIC_REQUEST_EVENT_LABELS: Record<PublicRequestEventAction, string> = {
  received: '了解需求',
  updated: '修改诉求信息',
  claimed: '认领问题',
  solved: '解决问题',
  closed: '完善机制',
  satisfied: '群众评价：满意',
  reopened: '群众评价：不满意，需回访',
  revisited: '回访',
  code_reissued: '重新生成查询码',
};

/** What the signed-in user may do to a request now (buttons of the detail page). */
export const PUBLIC_REQUEST_ACTIONS = ['update', 'claim', 'solve', 'close', 'revisit', 'reissue_code'] as const;
export type PublicRequestAction = (typeof PUBLIC_REQUEST_ACTIONS)[number];

/**
 * The lookup code given to the person who raised the need: 10 characters from an alphabet without
 * the look-alikes 0/O, 1/I/L, so that it can be read out on the phone and typed back from paper.
 */
export const LOOKUP_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const LOOKUP_CODE_LENGTH = 10;

/** The code as typed: spaces and dashes dropped, upper case. The server answers 404 to anything else. */
export function normalizeLookupCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

/** ABCDE-FGHJK: easier to read out and to copy by hand. */
export function formatLookupCode(code: string): string {
  return code.length === LOOKUP_CODE_LENGTH ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}

const statusSchema = z.enum(PUBLIC_REQUEST_STATUSES, { message: '状态不正确' });
const text = (max: number, message: string) => z.string().trim().min(1, message).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

// ── 登记与修改 ──────────────────────────────────────────────────────────────

const requestFields = {
  title: text(200, '请填写诉求事项').describe('诉求事项（群众凭查询码可以看到）'),
  content: text(5000, '请填写诉求内容').describe('诉求内容（不向查询页公开）'),
  requesterName: optionalText(50).describe('提出人姓名（可空）'),
  requesterContact: optionalText(100).describe('提出人联系方式（可空；没有办理权限的读者只看到脱敏后的，不写入日志）'),
  raisedOn: isoDateSchema.describe('提出日期，不晚于今天'),
};

export const createPublicRequestRequestSchema = z.object({
  nodeId: idSchema.describe('受理的组织（工委、单位或科室）'),
  ...requestFields,
});
export type CreatePublicRequestRequest = z.infer<typeof createPublicRequestRequestSchema>;

export const updatePublicRequestRequestSchema = z.object(requestFields).partial().extend({ version: versionSchema });
export type UpdatePublicRequestRequest = z.infer<typeof updatePublicRequestRequestSchema>;

// ── 流转 ────────────────────────────────────────────────────────────────────

export const publicRequestClaimRequestSchema = z.object({
  version: versionSchema,
  nodeId: idSchema.describe('认领的单位或科室：受理组织本身或其下级，须有办理权限'),
  personId: idSchema.nullable().optional().describe('认领的干部职工（可空）：须为认领单位（科室所在单位）的人员'),
  note: optionalText(2000).describe('内部说明（不向群众公开）'),
});
export type PublicRequestClaimRequest = z.infer<typeof publicRequestClaimRequestSchema>;

export const publicRequestSolveRequestSchema = z.object({
  version: versionSchema,
  solution: text(5000, '请填写解决情况').describe('解决情况（向群众公开）'),
  solvedOn: isoDateSchema.describe('解决日期：不早于提出日期，不晚于今天'),
});
export type PublicRequestSolveRequest = z.infer<typeof publicRequestSolveRequestSchema>;

export const publicRequestCloseRequestSchema = z.object({
  version: versionSchema,
  improvement: text(5000, '请填写完善了哪些工作机制').describe('完善机制：工作方式、制度、流程上的改进（向群众公开）'),
});
export type PublicRequestCloseRequest = z.infer<typeof publicRequestCloseRequestSchema>;

export const publicRequestRevisitRequestSchema = z.object({
  version: versionSchema,
  note: text(2000, '请填写回访情况').describe('回访情况（内部记录）；回访后重新办理'),
});
export type PublicRequestRevisitRequest = z.infer<typeof publicRequestRevisitRequestSchema>;

export const publicRequestReissueRequestSchema = z.object({ version: versionSchema });
export type PublicRequestReissueRequest = z.infer<typeof publicRequestReissueRequestSchema>;

// ── 查询 ────────────────────────────────────────────────────────────────────

const publicRequestFilters = {
  status: statusSchema.optional(),
  nodeId: idSchema.optional().describe('受理或认领的组织（含下级）'),
  from: isoDateSchema.optional().describe('提出日期起'),
  to: isoDateSchema.optional().describe('提出日期止'),
  q: z.string().trim().max(100).optional().describe('诉求事项、内容或提出人姓名中的文字'),
};

export const publicRequestExportQuerySchema = z.object(publicRequestFilters);
export type PublicRequestExportQuery = z.infer<typeof publicRequestExportQuerySchema>;

export const publicRequestListQuerySchema = z.object({
  ...publicRequestFilters,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
});
export type PublicRequestListQuery = z.infer<typeof publicRequestListQuerySchema>;

// ── 响应 ────────────────────────────────────────────────────────────────────

export const publicRequestSummarySchema = z.object({
  id: z.string(),
  nodeId: z.string(),
  nodeName: z.string().describe('受理组织'),
  title: z.string(),
  requesterName: z.string().nullable(),
  requesterContact: z.string().nullable().describe('有办理权限的读者看到原文，其他读者看到脱敏后的'),
  contactMasked: z.boolean(),
  raisedOn: z.string(),
  status: statusSchema,
  claimedNodeId: z.string().nullable(),
  claimedNodeName: z.string().nullable(),
  claimedPersonName: z.string().nullable(),
  solvedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  satisfaction: z.enum(['satisfied', 'dissatisfied']).nullable().describe('本轮群众评价；重新解决后清空，历次评价见办理过程'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PublicRequestSummary = z.infer<typeof publicRequestSummarySchema>;

export const publicRequestPageSchema = pageOf(publicRequestSummarySchema);
export type PublicRequestPage = z.infer<typeof publicRequestPageSchema>;

export const publicRequestEventSchema = z.object({
  id: z.string(),
  action: z.enum(PUBLIC_REQUEST_EVENT_ACTIONS),
  actorName: z.string(),
  note: z.string().nullable(),
  at: z.string(),
});
export type PublicRequestEvent = z.infer<typeof publicRequestEventSchema>;

export const publicRequestDetailSchema = publicRequestSummarySchema.extend({
  content: z.string(),
  solution: z.string().nullable(),
  improvement: z.string().nullable(),
  feedback: z.string().nullable().describe('本轮群众评价的意见'),
  feedbackAt: z.string().nullable(),
  events: z.array(publicRequestEventSchema).describe('全过程记录，按时间先后'),
  actions: z.array(z.enum(PUBLIC_REQUEST_ACTIONS)).describe('当前用户此刻可做的操作'),
});
export type PublicRequestDetail = z.infer<typeof publicRequestDetailSchema>;

/** The answer of registering (and of issuing a new code): the only time the lookup code is shown. */
export const publicRequestWithCodeSchema = z.object({
  request: publicRequestDetailSchema,
  lookupCode: z.string().describe('查询码：只显示这一次，请交给提出人（可打印）'),
});
export type PublicRequestWithCode = z.infer<typeof publicRequestWithCodeSchema>;

// ── 群众查询（无需登录） ────────────────────────────────────────────────────

export const publicLookupParamsSchema = z.object({ code: z.string().max(40).describe('查询码') });

export const publicLookupStepSchema = z.object({
  action: z.enum(PUBLIC_REQUEST_EVENT_ACTIONS),
  on: z.string().describe('日期'),
});
export type PublicLookupStep = z.infer<typeof publicLookupStepSchema>;

/** What the person who raised the need sees: no staff names, no contact, no content or internal notes. */
export const publicLookupSchema = z.object({
  title: z.string(),
  nodeName: z.string().describe('受理单位'),
  claimedNodeName: z.string().nullable().describe('认领单位（科室）'),
  raisedOn: z.string(),
  status: statusSchema,
  steps: z.array(publicLookupStepSchema),
  solution: z.string().nullable(),
  solvedOn: z.string().nullable(),
  improvement: z.string().nullable(),
  closedOn: z.string().nullable(),
  feedback: z.object({ satisfied: z.boolean(), comment: z.string().nullable(), on: z.string() }).nullable().describe('本轮已给出的评价'),
  canGiveFeedback: z.boolean().describe('已解决或已办结、本轮尚未评价'),
});
export type PublicLookup = z.infer<typeof publicLookupSchema>;

export const publicFeedbackRequestSchema = z
  .object({
    satisfied: z.boolean({ message: '请选择满意或不满意' }),
    comment: optionalText(1000).describe('意见；不满意时必填'),
  })
  .superRefine((value, ctx) => {
    if (!value.satisfied && !value.comment) ctx.addIssue({ code: 'custom', path: ['comment'], message: '请说明不满意的原因，便于回访' });
  });
export type PublicFeedbackRequest = z.infer<typeof publicFeedbackRequestSchema>;
