import { type Permission, PERMISSIONS, type Role, type User } from '@mofan/shared';
import type { RoleRow, UserJoinedRow } from './users.repository';
import type { findGrantsOfUsers } from './users.repository';

type GrantRow = Awaited<ReturnType<typeof findGrantsOfUsers>>[number];

export function presentUser(row: UserJoinedRow, grants: GrantRow[], now: Date): User {
  const u = row.user;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    personId: u.personId,
    personName: row.personName,
    unitName: row.unitName,
    isActive: u.isActive,
    lockedUntil: u.lockedUntil && u.lockedUntil > now ? u.lockedUntil.toISOString() : null,
    mustChangePassword: u.mustChangePassword,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    grants: grants
      .filter((g) => g.grant.userId === u.id)
      .map((g) => ({
        id: g.grant.id,
        roleId: g.grant.roleId,
        roleCode: g.roleCode,
        roleName: g.roleName,
        scopeNodeId: g.grant.scopeNodeId,
        scopeNodeName: g.scopeNodeName,
        createdAt: g.grant.createdAt.toISOString(),
      })),
    version: u.version,
  };
}

export function presentRole(r: RoleRow): Role {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    description: r.description,
    permissions: r.permissions.filter((p): p is Permission => (PERMISSIONS as readonly string[]).includes(p)),
    builtin: r.builtin,
    version: r.version,
  };
}
