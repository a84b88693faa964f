// The library's stories, fetched a page at a time as the list scrolls, kept by its filter (a
// query of filters) in its order; refetched in place when the archive changes.
import type { LibraryOrder } from '../../../shared/api/library';
import type { StorySummary } from '../../../shared/model';
import { call } from '../api/client';
import { usePagedList, type PagedList } from '../data/usePagedList';

const PAGE_SIZE = 100;

export function useStoryPages(order: LibraryOrder, filter: string): PagedList<StorySummary, null> {
  return usePagedList(
    JSON.stringify([order, filter]),
    async (offset, limit) => {
      const page = await call('listStories', { offset, limit, order, filter });
      return { total: page.total, items: page.stories, meta: null };
    },
    PAGE_SIZE,
  );
}
