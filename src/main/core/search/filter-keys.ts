// The query's filters as a test on a document key alone: its language from the key's low bits,
// its side, date and tags from per-story lookups, so filtering tens of thousands of matches costs
// no queries per match. Dates are the story's newest publication day; a story with none has no
// date to be after or before anything, and `undatedLeftOut` counts those a date filter left out.
import type { QueryFilters } from '../../../shared/search';
import type { SearchCache } from './doc-cache';
import { LANG_SLOTS, storyOfDoc } from './doc-key';
import { slot, type SearchConnection } from './search-connection';

export type KeyTest = (key: number) => boolean;

export function hasFilters(f: QueryFilters): boolean {
  return (
    f.langs.length > 0 ||
    f.notLangs.length > 0 ||
    f.tags.length > 0 ||
    f.notTags.length > 0 ||
    f.after !== null ||
    f.before !== null ||
    f.side !== null
  );
}

/** A version's language is `tag` or a variant of it (`en-GB` is `en`). */
export function langIs(lang: string, tag: string): boolean {
  return lang === tag || (lang.length > tag.length && lang.startsWith(tag) && lang[tag.length] === '-');
}

const TAGGED_STORIES = slot((db) =>
  db
    .prepare(
      `SELECT DISTINCT st.story_id FROM story_tags st JOIN tags t ON t.id = st.tag_id
       WHERE t.name IN (SELECT value FROM json_each(?))`,
    )
    .pluck(),
);

/** Stories carrying any of `tags` (compared without case, as the tags table does). */
function storiesTagged(conn: SearchConnection, tags: readonly string[]): Set<number> {
  return new Set(conn.get(TAGGED_STORIES).all(JSON.stringify(tags)) as number[]);
}

export interface KeyFilters {
  /** Null when the query has no filter. */
  passes: KeyTest | null;
  /** Every filter but the dates; null when the query has no date filter. */
  passesUndated: KeyTest | null;
}

export function keyFilters(conn: SearchConnection, f: QueryFilters, cache: SearchCache): KeyFilters {
  if (!hasFilters(f)) return { passes: null, passesUndated: null };
  const allowed = new Uint8Array(LANG_SLOTS);
  cache.langOfCode.forEach((lang, code) => {
    const l = lang.toLowerCase();
    const ok = (f.langs.length === 0 || f.langs.some((t) => langIs(l, t))) && !f.notLangs.some((t) => langIs(l, t));
    allowed[code] = ok ? 1 : 0;
  });
  const tagged = f.tags.length > 0 ? storiesTagged(conn, f.tags) : null;
  const untagged = f.notTags.length > 0 ? storiesTagged(conn, f.notTags) : null;
  const after = f.after === null ? 0 : Number(f.after.replace(/-/gu, ''));
  const before = f.before === null ? 0 : Number(f.before.replace(/-/gu, ''));
  const { storyDay, storyOriginal } = cache;
  const passesExceptDate: KeyTest = (key) => {
    const code = key % LANG_SLOTS;
    if (allowed[code] !== 1) return false;
    const story = (key - code) / LANG_SLOTS;
    if (f.side !== null && (storyOriginal[story] === code) !== (f.side === 'original')) return false;
    if (tagged && !tagged.has(story)) return false;
    if (untagged?.has(story)) return false;
    return true;
  };
  if (!after && !before) return { passes: passesExceptDate, passesUndated: null };
  const passes: KeyTest = (key) => {
    if (!passesExceptDate(key)) return false;
    const day = storyDay[storyOfDoc(key)] ?? 0;
    return day !== 0 && (!after || day >= after) && (!before || day < before);
  };
  const passesUndated: KeyTest = (key) => passesExceptDate(key) && (storyDay[storyOfDoc(key)] ?? 0) === 0;
  return { passes, passesUndated };
}

/** Stories among `keys` (ascending) that a date filter left out only because they have no date. */
export function countUndatedLeftOut(keys: readonly number[], passesUndated: KeyTest | null): number {
  if (!passesUndated) return 0;
  let count = 0;
  let last = -1;
  for (const key of keys) {
    if (!passesUndated(key)) continue;
    const story = storyOfDoc(key);
    if (story !== last) count++;
    last = story;
  }
  return count;
}

/** The query's `lang:` values that no version in the archive is written in. */
export function absentLanguages(f: QueryFilters, cache: SearchCache): string[] {
  const present = cache.langOfCode.filter(Boolean).map((l) => l.toLowerCase());
  return f.langs.filter((tag) => !present.some((l) => langIs(l, tag)));
}
