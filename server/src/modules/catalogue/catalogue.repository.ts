import { and, desc, eq, sql } from 'drizzle-orm';
import type { RuleSpec } from '@mofan/shared';
import type { DbOrTx } from '../../db/client';
import { orgNodes, requirementSettings } from '../../db/schema/index';

export type SettingRow = typeof requirementSettings.$inferSelect;

/** The settings of the given nodes (a node and its ancestors), with the nodes' names. */
export async function findSettingsOfNodes(db: DbOrTx, nodeIds: string[]) {
  if (nodeIds.length === 0) return [];
  return db
    .select({ setting: requirementSettings, nodeName: orgNodes.name })
    .from(requirementSettings)
    .innerJoin(orgNodes, eq(orgNodes.id, requirementSettings.nodeId))
    .where(sql`${requirementSettings.nodeId} = any(${sql.param(nodeIds)}::uuid[])`);
}

/** Every setting made in a subtree, newest first: what the 工委 sees its units changed. */
export async function findSettingsUnder(db: DbOrTx, path: string) {
  return db
    .select({ setting: requirementSettings, nodeName: orgNodes.name })
    .from(requirementSettings)
    .innerJoin(orgNodes, eq(orgNodes.id, requirementSettings.nodeId))
    .where(sql`${orgNodes.path} like ${`${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`)
    .orderBy(desc(requirementSettings.updatedAt));
}

export async function findSetting(db: DbOrTx, nodeId: string, requirementId: string): Promise<SettingRow | null> {
  const rows = await db
    .select()
    .from(requirementSettings)
    .where(and(eq(requirementSettings.nodeId, nodeId), eq(requirementSettings.requirementId, requirementId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertSetting(db: DbOrTx, row: typeof requirementSettings.$inferInsert): Promise<SettingRow> {
  const rows = await db.insert(requirementSettings).values(row).returning();
  return rows[0]!;
}

export async function updateSettingRow(db: DbOrTx, id: string, version: number, fields: { enabled: boolean; rule: RuleSpec | null; reason: string | null; updatedByUserId: string }, at: Date) {
  const rows = await db
    .update(requirementSettings)
    .set({ ...fields, updatedAt: at, version: sql`${requirementSettings.version} + 1` })
    .where(and(eq(requirementSettings.id, id), eq(requirementSettings.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteSettingRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(requirementSettings).where(eq(requirementSettings.id, id));
}
