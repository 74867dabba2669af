import type {
  CreatePublicRequestRequest,
  PublicRequestDetail,
  PublicRequestExportQuery,
  PublicRequestListQuery,
  PublicRequestPage,
  PublicRequestReissueRequest,
  PublicRequestWithCode,
  UpdatePublicRequestRequest,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, forbidden, invalidField, notFound } from '../../errors';
import { requirePermissionAt, scopeCovers } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { findNodeById } from '../org/org.repository';
import { todayOf } from '../people/people.service';
import { generateLookupCode } from './lookup-code';
import { buildPublicRequestLedger } from './public-requests-workbook';
import { presentDetail, presentSummary } from './public-requests.presenter';
import {
  type PublicRequestFilter,
  type PublicRequestReach,
  findPublicRequestEvents,
  findPublicRequests,
  findPublicRequestsForExport,
  insertPublicRequest,
  insertPublicRequestEvent,
  lookupCodeTaken,
} from './public-requests.repository';
import { actionsFor, hasAnyReach, mayHandle, mayReceive, reachOf } from './public-requests.rules';
import { type LoadedRequest, loadRequest, placeOf, requestLabel, requireVersion, writeStep } from './public-request-step';

/** The 台账 stops here; a narrower filter gets the rest. */
const EXPORT_MAX_ROWS = 10_000;

const FIELD_LABELS: Record<keyof Omit<UpdatePublicRequestRequest, 'version'>, string> = {
  title: '诉求事项',
  content: '诉求内容',
  requesterName: '提出人',
  requesterContact: '联系方式',
  raisedOn: '提出日期',
};

/** A code no other request has. Collisions are all but impossible; the unique index is the last word. */
async function freshLookupCode(db: DbOrTx): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const code = generateLookupCode();
    if (!(await lookupCodeTaken(db, code))) return code;
  }
  throw new AppError('INTERNAL', '生成查询码失败，请重试');
}

function checkRaisedOn(raisedOn: string, today: string, solvedOn: string | null): void {
  if (raisedOn > today) throw invalidField('raisedOn', '提出日期不能晚于今天');
  if (solvedOn && raisedOn > solvedOn) throw invalidField('raisedOn', '提出日期不能晚于解决日期');
}

export async function detailOf(db: DbOrTx, loaded: LoadedRequest): Promise<PublicRequestDetail> {
  const events = await findPublicRequestEvents(db, loaded.row.request.id);
  return presentDetail(loaded.row, events, mayHandle(loaded.reach, loaded.place), actionsFor(loaded.reach, loaded.place));
}

export async function getPublicRequest(ctx: AppContext, actor: Actor, id: string): Promise<PublicRequestDetail> {
  return detailOf(ctx.db, await loadRequest(ctx.db, actor, id));
}

/** The reach of a list or export, and the node it is narrowed to: 404 for a missing node, 403 outside the reach. */
async function listFilter(ctx: AppContext, actor: Actor, query: PublicRequestExportQuery): Promise<{ reach: PublicRequestReach; filter: PublicRequestFilter }> {
  const reach = reachOf(actor);
  if (!hasAnyReach(reach)) throw forbidden('没有该操作的权限');
  let nodePath: string | undefined;
  if (query.nodeId) {
    const node = await findNodeById(ctx.db, query.nodeId);
    if (!node) throw notFound('组织');
    if (!scopeCovers(reach.read, node.path)) throw forbidden();
    nodePath = node.path;
  }
  if (query.from && query.to && query.from > query.to) throw invalidField('to', '截止日期不能早于起始日期');
  return { reach, filter: { status: query.status, nodePath, from: query.from, to: query.to, q: query.q } };
}

export async function listPublicRequests(ctx: AppContext, actor: Actor, query: PublicRequestListQuery): Promise<PublicRequestPage> {
  const { reach, filter } = await listFilter(ctx, actor, query);
  const { rows, total } = await findPublicRequests(ctx.db, reach, filter, query.page, query.pageSize);
  return { items: rows.map((row) => presentSummary(row, mayHandle(reach, placeOf(row)))), total, page: query.page, pageSize: query.pageSize };
}

export async function publicRequestLedgerXlsx(ctx: AppContext, actor: Actor, query: PublicRequestExportQuery): Promise<{ buffer: Buffer; fileName: string }> {
  const { reach, filter } = await listFilter(ctx, actor, query);
  const rows = await findPublicRequestsForExport(ctx.db, reach, filter, EXPORT_MAX_ROWS);
  return { buffer: await buildPublicRequestLedger(rows), fileName: `群众诉求台账（${todayOf(ctx)}）.xlsx` };
}

/** 了解需求: recorded by a handler of the receiving node; the lookup code is shown this once. */
export async function registerPublicRequest(ctx: AppContext, actor: Actor, input: CreatePublicRequestRequest): Promise<PublicRequestWithCode> {
  const { id, code } = await ctx.db.transaction(async (tx) => {
    const node = await findNodeById(tx, input.nodeId);
    if (!node) throw invalidField('nodeId', '组织不存在');
    requirePermissionAt(actor, 'requests.handle', node.path);
    checkRaisedOn(input.raisedOn, todayOf(ctx), null);
    const lookupCode = await freshLookupCode(tx);
    const at = ctx.now();
    const row = await insertPublicRequest(tx, {
      lookupCode,
      nodeId: node.id,
      title: input.title,
      content: input.content,
      requesterName: input.requesterName || null,
      requesterContact: input.requesterContact || null,
      raisedOn: input.raisedOn,
      status: 'received',
      createdAt: at,
      updatedAt: at,
    });
    await insertPublicRequestEvent(tx, { requestId: row.id, action: 'received', actorUserId: actor.userId, actorName: actor.displayName, note: null, at });
    await auditAction(tx, actor, {
      action: 'public_request.create',
      objectType: 'public_request',
      objectId: row.id,
      objectLabel: requestLabel(row),
      scopePath: node.path,
      result: 'success',
      details: { nodeId: node.id },
    });
    return { id: row.id, code: lookupCode };
  });
  return { request: await getPublicRequest(ctx, actor, id), lookupCode: code };
}

/** Corrects what was recorded (the receiving side); the history names the fields, never their values. */
export async function updatePublicRequest(ctx: AppContext, actor: Actor, id: string, input: UpdatePublicRequestRequest): Promise<PublicRequestDetail> {
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadRequest(tx, actor, id, true);
    if (!mayReceive(loaded.reach, loaded.place)) throw forbidden('只有受理单位可以修改诉求信息');
    requireVersion(loaded, input.version);
    const r = loaded.row.request;
    checkRaisedOn(input.raisedOn ?? r.raisedOn, todayOf(ctx), r.solvedOn);
    const fields = (Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[]).filter((k) => input[k] !== undefined);
    await writeStep(ctx, tx, actor, loaded, {
      action: 'updated',
      audit: 'public_request.update',
      fields: {
        title: input.title ?? r.title,
        content: input.content ?? r.content,
        requesterName: input.requesterName === undefined ? r.requesterName : input.requesterName || null,
        requesterContact: input.requesterContact === undefined ? r.requesterContact : input.requesterContact || null,
        raisedOn: input.raisedOn ?? r.raisedOn,
      },
      note: `修改了${fields.map((k) => FIELD_LABELS[k]).join('、') || '（无）'}`,
      details: { fields },
    });
  });
  return getPublicRequest(ctx, actor, id);
}

/** A lost code: a new one replaces it (the old one stops working), shown this once. */
export async function reissueLookupCode(ctx: AppContext, actor: Actor, id: string, input: PublicRequestReissueRequest): Promise<PublicRequestWithCode> {
  const code = await ctx.db.transaction(async (tx) => {
    const loaded = await loadRequest(tx, actor, id, true);
    if (!mayReceive(loaded.reach, loaded.place)) throw forbidden('只有受理单位可以重新生成查询码');
    requireVersion(loaded, input.version);
    const lookupCode = await freshLookupCode(tx);
    await writeStep(ctx, tx, actor, loaded, { action: 'code_reissued', audit: 'public_request.reissue_code', fields: { lookupCode } });
    return lookupCode;
  });
  return { request: await getPublicRequest(ctx, actor, id), lookupCode: code };
}
