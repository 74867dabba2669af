import type { QueryClient } from '@tanstack/react-query';
import type { createBrowserRouter } from 'react-router';
import { setAuthFailureHandlers } from '../lib/api-client';
import { withRedirect } from '../lib/safe-redirect';
import { authKeys } from '../features/auth/api/query-keys';

type Router = ReturnType<typeof createBrowserRouter>;

/**
 * Connects the api client's 401 / PASSWORD_CHANGE_REQUIRED signals to the router and the cache.
 * Several requests can fail at once when a session expires: only the first one redirects.
 */
export function installAuthRedirects(router: Router, queryClient: QueryClient): void {
  let redirecting = false;

  setAuthFailureHandlers({
    onUnauthenticated: (message) => {
      const { pathname, search } = router.state.location;
      if (redirecting || pathname === '/login') return;
      redirecting = true;
      void router
        .navigate(withRedirect('/login', pathname + search), { replace: true, state: { reason: message } })
        .finally(() => {
          // Cleared only after the protected pages have unmounted, so nothing refetches on the way out.
          queryClient.clear();
          redirecting = false;
        });
    },
    onPasswordChangeRequired: () => {
      const { pathname, search } = router.state.location;
      if (pathname === '/change-password') return;
      void queryClient.invalidateQueries({ queryKey: authKeys.me });
      void router.navigate(withRedirect('/change-password', pathname + search), { replace: true });
    },
  });
}
