import type { AdoptProgrammeRequest, OrgNodeKind, ProgrammePublications, ProgrammePublicationView, PublishProgrammeRequest } from '@mofan/shared';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { AppError, invalidField, notFound } from '../../errors';
import { requirePermissionAt } from '../access/access.rules';
import type { Actor } from '../access/access.types';
import { auditAction } from '../audit/audit.service';
import { complianceAfterFactsChange } from '../compliance/refresh';
import { findNodeById, type OrgNodeRow } from '../org/org.repository';
import { presentPublication, programmeNameOf } from './programmes.presenter';
import {
  type PublicationJoinedRow,
  findAdoption,
  findAdoptions,
  findPublicationJoined,
  findPublicationOfNode,
  findPublicationsAtNodes,
  findUnitsUnder,
  insertAdoption,
  insertPublication,
  republishPublication,
  withdrawPublicationRow,
} from './programmes.repository';

/** Nodes whose 机关工委 publishes a programme to the units below: the city, a 县区, a 系统. */
const PUBLISHING_KINDS = new Set(['city', 'district', 'system']);

function idsOnPath(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

/** Publications as seen from a node: with the adoption status of each unit under that node. */
async function viewFrom(db: DbOrTx, node: OrgNodeRow, rows: PublicationJoinedRow[]): Promise<ProgrammePublicationView[]> {
  const units = await findUnitsUnder(db, node.path);
  const adoptions = await findAdoptions(
    db,
    rows.map((r) => r.publication.id),
    units.map((u) => u.id),
  );
  return rows.map((r) => presentPublication(r, units, adoptions));
}

async function viewOne(db: DbOrTx, node: OrgNodeRow, publicationId: string): Promise<ProgrammePublicationView> {
  const row = await findPublicationJoined(db, publicationId);
  if (!row) throw notFound('创建体系发布');
  const [view] = await viewFrom(db, node, [row]);
  return view!;
}

/**
 * The programmes published to a node (at it or any ancestor, withdrawn ones kept as history),
 * each with which units under the node adopted it: a unit sees its own status, a 工委 every unit's.
 */
export async function listPublications(ctx: AppContext, actor: Actor, nodeId: string): Promise<ProgrammePublications> {
  const node = await findNodeById(ctx.db, nodeId);
  if (!node) throw notFound('组织');
  requirePermissionAt(actor, 'records.read', node.path);
  const rows = await findPublicationsAtNodes(ctx.db, idsOnPath(node.path));
  return { node: { id: node.id, name: node.name, kind: node.kind as OrgNodeKind }, publications: await viewFrom(ctx.db, node, rows) };
}

/** A 工委 publishes one of the shipped programmes to the units of its subtree (上下联动). */
export async function publishProgramme(ctx: AppContext, actor: Actor, input: PublishProgrammeRequest): Promise<ProgrammePublicationView> {
  return ctx.db.transaction(async (tx) => {
    const node = await findNodeById(tx, input.nodeId);
    if (!node) throw invalidField('nodeId', '组织不存在');
    requirePermissionAt(actor, 'catalogue.write', node.path);
    if (!PUBLISHING_KINDS.has(node.kind)) throw invalidField('nodeId', '只有市、县区或系统的机关工委可以发布创建体系');
    const note = input.note ?? null;
    const existing = await findPublicationOfNode(tx, node.id, input.programmeCode);
    if (existing && !existing.withdrawnAt) throw new AppError('CONFLICT', '本级已发布该创建体系', [{ field: 'programmeCode', message: '本级已发布该创建体系' }]);
    const saved = existing
      ? await republishPublication(tx, existing.id, { note, publishedByUserId: actor.userId }, ctx.now())
      : await insertPublication(tx, { nodeId: node.id, programmeCode: input.programmeCode, note, publishedByUserId: actor.userId, publishedAt: ctx.now() });
    if (!saved) throw new AppError('CONFLICT', '本级已发布该创建体系');
    await auditAction(tx, actor, {
      action: 'programme.publish',
      objectType: 'programme_publication',
      objectId: saved.id,
      objectLabel: `${node.name}：${programmeNameOf(input.programmeCode)}`,
      scopePath: node.path,
      result: 'success',
      details: { programmeCode: input.programmeCode, note, republished: existing !== null },
    });
    return viewOne(tx, node, saved.id);
  });
}

/** Withdraws a publication: units can no longer adopt it; the row and its adoptions stay as history. */
export async function withdrawPublication(ctx: AppContext, actor: Actor, id: string): Promise<ProgrammePublicationView> {
  return ctx.db.transaction(async (tx) => {
    const row = await findPublicationJoined(tx, id);
    if (!row) throw notFound('创建体系发布');
    requirePermissionAt(actor, 'catalogue.write', row.nodePath);
    const withdrawn = await withdrawPublicationRow(tx, id, ctx.now());
    if (!withdrawn) throw new AppError('CONFLICT', '该创建体系已撤回');
    await auditAction(tx, actor, {
      action: 'programme.withdraw',
      objectType: 'programme_publication',
      objectId: id,
      objectLabel: `${row.nodeName}：${programmeNameOf(row.publication.programmeCode)}`,
      scopePath: row.nodePath,
      result: 'success',
      details: { programmeCode: row.publication.programmeCode },
    });
    // Which programmes a unit has taken up is a fact its stored compliance may be read against.
    await complianceAfterFactsChange(tx, { underPath: row.nodePath });
    const node = await findNodeById(tx, row.publication.nodeId);
    return viewOne(tx, node!, id);
  });
}

/** A unit takes up a programme published to it by a 工委 above it. */
export async function adoptProgramme(ctx: AppContext, actor: Actor, publicationId: string, input: AdoptProgrammeRequest): Promise<ProgrammePublicationView> {
  return ctx.db.transaction(async (tx) => {
    const row = await findPublicationJoined(tx, publicationId);
    if (!row) throw notFound('创建体系发布');
    const unit = await findNodeById(tx, input.unitId);
    if (!unit) throw invalidField('unitId', '单位不存在');
    requirePermissionAt(actor, 'catalogue.write', unit.path);
    if (unit.kind !== 'unit') throw invalidField('unitId', '只有单位可以采纳创建体系');
    if (unit.id === row.publication.nodeId || !unit.path.startsWith(row.nodePath)) throw invalidField('unitId', '该创建体系不是向本单位发布的');
    if (row.publication.withdrawnAt) throw new AppError('CONFLICT', '该创建体系已撤回，不能采纳');
    if (await findAdoption(tx, publicationId, unit.id)) throw new AppError('CONFLICT', '本单位已采纳该创建体系');
    const note = input.note ?? null;
    await insertAdoption(tx, { publicationId, unitId: unit.id, note, adoptedByUserId: actor.userId, adoptedAt: ctx.now() });
    await auditAction(tx, actor, {
      action: 'programme.adopt',
      objectType: 'programme_publication',
      objectId: publicationId,
      objectLabel: `${unit.name}：${programmeNameOf(row.publication.programmeCode)}（${row.nodeName}发布）`,
      scopePath: unit.path,
      result: 'success',
      details: { programmeCode: row.publication.programmeCode, note },
    });
    await complianceAfterFactsChange(tx, { unitIds: [unit.id] });
    return viewOne(tx, unit, publicationId);
  });
}
