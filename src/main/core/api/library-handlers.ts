import type { ApiHandlers } from '../../../shared/api';
import { storiesKept } from '../search/stories-kept';
import { removeGuide } from '../sample/remove-guide';
import { archiveStats, deleteStory, getStory, listStories, tagCounts } from '../stories/repository';
import type { SearchConnection } from '../search/search-connection';
import type { ApiContext } from './context';

type LibraryMethods = 'listStories' | 'libraryFacets' | 'getStory' | 'stats' | 'deleteStory' | 'removeGuide';

export function libraryHandlers(ctx: ApiContext, searching: SearchConnection): Pick<ApiHandlers, LibraryMethods> {
  return {
    // The filter is the query language's (search asks which stories it keeps); the library orders them.
    listStories: ({ filter, ...page }) => {
      const only = filter.trim() ? storiesKept(searching, filter).storyIds : null;
      return listStories(ctx.db, only === null ? page : { ...page, only });
    },
    libraryFacets: ({ filter }) => {
      const kept = storiesKept(searching, filter);
      const ids = kept.storyIds ?? (ctx.db.prepare('SELECT id FROM stories').pluck().all() as number[]);
      return { total: ids.length, ...kept.facets, tag: tagCounts(ctx.db, ids), hints: kept.hints };
    },
    getStory: ({ id }) => getStory(ctx.db, id),
    stats: () => archiveStats(ctx.db),
    deleteStory: ({ id }) => deleteStory(ctx.db, id),
    removeGuide: () => removeGuide(ctx.db),
  };
}
