// The stories an export takes, a page at a time: the ids given (in that order, each once, every
// one checked before anything is written), what a search finds (exactly the search's stories, in
// its order), or every story by id.
import type { Database } from 'better-sqlite3';
import type { ExportSelection } from '../../../shared/api/export';
import { DiptychError } from '../../../shared/errors';
import { searchStoryIds } from '../search/search';
import { SearchConnection } from '../search/search-connection';
import { countStories, existingStoryIds, storyIdsAfter } from '../stories/repository';

export interface SelectedStories {
  total: number;
  pages(): Iterable<number[]>;
}

export const EXPORT_PAGE_SIZE = 250;

function* slices(ids: readonly number[], size: number): Iterable<number[]> {
  for (let i = 0; i < ids.length; i += size) yield ids.slice(i, i + size);
}

function givenIds(db: Database, ids: readonly number[], size: number): SelectedStories {
  const unique = [...new Set(ids)];
  const present = existingStoryIds(db, unique);
  const missing = unique.find((id) => !present.has(id));
  if (missing !== undefined) throw new DiptychError('notFound', { id: missing });
  return { total: unique.length, pages: () => slices(unique, size) };
}

function allStories(db: Database, size: number): SelectedStories {
  return {
    total: countStories(db),
    // Paged by id, so no statement stays open while a page is read.
    *pages() {
      let after = 0;
      for (;;) {
        const ids = storyIdsAfter(db, after, size);
        if (ids.length === 0) return;
        yield ids;
        after = ids[ids.length - 1]!;
      }
    },
  };
}

export function selectStories(
  db: Database,
  selection: ExportSelection,
  size = EXPORT_PAGE_SIZE,
  searching: SearchConnection = new SearchConnection(db),
): SelectedStories {
  if (selection.kind === 'ids') return givenIds(db, selection.ids, size);
  if (selection.kind === 'all') return allStories(db, size);
  const { storyIds } = searchStoryIds(searching, selection.query, selection.sort);
  return { total: storyIds.length, pages: () => slices(storyIds, size) };
}
