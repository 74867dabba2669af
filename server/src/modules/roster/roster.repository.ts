import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { orgNodes } from '../../db/schema/index';

/** The 科室, 党支部 and 党小组 of a unit, to resolve the names a roster uses. */
export async function findUnitStructure(db: DbOrTx, unitId: string) {
  return db
    .select({ id: orgNodes.id, kind: orgNodes.kind, name: orgNodes.name, parentId: orgNodes.parentId, unitId: orgNodes.unitId, path: orgNodes.path })
    .from(orgNodes)
    .where(and(eq(orgNodes.unitId, unitId), inArray(orgNodes.kind, ['department', 'branch', 'party_group'])));
}
