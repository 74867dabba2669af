import { createContext, useContext } from 'react';
import type { MeResponse } from '@mofan/shared';

/** The signed-in user, provided by the app layout once /api/me has answered. */
export const CurrentUserContext = createContext<MeResponse | null>(null);

export function useCurrentUser(): MeResponse {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser must be used inside the app layout');
  return me;
}
