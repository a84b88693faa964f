// Search results fetched a page at a time as the list scrolls: the first page brings the total,
// facets and hints; later pages only fill in stories. Refetched in place when the archive changes.
import type { SearchResult, SearchSort, SearchStoryResult } from '../../../shared/api/search';
import { call } from '../api/client';
import { usePagedList, type PagedList } from '../data/usePagedList';

export const PAGE_SIZE = 50;

export type SearchMeta = Pick<SearchResult, 'facets' | 'hints' | 'ranking' | 'totalAtLeast'>;

export function useSearchPages(query: string, sort: SearchSort, counterpartLang?: string): PagedList<SearchStoryResult, SearchMeta> {
  const key = query.trim() ? JSON.stringify([query, sort, counterpartLang ?? null]) : null;
  return usePagedList(
    key,
    async (offset, limit) => {
      const result = await call('search', { query, sort, offset, limit, counterpartLang });
      return { total: result.total, items: result.stories, meta: { facets: result.facets, hints: result.hints, ranking: result.ranking, totalAtLeast: result.totalAtLeast } };
    },
    PAGE_SIZE,
  );
}
