// The library: listing, reading and counting what the archive holds.
import { z } from 'zod';
import { method } from './define';
import type { ArchiveStats, Story, StorySummary } from '../model';

export const StoryId = z.number().int().positive();

export const ListStoriesInput = z
  .object({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
    order: z.enum(['newest', 'oldest', 'recentlyAdded']).default('recentlyAdded'),
  })
  .strict()
  .default({ offset: 0, limit: 100, order: 'recentlyAdded' });

export interface StoryPage {
  total: number;
  stories: StorySummary[];
}

export const libraryContract = {
  listStories: method<StoryPage>()(ListStoriesInput),
  getStory: method<Story>()(z.object({ id: StoryId }).strict()),
  stats: method<ArchiveStats>()(z.object({}).strict().default({})),
  deleteStory: method<{ versions: number }>()(z.object({ id: StoryId }).strict()),
};
