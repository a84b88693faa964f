// Where the reader is, written in the URL hash so a reload (and the browser tests) land on the same
// screen, and Back returns to where they were (pure: route.ts keeps it in the window):
//   `#/?filter=lang%3Auk&order=newest&at=3`          the library, filtered, at its 4th story
//   `#/search?q=Kallas%20lang%3Auk&sort=newest&at=2.1` search results, at story 3's 2nd hit
//   `#/story/12?left=en&right=uk&block=3&q=Kallas`      a story; `q`: opened from that search
import { SEARCH_SORTS, type SearchSort } from '../../../shared/api/search';
import { LIBRARY_ORDERS, type LibraryOrder } from '../../../shared/api/library';
import type { HitRef } from '../search/hit-steps';

export type { HitRef };

export type LibraryRoute = {
  view: 'library';
  /** The library's facets, as a query of filters (src/shared/search prints it). */
  filter: string;
  order: LibraryOrder;
  /** The story last opened from here, by position, to come back to. */
  at?: number;
};
export type SearchRoute = { view: 'search'; q: string; sort: SearchSort; at?: HitRef };
export type StoryRoute = {
  view: 'story';
  id: number;
  left?: string;
  right?: string;
  /** Block to scroll to, in the version `lang` (or `left`). */
  block?: number;
  lang?: string;
  /** The search this story was opened from: its words are lit, and Esc goes back to it. */
  q?: string;
  sort?: SearchSort;
};
export type Route = LibraryRoute | SearchRoute | StoryRoute;

export const LIBRARY: LibraryRoute = { view: 'library', filter: '', order: 'recentlyAdded' };

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
const count = (value: string | null): number | undefined => (value !== null && /^\d+$/u.test(value) ? Number(value) : undefined);

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/u, '').split('?');
  const params = new URLSearchParams(query);
  if (path === '/search') {
    const at = /^(\d+)\.(\d+)$/u.exec(params.get('at') ?? '');
    return {
      view: 'search',
      q: params.get('q') ?? '',
      sort: oneOf(SEARCH_SORTS, params.get('sort'), 'relevance'),
      ...(at ? { at: { story: Number(at[1]), hit: Number(at[2]) } } : {}),
    };
  }
  const m = /^\/story\/(\d+)$/u.exec(path);
  if (m) {
    const q = params.get('q');
    return {
      view: 'story',
      id: Number(m[1]),
      left: params.get('left') ?? undefined,
      right: params.get('right') ?? undefined,
      lang: params.get('lang') ?? undefined,
      block: count(params.get('block')),
      ...(q ? { q, sort: oneOf(SEARCH_SORTS, params.get('sort'), 'relevance') } : {}),
    };
  }
  const at = count(params.get('at'));
  return {
    view: 'library',
    filter: params.get('filter') ?? '',
    order: oneOf(LIBRARY_ORDERS, params.get('order'), 'recentlyAdded'),
    ...(at === undefined ? {} : { at }),
  };
}

export function formatRoute(route: Route): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string | number | undefined, skip?: string): void => {
    if (value !== undefined && value !== '' && value !== skip) params.set(name, String(value));
  };
  const withParams = (path: string): string => (params.size > 0 ? `#${path}?${params.toString()}` : `#${path}`);
  switch (route.view) {
    case 'library':
      set('filter', route.filter);
      set('order', route.order, 'recentlyAdded');
      set('at', route.at);
      return withParams('/');
    case 'search':
      params.set('q', route.q);
      set('sort', route.sort, 'relevance');
      if (route.at) params.set('at', `${route.at.story}.${route.at.hit}`);
      return withParams('/search');
    case 'story':
      set('left', route.left);
      set('right', route.right);
      set('lang', route.lang);
      set('block', route.block);
      set('q', route.q);
      if (route.q) set('sort', route.sort, 'relevance');
      return withParams(`/story/${route.id}`);
  }
}
