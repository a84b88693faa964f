// The stories a query keeps, unranked, with the facets of what it keeps: for the library, which
// filters by the same query language (facets on the same tree) and orders stories its own way.
import type { SearchFacets, SearchHint } from '../../../shared/api/search';
import { parseQuery } from '../../../shared/search';
import { searchCache } from './doc-cache';
import { hasFilters } from './filter-keys';
import { compileQuery } from './query-compile';
import { prefixTerms } from './prefix-terms';
import { countFacets, matchStories, nameLexicon } from './search';
import type { SearchConnection } from './search-connection';

export interface StoriesKept {
  /** Null when the query keeps every story (it is empty). */
  storyIds: number[] | null;
  facets: SearchFacets;
  hints: SearchHint[];
}

export function storiesKept(conn: SearchConnection, query: string): StoriesKept {
  const parsed = parseQuery(query);
  const compiled = compileQuery(parsed, nameLexicon(conn), prefixTerms(conn));
  const hints = [...parsed.hints];
  const restricts = compiled.searchable || hasFilters(parsed.filters);
  if (!restricts && parsed.root) {
    // Exclusions alone: nothing to keep, as in search.
    hints.push({ code: 'onlyExclusions' });
    return { storyIds: [], facets: { lang: [], agency: [], year: [] }, hints };
  }
  const cache = searchCache(conn);
  const { list, undatedLeftOut } = matchStories(conn, parsed, compiled, cache);
  if (undatedLeftOut > 0) hints.push({ code: 'undatedLeftOut', count: undatedLeftOut });
  return {
    storyIds: restricts ? list.stories.map((s) => s.storyId) : null,
    facets: countFacets(list, cache),
    hints,
  };
}
