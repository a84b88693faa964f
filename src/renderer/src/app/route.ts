// The route in the window: read from the URL hash, followed through Back and Forward, written
// by navigate (src/renderer/src/app/route-hash.ts says what the hash holds).
import { useCallback, useEffect, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './route-hash';

export * from './route-hash';

export type Navigate = (route: Route, options?: { replace?: boolean }) => void;

export interface Router {
  route: Route;
  navigate: Navigate;
  /** Back to `to`: through the browser's history when that is where the reader came from. */
  goBack(to: Route): void;
}

export function useRoute(): Router {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = useCallback<Navigate>((next, options) => {
    const hash = formatRoute(next);
    if (options?.replace) window.history.replaceState(window.history.state, '', hash);
    // Each entry remembers the one before it, so going back can tell whether it is a step back.
    else window.history.pushState({ back: window.location.hash || '#/' }, '', hash);
    setRoute(next);
  }, []);
  const goBack = useCallback(
    (to: Route) => {
      const state = window.history.state as { back?: string } | null;
      const target = formatRoute(to);
      if (state?.back !== undefined && sameScreen(state.back, target)) window.history.back();
      else navigate(to, { replace: true });
    },
    [navigate],
  );
  return { route, navigate, goBack };
}

/** Two hashes show the same screen (the remembered position aside). */
function sameScreen(a: string, b: string): boolean {
  const strip = (hash: string): string => formatRoute({ ...parseRoute(hash), at: undefined } as Route);
  return strip(a) === strip(b);
}
