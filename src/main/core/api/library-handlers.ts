import type { ApiHandlers } from '../../../shared/api';
import { archiveStats, deleteStory, getStory, listStories } from '../stories/repository';
import type { ApiContext } from './context';

export function libraryHandlers(ctx: ApiContext): Pick<ApiHandlers, 'listStories' | 'getStory' | 'stats' | 'deleteStory'> {
  return {
    listStories: (input) => listStories(ctx.db, input),
    getStory: ({ id }) => getStory(ctx.db, id),
    stats: () => archiveStats(ctx.db),
    deleteStory: ({ id }) => deleteStory(ctx.db, id),
  };
}
