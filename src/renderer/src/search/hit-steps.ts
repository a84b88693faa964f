// Moving through results hit by hit: ↓ to the next hit, into the next story after a story's last;
// ↑ back, to the search box before the first. Pure, so it is tested on its own.

/** A hit in the results: the story's position in the list, and the hit's within the story. */
export interface HitRef {
  story: number;
  hit: number;
}

/** How many hits each story has, where known (stories not fetched yet count as one). */
export type HitCounts = (story: number) => number | undefined;

export function nextHit(at: HitRef | null, total: number, hits: HitCounts): HitRef | null {
  if (total === 0) return null;
  if (!at) return { story: 0, hit: 0 };
  if (at.hit + 1 < (hits(at.story) ?? 1)) return { story: at.story, hit: at.hit + 1 };
  return at.story + 1 < total ? { story: at.story + 1, hit: 0 } : at;
}

/** Null: before the first hit (the search box). */
export function previousHit(at: HitRef | null, hits: HitCounts): HitRef | null {
  if (!at || (at.story === 0 && at.hit === 0)) return null;
  if (at.hit > 0) return { story: at.story, hit: at.hit - 1 };
  return { story: at.story - 1, hit: Math.max(0, (hits(at.story - 1) ?? 1) - 1) };
}

/** `by` stories on (or back), at the first hit. */
export function stepStories(at: HitRef | null, by: number, total: number): HitRef | null {
  if (total === 0) return null;
  const story = Math.max(0, Math.min(total - 1, (at?.story ?? -1) + by));
  return { story, hit: 0 };
}
