// A long list fetched a page at a time as it scrolls (the library, search results). A new key
// (another query, order or filter) starts over; a change in the archive refetches the pages in
// place, keeping what is on screen until the new answers arrive. Answers to an older key or an
// older state of the archive never land.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/errors';
import { asApiError } from '../api/client';
import { useArchiveGeneration } from './archive-changes';

export interface Page<T, M> {
  total: number;
  items: readonly T[];
  /** What the first page brings besides its items (search: facets and hints). */
  meta: M;
}

export interface PagedList<T, M> {
  /** Null until the first page arrives. */
  total: number | null;
  /** Loaded items by position; holes are pages not fetched yet. */
  items: readonly (T | undefined)[];
  meta: M | null;
  error: ApiError | null;
  /** Fetches the page holding `index` unless it is fetched for the archive as it is now. */
  ensureLoaded(index: number): void;
}

interface Held<T, M> {
  key: string;
  total: number | null;
  items: (T | undefined)[];
  meta: M | null;
  error: ApiError | null;
}

interface Asked {
  key: string | null;
  generation: number;
  pages: Set<number>;
}

/** `key` null: no list (an empty query). */
export function usePagedList<T, M>(
  key: string | null,
  load: (offset: number, limit: number) => Promise<Page<T, M>>,
  pageSize: number,
): PagedList<T, M> {
  const generation = useArchiveGeneration();
  const [held, setHeld] = useState<Held<T, M> | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const now = useRef({ key, generation });
  now.current = { key, generation };
  const asked = useRef<Asked>({ key: null, generation: -1, pages: new Set() });

  const loadPage = useCallback(
    (page: number) => {
      const { key: k, generation: g } = now.current;
      if (k === null) return;
      if (asked.current.key !== k || asked.current.generation !== g) asked.current = { key: k, generation: g, pages: new Set() };
      if (asked.current.pages.has(page)) return;
      asked.current.pages.add(page);
      const current = (): boolean => now.current.key === k && now.current.generation === g;
      loadRef.current(page * pageSize, pageSize).then(
        (result) => {
          if (!current()) return;
          setHeld((prev) => {
            // The same list refetched keeps its other items; another list starts empty.
            const same = prev?.key === k;
            const items = same ? prev.items.slice(0, result.total) : [];
            result.items.forEach((item, i) => (items[page * pageSize + i] = item));
            return { key: k, total: result.total, items, meta: page === 0 || !same ? result.meta : prev.meta, error: null };
          });
        },
        (e: unknown) => {
          if (!current()) return;
          asked.current.pages.delete(page);
          setHeld((prev) => ({ ...(prev?.key === k ? prev : { key: k, total: 0, items: [], meta: null }), error: asApiError(e) }));
        },
      );
    },
    [pageSize],
  );

  useEffect(() => {
    if (key !== null) loadPage(0);
  }, [key, generation, loadPage]);

  const ensureLoaded = useCallback((index: number) => loadPage(Math.floor(index / pageSize)), [loadPage, pageSize]);

  // Until a new list's first page arrives, another list's items are not shown.
  if (key === null || held?.key !== key) return { total: key === null ? 0 : null, items: [], meta: null, error: null, ensureLoaded };
  return { total: held.total, items: held.items, meta: held.meta, error: held.error, ensureLoaded };
}
