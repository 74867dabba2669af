import { type ActivityRecord, type CreateRecordRequest, type RecordListQuery, type RecordPage, type UpdateRecordRequest, isActivityKind, missingRequiredFields, ACTIVITY_KIND_DEFINITIONS } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, type FieldError, invalidField, notFound, versionConflict } from '../../errors';
import { requirePermissionAt, scopeCovers, scopeOf } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { type LedgerChange, complianceAfterLedgerChange } from '../compliance/refresh';
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { findPersonJoined } from '../people/people.repository';
import { todayOf } from '../people/people.service';
import { withLeaveReasons } from '../leave/leave-absence';
import { presentRecord } from './records.presenter';
import {
  type RecordJoinedRow,
  deleteRecordRow,
  findParticipants,
  findPeopleUnits,
  findRecordJoined,
  findRecords,
  insertRecord,
  replaceParticipants,
  updateRecordRow,
} from './records.repository';

type RecordInput = Omit<CreateRecordRequest, 'participants'> & { participants?: CreateRecordRequest['participants'] };

function throwFieldErrors(errors: FieldError[]): void {
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors.map((e) => `${e.field}：${e.message}`).join('；'), errors);
}

/**
 * Where a record belongs and whether the actor may write there: anyone may keep their own
 * personal records (月读一书, 下基层); everything else needs records.write over the owner node.
 */
async function placeRecord(db: DbOrTx, actor: Actor, personId: string | null, ownerNodeId: string | undefined): Promise<OrgNodeRow> {
  if (personId) {
    const person = await findPersonJoined(db, personId);
    if (!person) throw invalidField('personId', '人员不存在');
    const owner = await findNodeById(db, ownerNodeId ?? person.person.departmentId);
    if (!owner) throw invalidField('ownerNodeId', '组织不存在');
    if (owner.unitId !== person.person.unitId) throw invalidField('ownerNodeId', '个人记录须属于本人所在单位');
    if (actor.personId !== personId) requirePermissionAt(actor, 'records.write', owner.path);
    return owner;
  }
  if (!ownerNodeId) throw invalidField('ownerNodeId', '请选择台账所属组织');
  const owner = await findNodeById(db, ownerNodeId);
  if (!owner) throw invalidField('ownerNodeId', '组织不存在');
  requirePermissionAt(actor, 'records.write', owner.path);
  return owner;
}

/** Checks what a record says against the calendar, the fields its kinds require and the people it names. */
async function checkRecord(db: DbOrTx, owner: OrgNodeRow, input: RecordInput, today: string): Promise<void> {
  const errors: FieldError[] = [];
  const presentCount = (input.participants ?? []).filter((p) => p.present).length;
  errors.push(...missingRequiredFields(input.kinds, { ...input, presentCount }));
  if (new Set(input.kinds).size !== input.kinds.length) errors.push({ field: 'kinds', message: '活动类型重复' });
  input.kinds.forEach((kind, i) => {
    if (!isActivityKind(kind)) {
      errors.push({ field: `kinds.${i}`, message: '没有这种活动类型' });
      return;
    }
    const definition = ACTIVITY_KIND_DEFINITIONS[kind];
    // A record is either an org's (a meeting) or a person's own (月读一书); the kinds say which.
    if ((definition.scope === 'personal') !== Boolean(input.personId)) {
      errors.push({ field: `kinds.${i}`, message: definition.scope === 'personal' ? `${definition.label}是个人记录，须指定本人` : `${definition.label}是组织台账，不能记为个人记录` });
    } else if (definition.scope !== 'personal' && definition.ownerKinds.length > 0 && !definition.ownerKinds.includes(owner.kind as (typeof definition.ownerKinds)[number])) {
      errors.push({ field: 'ownerNodeId', message: `${definition.label}不能记在该类组织下` });
    }
  });
  if (input.occurredOn > today) errors.push({ field: 'occurredOn', message: '台账记录已发生的活动，日期不能晚于今天' });
  if (input.endsOn && input.endsOn < input.occurredOn) errors.push({ field: 'endsOn', message: '结束日期不能早于活动日期' });
  else if (input.endsOn && input.endsOn > today) errors.push({ field: 'endsOn', message: '台账记录已发生的活动，结束日期不能晚于今天' });
  const participants = input.participants ?? [];
  const ids = participants.map((p) => p.personId);
  const named = [...ids, input.hostPersonId, input.lecturerPersonId].filter((x): x is string => typeof x === 'string');
  const units = await findPeopleUnits(db, [...new Set(named)]);
  const seen = new Set<string>();
  participants.forEach((p, i) => {
    if (seen.has(p.personId)) errors.push({ field: `participants.${i}.personId`, message: '人员重复' });
    seen.add(p.personId);
    const unit = units.get(p.personId);
    if (!unit) errors.push({ field: `participants.${i}.personId`, message: '人员不存在' });
    else if (owner.unitId && unit !== owner.unitId) errors.push({ field: `participants.${i}.personId`, message: '参加人员须属于本单位' });
  });
  for (const field of ['hostPersonId', 'lecturerPersonId'] as const) {
    const id = input[field];
    if (id && !units.has(id)) errors.push({ field, message: '人员不存在' });
  }
  throwFieldErrors(errors);
}

/** What a record means to stored compliance: its unit, kinds and dates (none for a record above units). */
function ledgerChange(unitId: string | null, record: { kinds: readonly string[]; occurredOn: string; endsOn?: string | null | undefined }): LedgerChange[] {
  return unitId ? [{ unitId, kinds: record.kinds, dates: [record.occurredOn, ...(record.endsOn ? [record.endsOn] : [])] }] : [];
}

function participantRows(input: RecordInput) {
  return (input.participants ?? []).map((p) => ({ personId: p.personId, present: p.present, absenceReason: p.present ? null : (p.absenceReason ?? null) }));
}

async function present(db: DbOrTx, row: RecordJoinedRow): Promise<ActivityRecord> {
  return presentRecord(row, await findParticipants(db, row.record.id));
}

/** 404 if missing; 403 unless the actor reaches the owner node, or it is their own personal record. */
async function loadRecordFor(db: DbOrTx, actor: Actor, permission: 'records.read' | 'records.write', id: string): Promise<RecordJoinedRow> {
  const row = await findRecordJoined(db, id);
  if (!row) throw notFound('台账记录');
  if (row.record.personId && row.record.personId === actor.personId) return row;
  requirePermissionAt(actor, permission, row.ownerPath);
  return row;
}

export async function listRecords(ctx: AppContext, actor: Actor, query: RecordListQuery): Promise<RecordPage> {
  const scope = scopeOf(actor, 'records.read');
  if (!scope.all && scope.paths.length === 0 && !actor.personId) throw new AppError('FORBIDDEN', '没有该操作的权限');
  let nodePath: string | undefined;
  if (query.nodeId) {
    const node = await findNodeById(ctx.db, query.nodeId);
    if (!node) throw invalidField('nodeId', '组织不存在');
    if (!scopeCovers(scope, node.path)) throw new AppError('FORBIDDEN', '无权访问该记录');
    nodePath = node.path;
  }
  const { rows, total } = await findRecords(
    ctx.db,
    scope,
    { nodePath, personId: query.personId, kind: query.kind, from: query.from, to: query.to, ownPersonId: actor.personId },
    query.page,
    query.pageSize,
  );
  return { items: rows.map((r) => presentRecord(r, [])).map(({ participants: _p, ...rest }) => rest), total, page: query.page, pageSize: query.pageSize };
}

export async function getRecord(ctx: AppContext, actor: Actor, id: string): Promise<ActivityRecord> {
  return present(ctx.db, await loadRecordFor(ctx.db, actor, 'records.read', id));
}

export async function createRecord(ctx: AppContext, actor: Actor, input: CreateRecordRequest): Promise<ActivityRecord> {
  const id = await ctx.db.transaction(async (tx) => {
    const owner = await placeRecord(tx, actor, input.personId ?? null, input.ownerNodeId);
    await checkRecord(tx, owner, input, todayOf(ctx));
    const record = await insertRecord(tx, {
      ownerNodeId: owner.id,
      personId: input.personId ?? null,
      kinds: input.kinds,
      occurredOn: input.occurredOn,
      endsOn: input.endsOn ?? null,
      topic: input.topic ?? null,
      hostPersonId: input.hostPersonId ?? null,
      lecturerPersonId: input.lecturerPersonId ?? null,
      lecturerName: input.lecturerName ?? null,
      notes: input.notes ?? null,
      details: input.details ?? {},
      enteredByUserId: actor.userId,
    });
    await replaceParticipants(tx, record.id, await withLeaveReasons(tx, participantRows(input), input.occurredOn));
    await complianceAfterLedgerChange(tx, ledgerChange(owner.unitId, input));
    await auditAction(tx, actor, {
      action: 'record.create',
      objectType: 'activity_record',
      objectId: record.id,
      objectLabel: `${input.occurredOn} ${input.topic ?? input.kinds.join('、')}`,
      scopePath: owner.path,
      result: 'success',
      details: { kinds: input.kinds, participants: input.participants?.length ?? 0 },
    });
    return record.id;
  });
  return getRecord(ctx, actor, id);
}

export async function updateRecord(ctx: AppContext, actor: Actor, id: string, input: UpdateRecordRequest): Promise<ActivityRecord> {
  await ctx.db.transaction(async (tx) => {
    const current = await loadRecordFor(tx, actor, 'records.write', id);
    const r = current.record;
    const merged: RecordInput = {
      ownerNodeId: input.ownerNodeId ?? r.ownerNodeId,
      personId: input.personId === undefined ? r.personId : input.personId,
      kinds: input.kinds ?? r.kinds,
      occurredOn: input.occurredOn ?? r.occurredOn,
      endsOn: input.endsOn === undefined ? r.endsOn : input.endsOn,
      hostPersonId: input.hostPersonId === undefined ? r.hostPersonId : input.hostPersonId,
      lecturerPersonId: input.lecturerPersonId === undefined ? r.lecturerPersonId : input.lecturerPersonId,
      lecturerName: input.lecturerName === undefined ? r.lecturerName : input.lecturerName,
      topic: input.topic === undefined ? r.topic : input.topic,
      notes: input.notes === undefined ? r.notes : input.notes,
      details: (input.details ?? r.details) as RecordInput['details'],
      participants: input.participants ?? (await findParticipants(tx, id)).map((p) => ({ personId: p.personId, present: p.present, absenceReason: p.absenceReason })),
    };
    const owner = await placeRecord(tx, actor, merged.personId ?? null, merged.ownerNodeId);
    await checkRecord(tx, owner, merged, todayOf(ctx));
    const updated = await updateRecordRow(
      tx,
      id,
      input.version,
      {
        ownerNodeId: owner.id,
        personId: merged.personId ?? null,
        kinds: merged.kinds,
        occurredOn: merged.occurredOn,
        endsOn: merged.endsOn ?? null,
        hostPersonId: merged.hostPersonId ?? null,
        lecturerPersonId: merged.lecturerPersonId ?? null,
        ...(input.topic === undefined ? {} : { topic: input.topic }),
        ...(input.lecturerName === undefined ? {} : { lecturerName: input.lecturerName }),
        ...(input.notes === undefined ? {} : { notes: input.notes }),
        ...(input.details === undefined ? {} : { details: input.details }),
      },
      ctx.now(),
    );
    if (!updated) throw versionConflict();
    if (input.participants !== undefined) await replaceParticipants(tx, id, await withLeaveReasons(tx, participantRows(merged), merged.occurredOn));
    await complianceAfterLedgerChange(tx, [...ledgerChange(current.ownerUnitId, r), ...ledgerChange(owner.unitId, merged)]);
    await auditAction(tx, actor, {
      action: 'record.update',
      objectType: 'activity_record',
      objectId: id,
      objectLabel: `${updated.occurredOn} ${updated.topic ?? updated.kinds.join('、')}`,
      scopePath: owner.path,
      result: 'success',
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
  });
  return getRecord(ctx, actor, id);
}

export async function deleteRecord(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const current = await loadRecordFor(tx, actor, 'records.write', id);
    await deleteRecordRow(tx, id);
    await complianceAfterLedgerChange(tx, ledgerChange(current.ownerUnitId, current.record));
    await auditAction(tx, actor, {
      action: 'record.delete',
      objectType: 'activity_record',
      objectId: id,
      objectLabel: `${current.record.occurredOn} ${current.record.topic ?? current.record.kinds.join('、')}`,
      scopePath: current.ownerPath,
      result: 'success',
      details: { kinds: current.record.kinds },
    });
  });
}
