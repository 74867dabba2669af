/**
 * The page to return to after login. Only same-site paths are accepted: a crafted
 * `?redirect=//evil.example` must not send a freshly logged-in user elsewhere.
 */
export function safeRedirect(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/login') || value.startsWith('/change-password')) return '/';
  return value;
}

/** `/login?redirect=…`, leaving the parameter out when the target is the home page. */
export function withRedirect(base: string, target: string): string {
  const safe = safeRedirect(target);
  return safe === '/' ? base : `${base}?redirect=${encodeURIComponent(safe)}`;
}
