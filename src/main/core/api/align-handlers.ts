import type { ApiHandlers } from '../../../shared/api';
import {
  getStoryAlignment,
  repairStoryAlignment,
  resetStoryAlignment,
  undoStoryAlignmentRepair,
} from '../align/story-alignment';
import type { ApiContext } from './context';

type AlignMethods = 'getAlignment' | 'repairAlignment' | 'undoAlignmentRepair' | 'resetAlignment';

export function alignHandlers(ctx: ApiContext): Pick<ApiHandlers, AlignMethods> {
  return {
    getAlignment: ({ storyId, from, to }) => getStoryAlignment(ctx.db, storyId, from, to),
    repairAlignment: ({ storyId, from, to, repair }) => repairStoryAlignment(ctx.db, storyId, from, to, repair),
    undoAlignmentRepair: ({ storyId, from, to }) => undoStoryAlignmentRepair(ctx.db, storyId, from, to),
    resetAlignment: ({ storyId, from, to }) => resetStoryAlignment(ctx.db, storyId, from, to),
  };
}
