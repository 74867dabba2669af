import type { MeResponse } from '@mofan/shared';

/** Where the user organises checks unless they pick another: their first grant to organise them. */
export function defaultOrganizerNode(me: MeResponse): { id: string; name: string } | null {
  const grant = me.grants.find((g) => g.permissions.includes('inspections.write') && g.scopeNodeId);
  return grant?.scopeNodeId ? { id: grant.scopeNodeId, name: grant.scopeNodeName ?? '' } : null;
}
