// What search needs to know about every indexed version besides its words: story, language,
// side, agency, date. Held in memory per database connection and rebuilt when search_meta's
// generation moves (triggers bump it on every change to versions), so filtering, facets and date
// order over tens of thousands of matches cost no joins.
import type { Database } from 'better-sqlite3';
import { docKey } from './doc-key';
import { exactForm, scriptOf, tokenize } from './normalize';
import { latinKey, romanize } from './transliterate';

export interface DocInfo {
  key: number;
  versionId: number;
  storyId: number;
  lang: string;
  original: boolean;
  /** Agencies spelled in either script share a key: UNN and УНН are one facet. */
  agencyKey: string | null;
  agency: string | null;
  /** YYYY-MM-DD of publication, or null. */
  day: string | null;
}

export interface StoryInfo {
  /** Milliseconds: newest publication date of its versions, else when it was added. */
  sortTime: number;
  /** Keys of its indexed versions. */
  docs: number[];
}

export interface SearchCache {
  generation: number;
  docs: Map<number, DocInfo>;
  stories: Map<number, StoryInfo>;
  /** Display name of each agency key: its most frequent spelling. */
  agencyNames: Map<string, string>;
}

const caches = new WeakMap<Database, SearchCache>();

export function agencyKeyOf(agency: string | null): string | null {
  if (!agency) return null;
  const words = tokenize(agency).map((t) => {
    const exact = exactForm(t.text);
    return latinKey(scriptOf(exact) === 'cyrillic' ? romanize(exact) : exact);
  });
  return words.length > 0 ? words.join(' ') : null;
}

function dayOf(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/u.exec(value);
  return m ? (m[1] as string) : null;
}

function timeOf(value: string | null): number {
  if (!value) return Number.NaN;
  return Date.parse(value);
}

export function searchCache(db: Database): SearchCache {
  const generation = (db.prepare('SELECT generation FROM search_meta WHERE id = 1').get() as { generation: number }).generation;
  const cached = caches.get(db);
  if (cached && cached.generation === generation) return cached;
  const codes = new Map(
    (db.prepare('SELECT code, lang FROM search_langs').all() as { code: number; lang: string }[]).map((r) => [r.lang, r.code]),
  );
  const rows = db
    .prepare(
      `SELECT v.id, v.story_id, v.lang, v.is_original, v.agency, v.published_at, s.created_at
       FROM versions v JOIN stories s ON s.id = v.story_id`,
    )
    .raw()
    .all() as [number, number, string, number, string | null, string | null, string][];
  const docs = new Map<number, DocInfo>();
  const stories = new Map<number, StoryInfo>();
  const agencyCounts = new Map<string, Map<string, number>>();
  const createdAt = new Map<number, number>();
  for (const [id, storyId, lang, isOriginal, agency, published, created] of rows) {
    const code = codes.get(lang.toLowerCase());
    if (code === undefined) continue; // not indexed yet
    const key = docKey(storyId, code);
    const agencyKey = agencyKeyOf(agency);
    docs.set(key, { key, versionId: id, storyId, lang, original: isOriginal === 1, agencyKey, agency, day: dayOf(published) });
    if (agencyKey && agency) {
      let names = agencyCounts.get(agencyKey);
      if (!names) agencyCounts.set(agencyKey, (names = new Map()));
      names.set(agency, (names.get(agency) ?? 0) + 1);
    }
    const time = timeOf(published);
    let story = stories.get(storyId);
    if (!story) {
      stories.set(storyId, (story = { sortTime: Number.NaN, docs: [] }));
      createdAt.set(storyId, timeOf(created));
    }
    story.docs.push(key);
    if (!Number.isNaN(time) && (Number.isNaN(story.sortTime) || time > story.sortTime)) story.sortTime = time;
  }
  // Like the library's order: a story without a publication date sorts by when it was added.
  for (const [storyId, story] of stories) {
    if (Number.isNaN(story.sortTime)) story.sortTime = createdAt.get(storyId) ?? 0;
    if (Number.isNaN(story.sortTime)) story.sortTime = 0;
  }
  const agencyNames = new Map<string, string>();
  for (const [key, names] of agencyCounts) {
    const best = [...names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) agencyNames.set(key, best[0]);
  }
  const cache = { generation, docs, stories, agencyNames };
  caches.set(db, cache);
  return cache;
}
