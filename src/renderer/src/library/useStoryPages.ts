// The library's stories, fetched a page at a time as the list scrolls.
import { useCallback, useEffect, useRef, useState } from 'react';
import { call, ApiFailure } from '../api/client';
import type { StorySummary } from '../../../shared/model';
import type { ApiError } from '../../../shared/errors';

const PAGE_SIZE = 100;

export interface StoryPages {
  total: number | null;
  /** Loaded stories by position; holes are pages not fetched yet. */
  stories: (StorySummary | undefined)[];
  error: ApiError | null;
  ensureLoaded(index: number): void;
}

export type LibraryOrder = 'recentlyAdded' | 'newest' | 'oldest';

export function useStoryPages(order: LibraryOrder, reloadKey: unknown = 0): StoryPages {
  const [total, setTotal] = useState<number | null>(null);
  const [stories, setStories] = useState<(StorySummary | undefined)[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const requested = useRef(new Set<number>());

  const loadPage = useCallback((page: number) => {
    if (requested.current.has(page)) return;
    requested.current.add(page);
    call('listStories', { offset: page * PAGE_SIZE, limit: PAGE_SIZE, order }).then(
      (result) => {
        setTotal(result.total);
        setStories((prev) => {
          const next = prev.slice();
          result.stories.forEach((s, i) => (next[page * PAGE_SIZE + i] = s));
          return next;
        });
      },
      (e: unknown) => {
        requested.current.delete(page);
        setError(e instanceof ApiFailure ? e.error : { code: 'internal', detail: String(e) });
      },
    );
  }, [order]);

  useEffect(() => {
    requested.current.clear();
    setStories([]);
    setTotal(null);
    loadPage(0);
  }, [loadPage, reloadKey]);

  const ensureLoaded = useCallback(
    (index: number) => loadPage(Math.floor(index / PAGE_SIZE)),
    [loadPage],
  );
  return { total, stories, error, ensureLoaded };
}
