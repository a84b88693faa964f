// Which versions of a story to show, by the reader's preferred reading languages (settings):
// "English on the right when there is one, else Estonian" is readingLanguages ["en", "et"].
// The interface language plays no part here: content languages are the reader's own choice.

export interface LangVersion {
  lang: string;
  original: boolean;
}

/** Rank of `lang` in the preferences (a primary subtag matches a regional one), or -1. */
export function preferenceRank(lang: string, readingLanguages: readonly string[]): number {
  const wanted = lang.toLowerCase();
  const primary = wanted.split('-')[0];
  let partial = -1;
  for (const [i, pref] of readingLanguages.entries()) {
    const p = pref.toLowerCase();
    if (p === wanted) return i;
    if (partial < 0 && p.split('-')[0] === primary) partial = i;
  }
  return partial;
}

/** Versions ordered for display and search: preferred languages first, then the original, then the rest. */
export function orderByReadingLanguages<V extends LangVersion>(versions: readonly V[], readingLanguages: readonly string[]): V[] {
  const key = (v: V): number => {
    const rank = preferenceRank(v.lang, readingLanguages);
    if (rank >= 0) return rank;
    return v.original ? readingLanguages.length : readingLanguages.length + 1;
  };
  // Array.prototype.sort is stable, so versions without a preference keep the archive's order.
  return [...versions].sort((a, b) => key(a) - key(b));
}

/**
 * The two columns of the reader: the original on the left (the start side), and beside it the
 * reader's most preferred language the story has besides the original — else its first
 * translation. Without a known original, the most preferred version goes right and the next one
 * left. A story in one language has no right column.
 */
export function chooseVersionPair<V extends LangVersion>(
  versions: readonly V[],
  readingLanguages: readonly string[],
): { left: V | null; right: V | null } {
  if (versions.length === 0) return { left: null, right: null };
  if (versions.length === 1) return { left: versions[0] ?? null, right: null };
  const ordered = orderByReadingLanguages(versions, readingLanguages);
  const original = versions.find((v) => v.original);
  if (!original) return { left: ordered[1] ?? null, right: ordered[0] ?? null };
  const preferred = ordered.filter((v) => v !== original && preferenceRank(v.lang, readingLanguages) >= 0);
  return { left: original, right: preferred[0] ?? versions.find((v) => v !== original) ?? null };
}
