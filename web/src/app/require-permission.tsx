import { Outlet } from 'react-router';
import type { Permission } from '@mofan/shared';
import { ForbiddenResult } from '../components/forbidden-result';
import { hasPermission } from '../lib/permissions';
import { useCurrentUser } from './current-user';

/** Hides a page from users without the permission. The server enforces it on every call regardless. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const me = useCurrentUser();
  return hasPermission(me, permission) ? <Outlet /> : <ForbiddenResult />;
}
