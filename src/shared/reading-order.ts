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
 * The two columns of the reader. The right column holds the reader's most preferred language the
 * story has; the left one the original (or, when the original is that preferred version, the
 * next in the reader's order). A story in one language has no right column.
 */
export function chooseVersionPair<V extends LangVersion>(
  versions: readonly V[],
  readingLanguages: readonly string[],
): { left: V | null; right: V | null } {
  if (versions.length === 0) return { left: null, right: null };
  if (versions.length === 1) return { left: versions[0] ?? null, right: null };
  const ordered = orderByReadingLanguages(versions, readingLanguages);
  const preferred = ordered.filter((v) => preferenceRank(v.lang, readingLanguages) >= 0);
  const original = versions.find((v) => v.original) ?? null;
  const right = preferred[0] ?? ordered.find((v) => v !== original) ?? null;
  const left = original && original !== right ? original : (ordered.find((v) => v !== right) ?? null);
  return { left, right };
}
