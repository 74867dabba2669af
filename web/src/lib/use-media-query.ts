import { useCallback, useSyncExternalStore } from 'react';

/** Subscribes to a CSS media query; correct from the first render, unlike antd's useBreakpoint. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

/** Phone widths (antd's xs breakpoint, below 576 px). */
export function useIsPhone(): boolean {
  return useMediaQuery('(max-width: 575.98px)');
}
