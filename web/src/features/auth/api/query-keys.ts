export const authKeys = {
  me: ['auth', 'me'] as const,
  systemInfo: ['system', 'info'] as const,
};
