import { type Permission, PERMISSIONS, shanghaiDate } from '@mofan/shared';
import type { DbOrTx } from '../../db/client';
import { findCurrentPostScopes, findExplicitGrants, findRolesByCode } from './access.repository';
import { POST_DERIVED_ROLE } from './access.rules';
import type { EffectiveGrant } from './access.types';

function toPermissions(list: readonly string[]): ReadonlySet<Permission> {
  return new Set(list.filter((p): p is Permission => (PERMISSIONS as readonly string[]).includes(p)));
}

/** Every grant in force for a user now: granted roles plus what their current posts confer. */
export async function loadEffectiveGrants(db: DbOrTx, userId: string, personId: string | null, now: Date): Promise<EffectiveGrant[]> {
  const explicit = await findExplicitGrants(db, userId);
  const grants: EffectiveGrant[] = explicit.map((g) => ({
    roleCode: g.roleCode,
    roleName: g.roleName,
    permissions: toPermissions(g.permissions),
    scopeNodeId: g.scopeNodeId,
    scopeNodeName: g.scopeNodeName,
    scopePath: g.scopeNodeId === null ? null : (g.scopePath ?? '/nowhere/'),
    source: 'grant',
  }));
  if (!personId) return grants;
  const held = await findCurrentPostScopes(db, personId, shanghaiDate(now));
  if (held.length === 0) return grants;
  const roleByCode = new Map((await findRolesByCode(db)).map((r) => [r.code, r]));
  for (const post of held) {
    const derived = POST_DERIVED_ROLE[post.role as keyof typeof POST_DERIVED_ROLE];
    const role = derived && roleByCode.get(derived.roleCode);
    if (!derived || !role) continue;
    const useUnit = derived.scope === 'unit' && post.unitPath !== null;
    grants.push({
      roleCode: role.code,
      roleName: role.name,
      permissions: toPermissions(role.permissions),
      scopeNodeId: useUnit ? post.unitId : post.nodeId,
      scopeNodeName: useUnit ? post.unitName : post.nodeName,
      scopePath: useUnit ? post.unitPath : post.nodePath,
      source: 'post',
    });
  }
  return grants;
}
