import type { Permission } from '@mofan/shared';

/** One grant in force for a user: the permissions of a role over an org subtree. */
export interface EffectiveGrant {
  roleCode: string;
  roleName: string;
  permissions: ReadonlySet<Permission>;
  /** null: the whole system. */
  scopeNodeId: string | null;
  scopeNodeName: string | null;
  /** The scope node's path (`/id/…/`); null with a null scope. */
  scopePath: string | null;
  source: 'grant' | 'post';
}

/** The signed-in user as services see them. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  personId: string | null;
  mustChangePassword: boolean;
  grants: EffectiveGrant[];
  ip: string | null;
}

/** Where a permission reaches: everywhere, or the subtrees under these paths (maybe none). */
export type Scope = { all: true } | { all: false; paths: string[] };
