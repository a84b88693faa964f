// Where the words of the search a story was opened from are, in each of its versions: the core's
// own matches (inflected forms, names across scripts, whatever it matched), not a pattern guessed
// here, so the counterpart lights what the search found there.
import { useMemo } from 'react';
import type { Ranges } from '../../../shared/reader/text-pieces';
import { useApi, valueOf } from '../data/useApi';

/** Per version id, per block index: the ranges to mark. */
export type StoryMarks = ReadonlyMap<number, ReadonlyMap<number, Ranges>>;

export function useSearchHighlights(query: string | undefined, storyId: number): StoryMarks | null {
  const found = valueOf(useApi('searchHighlights', query?.trim() ? { query, storyId } : null));
  return useMemo(
    () =>
      found
        ? new Map(found.versions.map((v) => [v.versionId, new Map(v.blocks.map((b) => [b.block, b.ranges] as const))] as const))
        : null,
    [found],
  );
}
