import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import { orgNodes, posts, roles, userGrants } from '../../db/schema/index';

export async function findExplicitGrants(db: DbOrTx, userId: string) {
  return db
    .select({
      roleCode: roles.code,
      roleName: roles.name,
      permissions: roles.permissions,
      scopeNodeId: userGrants.scopeNodeId,
      scopeNodeName: orgNodes.name,
      scopePath: orgNodes.path,
    })
    .from(userGrants)
    .innerJoin(roles, eq(roles.id, userGrants.roleId))
    .leftJoin(orgNodes, eq(orgNodes.id, userGrants.scopeNodeId))
    .where(eq(userGrants.userId, userId));
}

/** The posts a person holds on `today`, with the node and its unit, for post-derived grants. */
export async function findCurrentPostScopes(db: DbOrTx, personId: string, today: string) {
  const unit = alias(orgNodes, 'unit');
  return db
    .select({
      role: posts.role,
      nodeId: orgNodes.id,
      nodeName: orgNodes.name,
      nodePath: orgNodes.path,
      unitId: unit.id,
      unitName: unit.name,
      unitPath: unit.path,
    })
    .from(posts)
    .innerJoin(orgNodes, eq(orgNodes.id, posts.nodeId))
    .leftJoin(unit, eq(unit.id, orgNodes.unitId))
    .where(and(eq(posts.personId, personId), lte(posts.startDate, today), or(isNull(posts.endDate), gte(posts.endDate, today))));
}

export async function findRolesByCode(db: DbOrTx) {
  return db.select({ code: roles.code, name: roles.name, permissions: roles.permissions }).from(roles);
}
