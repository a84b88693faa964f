import type { ApiHandlers } from '../../../shared/api';
import { search, searchHighlights } from '../search/search';
import type { ApiContext } from './context';

export function searchHandlers(ctx: ApiContext): Pick<ApiHandlers, 'search' | 'searchHighlights'> {
  return {
    search: ({ query, ...options }) => search(ctx.db, query, options),
    searchHighlights: ({ query, storyId }) => searchHighlights(ctx.db, query, storyId),
  };
}
