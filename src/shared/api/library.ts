// The library: listing (filtered by the query language's filters, as facets), reading and
// counting what the archive holds, and removing stories.
import { z } from 'zod';
import { method } from './define';
import type { ArchiveStats, Story, StorySummary } from '../model';
import { MAX_QUERY_CHARS, type SearchFacet, type SearchHint } from './search';

export const StoryId = z.number().int().positive();

export const ListStoriesInput = z
  .object({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
    order: z.enum(['newest', 'oldest', 'recentlyAdded']).default('recentlyAdded'),
    /** A query of filters (`lang:uk agency:UNN after:2024 before:2025 tag:energy`); '' keeps every story. */
    filter: z.string().max(MAX_QUERY_CHARS * 2).default(''),
  })
  .strict()
  .default({ offset: 0, limit: 100, order: 'recentlyAdded', filter: '' });

export const LIBRARY_ORDERS = ['recentlyAdded', 'newest', 'oldest'] as const;
export type LibraryOrder = (typeof LIBRARY_ORDERS)[number];

/** What the library's filter keeps, counted by value: the facets a reader can narrow it by. */
export interface LibraryFacets {
  /** Stories the filter keeps. */
  total: number;
  lang: SearchFacet[];
  agency: SearchFacet[];
  year: SearchFacet[];
  tag: SearchFacet[];
  /** What the filter did not say clearly, and stories a date left out for having none. */
  hints: SearchHint[];
}

export interface StoryPage {
  total: number;
  stories: StorySummary[];
}

const FilterInput = z.object({ filter: z.string().max(MAX_QUERY_CHARS * 2).default('') }).strict().default({ filter: '' });

export const libraryContract = {
  listStories: method<StoryPage>()(ListStoriesInput),
  libraryFacets: method<LibraryFacets>()(FilterInput),
  getStory: method<Story>()(z.object({ id: StoryId }).strict()),
  stats: method<ArchiveStats>()(z.object({}).strict().default({})),
  deleteStory: method<{ versions: number }>({ writes: true })(z.object({ id: StoryId }).strict()),
  /** Deletes the first-run guide at once (Settings); a guide story the reader added versions to
   *  stays with only theirs (`kept`). */
  removeGuide: method<{ stories: number; kept: number }>({ writes: true })(z.object({}).strict().default({})),
};
