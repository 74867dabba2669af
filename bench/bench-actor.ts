import crypto from 'node:crypto';
import { BUILTIN_ROLES } from '../server/src/modules/access/access.rules';
import type { Actor } from '../server/src/modules/access/access.types';

/** A system-wide administrator for calling services directly in a benchmark (no login, no HTTP). */
export function benchAdmin(userId: string = crypto.randomUUID()): Actor {
  const admin = BUILTIN_ROLES.find((r) => r.code === 'system_admin');
  if (!admin) throw new Error('no system_admin role');
  return {
    userId,
    username: 'bench',
    displayName: 'bench',
    personId: null,
    mustChangePassword: false,
    ip: null,
    grants: [{ roleCode: admin.code, roleName: admin.name, permissions: new Set(admin.permissions), scopeNodeId: null, scopeNodeName: null, scopePath: null, source: 'grant' }],
  };
}
