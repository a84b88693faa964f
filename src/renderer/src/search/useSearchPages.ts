// Search results fetched a page at a time as the list scrolls: the first page brings the total,
// facets and hints; later pages only fill in stories.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiFailure, call } from '../api/client';
import type { ApiError } from '../../../shared/errors';
import type { SearchFacets, SearchHint, SearchResult, SearchSort, SearchStoryResult } from '../../../shared/api/search';

export const PAGE_SIZE = 50;

export interface SearchPages {
  /** Null until the first page arrives. */
  first: Pick<SearchResult, 'total' | 'facets' | 'hints' | 'ranking'> | null;
  stories: (SearchStoryResult | undefined)[];
  error: ApiError | null;
  loading: boolean;
  ensureLoaded(index: number): void;
}

const EMPTY_FACETS: SearchFacets = { lang: [], agency: [], year: [] };

export function useSearchPages(query: string, sort: SearchSort, counterpartLang?: string): SearchPages {
  const [first, setFirst] = useState<SearchPages['first']>(null);
  const [stories, setStories] = useState<(SearchStoryResult | undefined)[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const requested = useRef(new Set<number>());
  // Answers to an older query arrive late sometimes: only the current generation may land.
  const generation = useRef(0);

  const loadPage = useCallback(
    (page: number, gen: number) => {
      if (requested.current.has(page)) return;
      requested.current.add(page);
      if (page === 0) setLoading(true);
      call('search', { query, sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE, counterpartLang }).then(
        (result) => {
          if (gen !== generation.current) return;
          if (page === 0) {
            setFirst({ total: result.total, facets: result.facets, hints: result.hints, ranking: result.ranking });
            setLoading(false);
          }
          setStories((prev) => {
            const next = prev.slice();
            result.stories.forEach((s, i) => (next[page * PAGE_SIZE + i] = s));
            return next;
          });
        },
        (e: unknown) => {
          if (gen !== generation.current) return;
          requested.current.delete(page);
          setLoading(false);
          setError(e instanceof ApiFailure ? e.error : { code: 'internal', detail: String(e) });
        },
      );
    },
    [query, sort, counterpartLang],
  );

  useEffect(() => {
    generation.current++;
    requested.current.clear();
    setStories([]);
    setError(null);
    if (!query.trim()) {
      setFirst({ total: 0, facets: EMPTY_FACETS, hints: [], ranking: 'date' });
      return;
    }
    setFirst(null);
    loadPage(0, generation.current);
  }, [query, loadPage]);

  const ensureLoaded = useCallback(
    (index: number) => loadPage(Math.floor(index / PAGE_SIZE), generation.current),
    [loadPage],
  );
  return { first, stories, error, loading, ensureLoaded };
}
