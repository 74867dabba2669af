import {
  type CreateExemptionRequest,
  EXEMPTION_KIND_LABELS,
  EXEMPTION_MAX_YEARS,
  type Exemption,
  type ExemptionKind,
  type UpdateExemptionRequest,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { invalidField, notFound, versionConflict } from '../../errors';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { complianceAfterFactsChange } from '../compliance/refresh';
import type { PersonJoinedRow } from './people.repository';
import { loadPersonFor } from './people.service';
import { presentExemption } from './people.presenter';
import {
  type ExemptionRow,
  deleteExemptionRow,
  findExemption,
  findExemptionsOfPerson,
  findOverlappingExemption,
  insertExemption,
  lockPerson,
  updateExemptionRow,
} from './exemptions.repository';

interface Period {
  kind: ExemptionKind;
  startsOn: string;
  endsOn: string;
  reason: string | null;
}

/** The same calendar day `years` later; a 29 February compares correctly as a string even where that day does not exist. */
function yearsLater(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
}

/**
 * The rules of one period: it ends on or after it starts, lasts at most EXEMPTION_MAX_YEARS, says
 * why when the kind does not, and shares no day with another of the person's periods (a day is
 * exempt or not; two periods over it would make removing one leave the day wrongly counted).
 */
async function checkPeriod(db: DbOrTx, personId: string, period: Period, exceptId?: string): Promise<void> {
  if (period.endsOn < period.startsOn) throw invalidField('endsOn', '结束日期不能早于起始日期');
  if (period.endsOn >= yearsLater(period.startsOn, EXEMPTION_MAX_YEARS)) throw invalidField('endsOn', `免考核期间最长${EXEMPTION_MAX_YEARS}年`);
  if (period.kind === 'other' && !period.reason) throw invalidField('reason', '类型为“其他”时须填写事由');
  await lockPerson(db, personId);
  const other = await findOverlappingExemption(db, { personId, startsOn: period.startsOn, endsOn: period.endsOn, ...(exceptId ? { exceptId } : {}) });
  if (other) throw invalidField('startsOn', `与已有的${EXEMPTION_KIND_LABELS[other.kind as ExemptionKind] ?? other.kind}期间（${other.startsOn}至${other.endsOn}）重叠`);
}

function labelOf(person: PersonJoinedRow, kind: string): string {
  return `${person.person.name} ${EXEMPTION_KIND_LABELS[kind as ExemptionKind] ?? kind}`;
}

function datesOf(row: Pick<ExemptionRow, 'kind' | 'startsOn' | 'endsOn'>) {
  return { kind: row.kind, startsOn: row.startsOn, endsOn: row.endsOn };
}

export async function listExemptions(ctx: AppContext, actor: Actor, personId: string): Promise<Exemption[]> {
  await loadPersonFor(ctx.db, actor, 'people.read', personId);
  return (await findExemptionsOfPerson(ctx.db, personId)).map(presentExemption);
}

export async function createExemption(ctx: AppContext, actor: Actor, personId: string, input: CreateExemptionRequest): Promise<Exemption> {
  const row = await ctx.db.transaction(async (tx) => {
    const person = await loadPersonFor(tx, actor, 'people.write', personId);
    const period: Period = { kind: input.kind, startsOn: input.startsOn, endsOn: input.endsOn, reason: input.reason || null };
    await checkPeriod(tx, personId, period);
    const created = await insertExemption(tx, { personId, ...period, source: 'manual', createdByUserId: actor.userId });
    await auditAction(tx, actor, {
      action: 'exemption.create',
      objectType: 'person_exemption',
      objectId: created.id,
      objectLabel: labelOf(person, created.kind),
      scopePath: person.departmentPath,
      result: 'success',
      details: datesOf(created),
    });
    await complianceAfterFactsChange(tx, { unitIds: [person.person.unitId] });
    return created;
  });
  return presentExemption(row);
}

async function loadExemptionFor(db: DbOrTx, actor: Actor, personId: string, id: string): Promise<{ person: PersonJoinedRow; current: ExemptionRow }> {
  const person = await loadPersonFor(db, actor, 'people.write', personId);
  const current = await findExemption(db, personId, id);
  if (!current) throw notFound('免考核期间');
  return { person, current };
}

export async function updateExemption(ctx: AppContext, actor: Actor, personId: string, id: string, input: UpdateExemptionRequest): Promise<Exemption> {
  const row = await ctx.db.transaction(async (tx) => {
    const { person, current } = await loadExemptionFor(tx, actor, personId, id);
    const period: Period = {
      kind: input.kind ?? (current.kind as ExemptionKind),
      startsOn: input.startsOn ?? current.startsOn,
      endsOn: input.endsOn ?? current.endsOn,
      reason: input.reason === undefined ? current.reason : input.reason || null,
    };
    await checkPeriod(tx, personId, period, id);
    const updated = await updateExemptionRow(tx, id, input.version, period, ctx.now());
    if (!updated) throw versionConflict();
    await auditAction(tx, actor, {
      action: 'exemption.update',
      objectType: 'person_exemption',
      objectId: id,
      objectLabel: labelOf(person, updated.kind),
      scopePath: person.departmentPath,
      result: 'success',
      details: { ...datesOf(updated), before: datesOf(current) },
    });
    await complianceAfterFactsChange(tx, { unitIds: [person.person.unitId] });
    return updated;
  });
  return presentExemption(row);
}

export async function deleteExemption(ctx: AppContext, actor: Actor, personId: string, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { person, current } = await loadExemptionFor(tx, actor, personId, id);
    await deleteExemptionRow(tx, id);
    await auditAction(tx, actor, {
      action: 'exemption.delete',
      objectType: 'person_exemption',
      objectId: id,
      objectLabel: labelOf(person, current.kind),
      scopePath: person.departmentPath,
      result: 'success',
      details: datesOf(current),
    });
    await complianceAfterFactsChange(tx, { unitIds: [person.person.unitId] });
  });
}
