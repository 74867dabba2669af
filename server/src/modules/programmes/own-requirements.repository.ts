import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { ownRequirementId } from '@mofan/shared';
import type { DbOrTx } from '../../db/client';
import { customRequirements, orgNodes, requirementSettings } from '../../db/schema/index';

export type OwnRequirementRow = typeof customRequirements.$inferSelect;

/** An own requirement with the node that made it: its name for the views, its path for scope and binding. */
export interface OwnRequirementEntry {
  row: OwnRequirementRow;
  nodeName: string;
  nodePath: string;
}

type OwnRequirementFields = Pick<OwnRequirementRow, 'title' | 'programmeCode' | 'dimensionCode' | 'evidence' | 'target' | 'rule' | 'evidenceRole' | 'note' | 'enabled'>;

function joined(db: DbOrTx) {
  return db
    .select({ row: customRequirements, nodeName: orgNodes.name, nodePath: orgNodes.path })
    .from(customRequirements)
    .innerJoin(orgNodes, eq(orgNodes.id, customRequirements.nodeId));
}

/** The own requirements of the given nodes (a node and its ancestors), oldest first. */
export async function findOwnRequirementsOfNodes(db: DbOrTx, nodeIds: string[]): Promise<OwnRequirementEntry[]> {
  if (nodeIds.length === 0) return [];
  return joined(db)
    .where(sql`${customRequirements.nodeId} = any(${sql.param(nodeIds)}::uuid[])`)
    .orderBy(asc(customRequirements.createdAt), asc(customRequirements.id));
}

/** Every own requirement made in a subtree, latest change first: what the 工委 sees its units added. */
export async function findOwnRequirementsUnder(db: DbOrTx, path: string): Promise<OwnRequirementEntry[]> {
  return joined(db)
    .where(sql`${orgNodes.path} like ${`${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`)
    .orderBy(desc(customRequirements.updatedAt));
}

export async function findOwnRequirementsByIds(db: DbOrTx, ids: string[]): Promise<OwnRequirementEntry[]> {
  if (ids.length === 0) return [];
  return joined(db).where(sql`${customRequirements.id} = any(${sql.param(ids)}::uuid[])`);
}

export async function findOwnRequirement(db: DbOrTx, id: string): Promise<OwnRequirementEntry | null> {
  const rows = await joined(db).where(eq(customRequirements.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertOwnRequirement(db: DbOrTx, row: typeof customRequirements.$inferInsert): Promise<OwnRequirementRow> {
  const rows = await db.insert(customRequirements).values(row).returning();
  return rows[0]!;
}

export async function updateOwnRequirementRow(db: DbOrTx, id: string, version: number, fields: OwnRequirementFields, at: Date): Promise<OwnRequirementRow | null> {
  const rows = await db
    .update(customRequirements)
    .set({ ...fields, updatedAt: at, version: sql`${customRequirements.version} + 1` })
    .where(and(eq(customRequirements.id, id), eq(customRequirements.version, version)))
    .returning();
  return rows[0] ?? null;
}

/**
 * Deletes an own requirement with the changes the nodes below made to it (their settings name it
 * by `custom.<id>`, which no foreign key can follow): without the item they mean nothing.
 */
export async function deleteOwnRequirementRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(requirementSettings).where(eq(requirementSettings.requirementId, ownRequirementId(id)));
  await db.delete(customRequirements).where(eq(customRequirements.id, id));
}
