import type { MeResponse, Permission } from '@mofan/shared';

/** Whether the user holds the permission in any scope. The server still checks the scope of each record. */
export function hasPermission(me: MeResponse | null | undefined, permission: Permission): boolean {
  return me?.permissions.includes(permission) ?? false;
}

/** The ledger: readers of records, and anyone linked to a person (their own personal records). */
export function canUseLedger(me: MeResponse): boolean {
  return hasPermission(me, 'records.read') || !!me.personId;
}

/** 群众诉求: handled by requests.handle, read also by inspectors. */
export function canUsePublicRequests(me: MeResponse): boolean {
  return hasPermission(me, 'requests.handle') || hasPermission(me, 'inspections.read');
}

/** 廉政风险点 and 三重一大: kept with integrity.write, read also by inspectors. */
export function canUseIntegrity(me: MeResponse): boolean {
  return hasPermission(me, 'integrity.write') || hasPermission(me, 'inspections.read');
}

/** 问题与整改: inspectors, and the units that carry out 整改. */
export function canUseProblems(me: MeResponse): boolean {
  return hasPermission(me, 'inspections.read') || hasPermission(me, 'rectifications.handle');
}
