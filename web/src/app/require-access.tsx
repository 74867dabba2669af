import { Outlet } from 'react-router';
import type { MeResponse } from '@mofan/shared';
import { ForbiddenResult } from '../components/forbidden-result';
import { useCurrentUser } from './current-user';

/** Like RequirePermission, for pages open on other grounds (an account linked to a person). */
export function RequireAccess({ allowed }: { allowed: (me: MeResponse) => boolean }) {
  const me = useCurrentUser();
  return allowed(me) ? <Outlet /> : <ForbiddenResult />;
}
