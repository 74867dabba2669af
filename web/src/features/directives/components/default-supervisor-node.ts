import type { MeResponse } from '@mofan/shared';

/** Where the user registers directives unless they pick another: their first supervising grant's node. */
export function defaultSupervisorNode(me: MeResponse): { id: string; name: string } | null {
  const grant = me.grants.find((g) => g.permissions.includes('directives.supervise') && g.scopeNodeId);
  return grant?.scopeNodeId ? { id: grant.scopeNodeId, name: grant.scopeNodeName ?? '' } : null;
}

/** The group robot is set once for the whole instance: a system-wide supervisor only. */
export function canSetDirectiveWebhook(me: MeResponse): boolean {
  return me.grants.some((g) => g.scopeNodeId === null && g.permissions.includes('directives.supervise'));
}
