import type { ApiHandlers } from '../../../shared/api';
import { archiveStats, getStory, listStories } from '../stories/repository';
import type { ApiContext } from './context';

export function libraryHandlers(ctx: ApiContext): Pick<ApiHandlers, 'listStories' | 'getStory' | 'stats'> {
  return {
    listStories: (input) => listStories(ctx.db, input),
    getStory: ({ id }) => getStory(ctx.db, id),
    stats: () => archiveStats(ctx.db),
  };
}
