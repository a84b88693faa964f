import type { ApiHandlers } from '../../../shared/api';
import { search, searchHighlights } from '../search/search';
import type { SearchConnection } from '../search/search-connection';

export function searchHandlers(searching: SearchConnection): Pick<ApiHandlers, 'search' | 'searchHighlights'> {
  return {
    search: ({ query, ...options }) => search(searching, query, options),
    searchHighlights: ({ query, storyId }) => searchHighlights(searching, query, storyId),
  };
}
