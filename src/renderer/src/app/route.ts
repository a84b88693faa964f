// Where the reader is, kept in the URL hash so a reload (and the browser tests) land on the same
// screen: `#/` the library, `#/story/12?left=en&right=uk&block=3&terms=kallas`.
import { useCallback, useEffect, useState } from 'react';
import { SEARCH_SORTS, type SearchSort } from '../../../shared/api/search';

export type Route =
  | { view: 'library' }
  /** `#/search?q=Kallas%20lang%3Auk&sort=newest` */
  | { view: 'search'; q: string; sort: SearchSort }
  | {
      view: 'story';
      id: number;
      left?: string;
      right?: string;
      /** Block to scroll to, in the version `lang` (or `left`). */
      block?: number;
      lang?: string;
      /** Search terms to highlight. */
      terms?: string[];
    };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/u, '').split('?');
  const params = new URLSearchParams(query);
  if (path === '/search') {
    const sort = params.get('sort');
    return { view: 'search', q: params.get('q') ?? '', sort: (SEARCH_SORTS as readonly string[]).includes(sort ?? '') ? (sort as SearchSort) : 'relevance' };
  }
  const m = /^\/story\/(\d+)$/u.exec(path);
  if (m) {
    const block = params.get('block');
    const terms = params.get('terms');
    return {
      view: 'story',
      id: Number(m[1]),
      left: params.get('left') ?? undefined,
      right: params.get('right') ?? undefined,
      lang: params.get('lang') ?? undefined,
      block: block !== null && /^\d+$/u.test(block) ? Number(block) : undefined,
      terms: terms ? terms.split('\n').filter(Boolean) : undefined,
    };
  }
  return { view: 'library' };
}

export function formatRoute(route: Route): string {
  if (route.view === 'library') return '#/';
  if (route.view === 'search') {
    const search = new URLSearchParams({ q: route.q });
    if (route.sort !== 'relevance') search.set('sort', route.sort);
    return `#/search?${search.toString()}`;
  }
  const params = new URLSearchParams();
  if (route.left) params.set('left', route.left);
  if (route.right) params.set('right', route.right);
  if (route.lang) params.set('lang', route.lang);
  if (route.block !== undefined) params.set('block', String(route.block));
  if (route.terms?.length) params.set('terms', route.terms.join('\n'));
  const q = params.toString();
  return `#/story/${route.id}${q ? `?${q}` : ''}`;
}

export function useRoute(): [Route, (route: Route, options?: { replace?: boolean }) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = useCallback((next: Route, options?: { replace?: boolean }) => {
    const hash = formatRoute(next);
    if (options?.replace) window.history.replaceState(null, '', hash);
    else window.history.pushState(null, '', hash);
    setRoute(next);
  }, []);
  return [route, navigate];
}
