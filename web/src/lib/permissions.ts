import type { MeResponse, Permission } from '@mofan/shared';

/** Whether the user holds the permission in any scope. The server still checks the scope of each record. */
export function hasPermission(me: MeResponse | null | undefined, permission: Permission): boolean {
  return me?.permissions.includes(permission) ?? false;
}

/** The ledger: readers of records, and anyone linked to a person (their own personal records). */
export function canUseLedger(me: MeResponse): boolean {
  return hasPermission(me, 'records.read') || !!me.personId;
}
